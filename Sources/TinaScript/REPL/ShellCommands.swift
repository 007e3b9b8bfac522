import Foundation

/// `!cmd`, `:cd`, `:pwd` and `:env`: the shell and the environment the tool reads, without leaving the REPL.
enum ShellCommands {
    /// The variables tina-repl reads, in the order `:env` lists them.
    static let variables = [
        "HF_ENDPOINT", "HF_TOKEN", "HF_TOKEN_PATH", "HUGGING_FACE_HUB_TOKEN", "HF_HOME", "HF_HUB_CACHE", "HF_HUB_OFFLINE",
        "HF_HUB_DOWNLOAD_TIMEOUT", "HF_HUB_ETAG_TIMEOUT", "HF_HUB_DISABLE_PROGRESS_BARS", "HF_DATASETS_SERVER",
        "OPENAI_API_KEY", "TINA_THREADS", "TINA_SIMD", "TINA_REPL", "TINA_HOME",
    ]
    /// Read once, at their first use: a change shows in the next session.
    static let readOnce: Set<String> = ["TINA_THREADS", "TINA_SIMD"]

    /// Runs `command` with /bin/sh, its output (standard error too) shown as it comes.
    static func shell(_ command: String, session: Session) {
        guard !command.trimmingCharacters(in: .whitespaces).isEmpty else {
            session.display("usage: !command (runs it with /bin/sh, e.g. !ls out/)\n")
            return
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = ["-c", command]
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            session.displayError("!: cannot start /bin/sh: \(error.localizedDescription)\n")
            return
        }
        let reader = pipe.fileHandleForReading
        while case let data = reader.availableData, !data.isEmpty {
            session.display(String(decoding: data, as: UTF8.self))
        }
        process.waitUntilExit()
        if process.terminationReason == .uncaughtSignal {
            session.displayError("!: stopped by signal \(process.terminationStatus)\n")
        } else if process.terminationStatus != 0 {
            session.displayError("!: exit status \(process.terminationStatus)\n")
        }
    }

    /// `:cd DIR` (`~` is the home folder; no DIR: the home folder); relative paths in builtins follow it.
    static func changeDirectory(_ argument: String) -> String {
        let home = ProcessInfo.processInfo.environment["HOME"] ?? "/"
        let path = argument.isEmpty ? home : (argument == "~" || argument.hasPrefix("~/")) ? home + argument.dropFirst() : argument
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return ":cd: no such folder \(path)" }
        guard isDirectory.boolValue else { return ":cd: \(path) is not a folder" }
        guard FileManager.default.changeCurrentDirectoryPath(path) else { return ":cd: cannot enter \(path)" }
        return FileManager.default.currentDirectoryPath
    }

    /// `:env` lists the variables the tool reads (secrets masked); `:env NAME=value` sets one for
    /// this session, `:env NAME=` unsets it.
    static func environment(_ argument: String) -> String {
        if argument.isEmpty {
            let env = ProcessInfo.processInfo.environment
            let width = variables.map(\.count).max() ?? 0
            return variables.map { name in
                let shown = env[name].map { masked(name, $0) } ?? "(not set)"
                let note = readOnce.contains(name) ? "  (read once at start)" : ""
                return name + String(repeating: " ", count: width - name.count) + "  " + shown + note
            }.joined(separator: "\n")
        }
        guard let equals = argument.firstIndex(of: "=") else {
            return "usage: :env (lists the variables tina-repl reads) or :env NAME=value (sets one; NAME= unsets it)"
        }
        let name = String(argument[..<equals]).trimmingCharacters(in: .whitespaces)
        let value = String(argument[argument.index(after: equals)...])
        guard let first = name.first, first.isLetter || first == "_", name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else {
            return ":env: '\(name)' is not a variable name"
        }
        if value.isEmpty {
            unsetenv(name)
            return "\(name) unset"
        }
        setenv(name, value, 1)
        let note = readOnce.contains(name) ? " (read once at start: takes effect in a new session)" : ""
        let known = variables.contains(name) ? "" : " (tina-repl does not read it; programs run with ! see it)"
        return "\(name)=\(masked(name, value))\(note)\(known)"
    }

    /// Tokens and keys show their first four characters only.
    static func masked(_ name: String, _ value: String) -> String {
        guard name.contains("TOKEN") && !name.hasSuffix("_PATH") || name.hasSuffix("KEY") else { return value }
        return value.count <= 4 ? "****" : String(value.prefix(4)) + "****"
    }
}
