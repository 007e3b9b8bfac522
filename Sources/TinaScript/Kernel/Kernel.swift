import CKernels
import Foundation
import Runtime

/// `tina-repl --kernel CONNECTION_FILE`: a Jupyter kernel (messaging protocol 5.3) running cells
/// against one long-lived Session, so a notebook holds the model and the trainer between cells.
///
/// Threads: the caller's (large-stack) thread serves the shell socket and runs the cells; one
/// thread serves control (interrupt and shutdown arrive while a cell runs), one echoes
/// heartbeats, one flushes printed text to iopub. The iopub socket is shared behind a lock.
public final class Kernel {
    let session: Session
    let signer: MessageSigner
    let sessionID = UUID().uuidString.lowercased()
    private let context: ZMQContext
    let shell, control, stdin, heartbeat: ZMQSocket
    private let iopub: ZMQSocket
    private let iopubLock = NSLock()
    let stream: StreamBuffer
    /// The request whose cell is running: the parent of everything it publishes.
    var running: KernelMessage?
    /// Progress bars shown so far in the running cell, by bar, with their display ids.
    var progressDisplays: [ObjectIdentifier: String] = [:]

    init(connection: ConnectionFile) throws {
        session = Session(echo: false)
        signer = MessageSigner(key: connection.key)
        context = try ZMQContext()
        shell = try ZMQSocket(context: context, kind: .router, endpoint: connection.endpoint(connection.shellPort))
        control = try ZMQSocket(context: context, kind: .router, endpoint: connection.endpoint(connection.controlPort))
        stdin = try ZMQSocket(context: context, kind: .router, endpoint: connection.endpoint(connection.stdinPort))
        heartbeat = try ZMQSocket(context: context, kind: .reply, endpoint: connection.endpoint(connection.hbPort))
        iopub = try ZMQSocket(context: context, kind: .publisher, endpoint: connection.endpoint(connection.iopubPort))
        stream = StreamBuffer()
        stream.flush = { [unowned self] text in
            self.publish("stream", [("name", .string("stdout")), ("text", .string(text))], parent: self.running)
        }
        session.interpreter.setGlobal("argv", Value(strings: []))
        session.interpreter.readInput = { [unowned self] prompt in try self.requestInput(prompt) }
        session.display = { [unowned self] text in self.stream.append(text) }
        session.displayError = { _ in }  // sent as an `error` message when the cell ends
        session.displayRich = { [unowned self] bundle in
            self.stream.drain()
            self.publish("display_data", [("data", bundle.jupyterData), ("metadata", Value(entries: [])),
                                          ("transient", Value(entries: []))], parent: self.running)
        }
    }

    /// Serves until a shutdown request; returns the exit status.
    public static func run(connectionFile path: String) -> Int32 {
        let kernel: Kernel
        do {
            kernel = try Kernel(connection: try ConnectionFile.read(path))
        } catch {
            Session.standardError("tina-repl --kernel: \(error)\n")
            return 1
        }
        kernel.installInterruptSignal()
        kernel.installProgressDisplay()
        kernel.start(Thread { kernel.echoHeartbeats() })
        kernel.start(Thread { kernel.serve(kernel.control) })
        kernel.start(Thread { kernel.stream.flushPeriodically() })
        kernel.publishStatus("starting", parent: nil)
        kernel.serve(kernel.shell)
        return 0
    }

    private func start(_ thread: Thread) {
        thread.stackSize = 1 << 22
        thread.start()
    }

    /// SIGINT (interrupt_mode "signal", or a user's kill -INT) stops the running cell at its next
    /// safe point, as Ctrl-C does in the REPL.
    private func installInterruptSignal() {
        var action = sigaction()
        action.__sigaction_handler.sa_handler = { _ in tina_interrupt_set() }
        sigemptyset(&action.sa_mask)
        action.sa_flags = SA_RESTART
        sigaction(SIGINT, &action, nil)
    }

    private func echoHeartbeats() {
        while true {
            guard let frames = try? heartbeat.receive() else { continue }
            try? heartbeat.send(frames)
        }
    }

    /// Receives, verifies and handles the requests of one ROUTER socket, forever.
    private func serve(_ socket: ZMQSocket) {
        while true {
            let frames: [[UInt8]]
            do { frames = try socket.receive() } catch { continue }
            let request: KernelMessage
            do {
                request = try KernelMessage(frames: frames, signer: signer)
            } catch {
                // Never answered: an unsigned or forged message must not run code or leak anything.
                Session.standardError("tina-repl kernel: dropped a message on \(socket.endpoint): \(error)\n")
                continue
            }
            publishStatus("busy", parent: request)
            handle(request, on: socket)
            stream.drain()
            publishStatus("idle", parent: request)
        }
    }

    func reply(to request: KernelMessage, on socket: ZMQSocket, _ content: [(String, Value)]) {
        let type = request.type.replacingOccurrences(of: "_request", with: "_reply")
        let message = KernelMessage(type: type, content: ScriptMap(content), parent: request, session: sessionID)
        do {
            let frames = try message.frames(signer: signer)
            // The shell and control sockets are each used by one thread only.
            try socket.send(frames)
        } catch {
            Session.standardError("tina-repl kernel: cannot send \(type): \(error)\n")
        }
    }

    func publish(_ type: String, _ content: [(String, Value)], parent: KernelMessage?) {
        var message = KernelMessage(type: type, content: ScriptMap(content), parent: parent, session: sessionID)
        message.identities = [Array("kernel.\(sessionID).\(type)".utf8)]
        iopubLock.lock()
        defer { iopubLock.unlock() }
        do {
            try iopub.send(try message.frames(signer: signer))
        } catch {
            Session.standardError("tina-repl kernel: cannot publish \(type): \(error)\n")
        }
    }

    func publishStatus(_ state: String, parent: KernelMessage?) {
        publish("status", [("execution_state", .string(state))], parent: parent)
    }
}

/// Printed text on its way to iopub as `stream` messages: gathered for up to 50 ms, so a loop
/// printing thousands of lines sends a few messages, not thousands.
final class StreamBuffer: @unchecked Sendable {
    var flush: (String) -> Void = { _ in }
    private var pending = ""
    private let lock = NSLock()

    func append(_ text: String) {
        lock.lock()
        pending += text
        lock.unlock()
    }

    /// Sends what is pending now (before a result, an error or a status). The lock is held while
    /// sending, so text taken by the periodic flush is out before a cell's result follows it.
    func drain() {
        lock.lock()
        defer { lock.unlock() }
        guard !pending.isEmpty else { return }
        let text = pending
        pending = ""
        flush(text)
    }

    func flushPeriodically() {
        while true {
            usleep(50_000)
            drain()
        }
    }
}

extension Kernel {
    /// Each progress bar of a cell is one display, updated in place as the bar redraws.
    func installProgressDisplay() {
        ProgressBar.liveDisplay = { [unowned self] bar, text, final in
            self.stream.drain()
            let key = ObjectIdentifier(bar)
            let data = Value(entries: [("text/plain", .string(text))])
            let known = self.progressDisplays[key]
            let id = known ?? UUID().uuidString.lowercased()
            self.publish(known == nil ? "display_data" : "update_display_data",
                         [("data", data), ("metadata", Value(entries: [])),
                          ("transient", Value(entries: [("display_id", .string(id))]))], parent: self.running)
            // A finished bar's identity may be reused by the next bar's object.
            self.progressDisplays[key] = final ? nil : id
        }
    }
}

extension Kernel {
    /// `input(prompt)` in a notebook: an input_request on the stdin channel to the client that
    /// sent the running cell, answered by its input_reply. Ctrl-C (interrupt) stops the wait.
    func requestInput(_ prompt: String) throws -> String {
        guard let request = running, request.content["allow_stdin"]?.isTruthy ?? false else {
            throw ScriptError.fail("input: this front end does not take input (allow_stdin is false)")
        }
        stream.drain()
        let ask = KernelMessage(type: "input_request", content: ScriptMap([("prompt", .string(prompt)), ("password", .bool(false))]),
                                parent: request, session: sessionID)
        try stdin.send(try ask.frames(signer: signer))
        while true {
            if Interruption.isPending { throw ScriptError.fail("input: interrupted while waiting for input") }
            guard ZMQSocket.waitForInput([stdin], timeout: 100)[0] else { continue }
            let frames = try stdin.receive()
            guard let answer = try? KernelMessage(frames: frames, signer: signer) else {
                Session.standardError("tina-repl kernel: dropped a message on \(stdin.endpoint): bad signature or form\n")
                continue
            }
            if answer.type == "input_reply", case .string(let value)? = answer.content["value"] { return value }
        }
    }
}
