import Foundation

/// A compiled ICU regular expression with the few operations the answer checker needs.
/// Patterns are fixed at compile time of the program, so a bad one is a programming
/// error caught by the tests; `try!` is confined to this initialiser.
struct MathRegex: @unchecked Sendable {
    let regex: NSRegularExpression
    /// Names of the pattern's named groups; asking a match for any other name is answered
    /// with nil rather than left to Foundation.
    let groupNames: Set<String>

    init(_ pattern: String, dotAll: Bool = false, anchorsMatchLines: Bool = false) {
        var options: NSRegularExpression.Options = []
        if dotAll { options.insert(.dotMatchesLineSeparators) }
        if anchorsMatchLines { options.insert(.anchorsMatchLines) }
        // The patterns are constants of this module, all compiled by the test suite.
        regex = try! NSRegularExpression(pattern: pattern, options: options)
        var names = Set<String>()
        var rest = Substring(pattern)
        while let open = rest.range(of: "(?<") {
            let tail = rest[open.upperBound...]
            let name = tail.prefix { $0.isLetter || $0.isNumber }
            if !name.isEmpty && tail.dropFirst(name.count).first == ">" { names.insert(String(name)) }
            rest = tail
        }
        groupNames = names
    }

    /// The text of a named group, or nil when the pattern has no such group or the group
    /// did not take part in the match.
    func group(_ name: String, of match: NSTextCheckingResult, in text: NSString) -> String? {
        guard groupNames.contains(name) else { return nil }
        let r = match.range(withName: name)
        return r.location == NSNotFound ? nil : text.substring(with: r)
    }

    /// Python's `re.match`: a match that starts at the beginning of the text.
    func matchesAtStart(_ text: String) -> Bool {
        regex.firstMatch(in: text, options: [.anchored], range: NSRange(location: 0, length: (text as NSString).length)) != nil
    }

    func matches(_ text: String) -> [NSTextCheckingResult] {
        regex.matches(in: text, range: NSRange(location: 0, length: (text as NSString).length))
    }

    func firstMatch(_ text: String) -> NSTextCheckingResult? {
        regex.firstMatch(in: text, range: NSRange(location: 0, length: (text as NSString).length))
    }

    func contains(_ text: String) -> Bool { firstMatch(text) != nil }

    /// Replaces every match with an ICU template (`$1` refers to a group, `\\` is a backslash).
    func replace(_ text: String, with template: String) -> String {
        regex.stringByReplacingMatches(in: text, range: NSRange(location: 0, length: (text as NSString).length),
                                       withTemplate: template)
    }

    /// Splits like Python's `re.split` without capture groups.
    func split(_ text: String) -> [String] {
        let ns = text as NSString
        var parts: [String] = []
        var start = 0
        for m in matches(text) {
            parts.append(ns.substring(with: NSRange(location: start, length: m.range.location - start)))
            start = m.range.location + m.range.length
        }
        parts.append(ns.substring(from: start))
        return parts
    }
}
