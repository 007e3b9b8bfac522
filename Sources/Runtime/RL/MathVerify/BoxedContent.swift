import Foundation

/// Extraction of `\boxed{…}` / `\fbox{…}` contents, scanning from the right as
/// latex2sympy2_extended's `extract_boxed_content` does.
enum BoxedContent {
    enum Mode { case last, all }

    /// `.all` joins every box (consecutive duplicates dropped) with commas; `.last` keeps
    /// going left only while boxes sit close together or are separated by "and"/"or"/","
    /// (a model listing several answers), stopping at an earlier unrelated attempt.
    /// Text without any box comes back unchanged.
    static func extract(_ text: String, mode: Mode) -> String {
        let chars = Array(text)
        var results: [String] = []
        var currentPos = chars.count
        var maxPos = chars.count
        var lastBoxedStart: Int?

        while true {
            let boxedIdx = rfind(chars, "\\boxed", before: currentPos)
            let fboxIdx = rfind(chars, "\\fbox", before: currentPos)
            if boxedIdx < 0 && fboxIdx < 0 { break }
            let startIdx = max(boxedIdx, fboxIdx)
            var next = startIdx + (boxedIdx > fboxIdx ? 6 : 5)
            while next < maxPos && chars[next].isWhitespace { next += 1 }
            if next >= maxPos { break }
            guard chars[next] == "{" else {
                if results.isEmpty { results.append(String(chars[next...])) }
                break
            }
            guard let close = closingBrace(chars, open: next, limit: maxPos) else {
                if results.isEmpty { results.append(String(chars[next...])) }
                break
            }
            let content = String(chars[(next + 1)..<close]).trimmingCharacters(in: .whitespacesAndNewlines)
            if mode == .last, let later = lastBoxedStart,
               !shouldContinue(chars, content: content, laterContent: results.last ?? "", end: close, laterStart: later) {
                break
            }
            if results.last != content { results.append(content) }
            lastBoxedStart = startIdx
            maxPos = startIdx
            currentPos = startIdx
        }
        return results.isEmpty ? text : results.reversed().joined(separator: ",")
    }

    private static func rfind(_ chars: [Character], _ needle: String, before end: Int) -> Int {
        let n = Array(needle)
        var i = end - n.count
        while i >= 0 {
            if chars[i] == n[0] && Array(chars[i..<(i + n.count)]) == n { return i }
            i -= 1
        }
        return -1
    }

    private static func closingBrace(_ chars: [Character], open: Int, limit: Int) -> Int? {
        var depth = 1
        var i = open
        while i + 1 < limit {
            i += 1
            if chars[i] == "{" { depth += 1 } else if chars[i] == "}" {
                depth -= 1
                if depth == 0 { return i }
            }
        }
        return nil
    }

    private static let separator = MathRegex(#"\b(and|or)\b|,|;"#)

    private static func shouldContinue(_ chars: [Character], content: String, laterContent: String, end: Int, laterStart: Int) -> Bool {
        let between = end + 1 < laterStart ? String(chars[(end + 1)..<laterStart]) : ""
        if between.count < 10 { return true }
        return laterContent != content && between.count < 70 && separator.contains(between)
    }
}
