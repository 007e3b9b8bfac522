import Foundation

/// The session journal: every finished cell of an interactive session, input and displayed
/// output, appended to a Markdown notebook under `~/.tina/sessions/` (or `$TINA_HOME/sessions/`)
/// as it completes, so a crash or `kill -9` leaves the record behind and `:run FILE` replays it.
final class Journal {
    /// The journal of the running REPL, for `:journal`.
    nonisolated(unsafe) static var active: Journal?

    let path: String
    private let handle: FileHandle

    /// The folder the journals go to.
    static var directory: String? {
        let env = ProcessInfo.processInfo.environment
        let tinaHome = env["TINA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
        guard let home = tinaHome ?? env["HOME"].map({ $0 + "/.tina" }) else { return nil }
        return home + "/sessions"
    }

    /// Opens a new journal, named by the time it starts; throws when the folder cannot be written.
    init() throws {
        guard let directory = Self.directory else { throw Notebook.Failure.unwritable(path: "~/.tina/sessions", reason: "HOME is not set") }
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd'T'HH-mm-ss"
        let started = Date()
        let path = "\(directory)/\(formatter.string(from: started))-\(getpid()).md"
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            guard FileManager.default.createFile(atPath: path, contents: Data("# tina-repl session \(started)\n".utf8)),
                  let handle = FileHandle(forWritingAtPath: path) else {
                throw Notebook.Failure.unwritable(path: path, reason: "cannot create the file")
            }
            handle.seekToEndOfFile()
            self.handle = handle
        } catch let failure as Notebook.Failure {
            throw failure
        } catch {
            throw Notebook.Failure.unwritable(path: directory, reason: (error as NSError).localizedDescription)
        }
        self.path = path
    }

    /// Appends one finished cell; each write goes straight to the file (no buffering in between).
    func append(_ cell: Session.Cell) {
        handle.write(Data(Notebook.markdown(cell).utf8))
    }

    /// The newest journal's path, for `tina-repl --last-session`.
    static func last() -> String? {
        guard let directory, let names = try? FileManager.default.contentsOfDirectory(atPath: directory) else { return nil }
        return names.filter { $0.hasSuffix(".md") }.sorted().last.map { directory + "/" + $0 }
    }
}
