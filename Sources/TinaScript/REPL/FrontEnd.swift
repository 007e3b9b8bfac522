import CKernels
import Foundation

/// The executable's modes: REPL on a terminal, scripts, piped stdin, `-e` and `--notebook`.
/// Returns the process exit status (1 when a script fails).
public enum FrontEnd {
    static let usage = """
    usage: tina-repl                        interactive REPL (on a terminal)
           tina-repl file.tina [args…]      run a script (argv holds the args); also .md notebooks
           tina-repl -e 'code' [args…]      run code, show its value
           tina-repl --notebook out.md file.tina [args…]
                                            run a script cell by cell (# %% markers) and write a notebook
           tina-repl --notebook out.ipynb file.tina [args…]
                                            the same, as a Jupyter notebook with its outputs
           tina-repl --rewards rewards.tina serve a script's reward functions to an exported
                                            TRL project's train.py (JSON lines on stdin/stdout)
           tina-repl --kernel CONNECTION_FILE
                                            serve as a Jupyter kernel (started by Jupyter)
           tina-repl --install-kernel [--user | --prefix DIR]
                                            install the kernel spec "tinascript" for Jupyter
           tina-repl --last-session         the path of the last REPL session's journal
           … | tina-repl                    run the program read from standard input
    """

    static let crashNote = ". Cells typed in the REPL are in ~/.tina_history. Exiting with status 70.\n"

    public static func main(_ arguments: [String]) -> Int32 {
        tina_install_crash_handler(crashNote)
        var args = arguments
        guard let first = args.first else {
            return isatty(0) != 0 ? REPL(session: Session()).loop() : runStandardInput()
        }
        args.removeFirst()
        switch first {
        case "-h", "--help":
            print(usage)
            return 0
        case "-e":
            guard let code = args.first else { return fail(usage) }
            let session = Session(echo: false)
            session.interpreter.setGlobal("argv", Value(strings: Array(args.dropFirst())))
            guard session.run(code, name: "-e") else { return 1 }
            if let value = session.cells.last?.value { session.display(value.repr + "\n") }
            return 0
        case "--kernel":
            guard args.count == 1 else { return fail(usage) }
            return Kernel.run(connectionFile: args[0])
        case "--install-kernel":
            return KernelSpec.install(args)
        case "--last-session":
            guard let path = Journal.last() else { return fail("tina-repl: no session journal in \(Journal.directory ?? "~/.tina/sessions")") }
            print(path)
            return 0
        case "--rewards":
            guard args.count == 1 else { return fail(usage) }
            return RewardServer.run(script: args[0])
        case "--notebook":
            guard args.count >= 2 else { return fail(usage) }
            let (output, script) = (args[0], args[1])
            let session = Session(echo: true)
            session.interpreter.setGlobal("argv", Value(strings: Array(args.dropFirst(2))))
            let ok = session.runFile(script)
            do {
                try Notebook.save(session.cells, to: output)
            } catch {
                return fail("\(error)")
            }
            return ok ? 0 : 1
        default:
            if first.hasPrefix("-") && first != "-" { return fail("unknown option \(first)\n\(usage)") }
            if first == "-" { return runStandardInput() }
            let text: String
            do { text = try Notebook.read(first) } catch { return fail("tina-repl: \(error)") }
            let session = Session(echo: Notebook.isMarkdown(first) || Notebook.isJupyter(first) || Notebook.hasCellMarkers(text))
            session.interpreter.setGlobal("argv", Value(strings: args))
            return session.runFile(first) ? 0 : 1
        }
    }

    /// Piped input: no prompt, no echo, no readline; one program.
    private static func runStandardInput() -> Int32 {
        let data = FileHandle.standardInput.readDataToEndOfFile()
        let session = Session(echo: false)
        session.interpreter.setGlobal("argv", Value(strings: []))
        return session.run(String(decoding: data, as: UTF8.self), name: "<stdin>") ? 0 : 1
    }

    private static func fail(_ message: String) -> Int32 {
        Session.standardError(message + "\n")
        return 1
    }

    /// Runs `body` on a thread with a large stack, so deep (but limited) recursion in scripts
    /// and deeply nested data never overflow the main thread's stack.
    public static func onLargeStack<T>(_ body: @escaping () -> T) -> T {
        let box = ThreadResult<T>()
        let thread = Thread {
            tina_install_crash_handler(crashNote) // the signal stack is per thread
            box.result = body()
            box.done.signal()
        }
        thread.stackSize = 1 << 29
        thread.start()
        box.done.wait()
        return box.result.unsafelyUnwrapped
    }
}

/// Hands a result from the worker thread back to the waiting one.
private final class ThreadResult<T>: @unchecked Sendable {
    var result: T?
    let done = DispatchSemaphore(value: 0)
}
