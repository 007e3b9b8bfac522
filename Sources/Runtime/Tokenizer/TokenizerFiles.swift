import Foundation

/// Reading a tokenizer folder's files.
extension Tokenizer {
    /// The bytes of `name` in `directory`, or nil when it is absent and not `required`.
    ///
    /// A file that holds nothing but a relative path to another file is read through: that is how
    /// git checks out a symbolic link where links are off (`core.symlinks=false`, git-config(1)),
    /// and folders that share one tokenizer.json by a link arrive that way. JSON never starts
    /// with such a path, so no real file is mistaken for one.
    public static func readFile(_ name: String, in directory: String, required: Bool) throws -> Data? {
        let path = URL(fileURLWithPath: directory).appendingPathComponent(name).path
        guard FileManager.default.fileExists(atPath: path) else {
            if required { throw TokenizerError.fileUnreadable(path: path, reason: "no such file") }
            return nil
        }
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: path)) } catch {
            throw TokenizerError.fileUnreadable(path: path, reason: error.localizedDescription)
        }
        guard let target = linkTarget(data) else { return data }
        // Joined as text: the system resolves the `..` steps (URL.standardized drops a leading
        // `..` of a relative folder).
        let resolved = directory + "/" + target
        guard FileManager.default.fileExists(atPath: resolved) else {
            throw TokenizerError.fileUnreadable(path: path, reason: "it is a link to '\(target)', which does not exist")
        }
        do { return try Data(contentsOf: URL(fileURLWithPath: resolved)) } catch {
            throw TokenizerError.fileUnreadable(path: resolved, reason: error.localizedDescription)
        }
    }

    /// The relative path a checked-out link file holds: one short line, no JSON.
    static func linkTarget(_ data: Data) -> String? {
        guard data.count < 1024, let text = String(data: data, encoding: .utf8) else { return nil }
        let line = text.hasSuffix("\n") ? String(text.dropLast()) : text
        guard !line.isEmpty, !line.hasPrefix("/"), !line.contains("\n"), !line.contains("{"),
              line.hasSuffix(".json") else { return nil }
        return line
    }
}
