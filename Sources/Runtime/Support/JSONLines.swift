import Foundation

/// Metrics logs in JSON Lines: one object a step, appended as the run goes, so that a run that
/// stops keeps every line it wrote.
enum JSONLines {
    /// Appends one JSON object (keys in the given order; whole numbers without a fraction,
    /// non-finite values null) and a newline, creating the file and its folder if needed.
    static func append(_ fields: [(String, Double)], to path: String) throws {
        let body = fields.map { key, value -> String in
            let v = value.isFinite ? (value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)) : "null"
            return "\"\(key)\": \(v)"
        }.joined(separator: ", ")
        let line = Data(("{" + body + "}\n").utf8)
        if !FileManager.default.fileExists(atPath: path) {
            let folder = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: folder.isEmpty ? "." : folder, withIntermediateDirectories: true)
            _ = FileManager.default.createFile(atPath: path, contents: nil)
        }
        guard let h = FileHandle(forWritingAtPath: path) else { throw ModelError.unreadable(file: path, "cannot open the metrics log") }
        defer { try? h.close() }
        try h.seekToEnd()
        try h.write(contentsOf: line)
    }
}
