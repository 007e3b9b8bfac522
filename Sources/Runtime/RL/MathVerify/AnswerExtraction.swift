import Foundation

/// One result of answer extraction: a parsed expression, or the raw (normalised) text of
/// the first match when parsing failed (math-verify's "first_match" fallback), which is
/// then only compared as a string.
public enum MathAnswer: Equatable, Sendable {
    case expression(MathExpr)
    case text(String)
}

/// Finds the final answer in a text and parses it, following math-verify's `parse` with
/// `extraction_mode="first_match"`: candidate spans are found by regular expressions in
/// priority groups (lower first); inside the first group that matches, the match ending
/// furthest right wins, and only that one is tried.
public struct MathAnswerExtractor: Sendable {
    /// How LaTeX answers are located and cleaned (math-verify's `LatexExtractionConfig`).
    public struct LatexTarget: Sendable {
        public var extractWithoutAnchor: Bool
        /// Priority of `\boxed{…}` matches (0 = before "final answer is"), nil = never.
        public var boxedPriority: Int?
        public var normalization: LatexNormalization

        public init(extractWithoutAnchor: Bool = true, boxedPriority: Int? = 50,
                    normalization: LatexNormalization = .goldDefault) {
            self.extractWithoutAnchor = extractWithoutAnchor
            self.boxedPriority = boxedPriority
            self.normalization = normalization
        }
    }

    public let latex: LatexTarget?
    /// Also look for plain numbers and arithmetic (`ExprExtractionConfig`).
    public let plainExpressions: Bool

    public init(latex: LatexTarget?, plainExpressions: Bool) {
        self.latex = latex
        self.plainExpressions = plainExpressions
        var patterns: [Pattern] = []
        if let latex { patterns += MathAnswerExtractor.latexPatterns(latex) }
        if plainExpressions { patterns += MathAnswerExtractor.expressionPatterns }
        // A stable sort keeps LaTeX before plain expressions inside a priority, as Python does.
        self.patterns = patterns.enumerated().sorted { ($0.element.priority, $0.offset) < ($1.element.priority, $1.offset) }
            .map(\.element)
    }

    /// math-verify's defaults, used by Tina for the gold answer.
    public static let gold = MathAnswerExtractor(latex: LatexTarget(), plainExpressions: true)

    /// The configuration Tina and open-r1 use for completions: LaTeX only, boxed answers
    /// first, nothing extracted without an anchor (box, "final answer is", "answer:").
    public static let completion = MathAnswerExtractor(
        latex: LatexTarget(extractWithoutAnchor: false, boxedPriority: 0, normalization: .tinaCompletion),
        plainExpressions: false)

    /// The parsed answer (if any) followed by the first match's text (if any).
    public func extract(_ text: String) -> [MathAnswer] {
        let ns = text as NSString
        var index = 0
        while index < patterns.count {
            let priority = patterns[index].priority
            var candidates: [(match: NSTextCheckingResult, pattern: Pattern)] = []
            while index < patterns.count && patterns[index].priority == priority {
                for m in patterns[index].regex.matches(text) { candidates.append((m, patterns[index])) }
                index += 1
            }
            // Rightmost end first; for equal ends the longest (leftmost start); Python's
            // reversed stable sort keeps pattern order for full ties.
            let winner = candidates.enumerated().min { a, b in
                let ea = NSMaxRange(a.element.match.range), eb = NSMaxRange(b.element.match.range)
                if ea != eb { return ea > eb }
                if a.element.match.range.location != b.element.match.range.location {
                    return a.element.match.range.location < b.element.match.range.location
                }
                return a.offset < b.offset
            }
            guard let best = winner?.element else { continue }
            let (value, fallback) = best.pattern.kind == .latex
                ? extractLatex(best.match, of: best.pattern.regex, in: ns)
                : MathAnswerExtractor.extractExpression(best.match, of: best.pattern.regex, in: ns)
            var out: [MathAnswer] = []
            if let value { out.append(.expression(value)) }
            if !fallback.isEmpty { out.append(.text(fallback)) }
            return out
        }
        return []
    }

    // MARK: - Patterns

    struct Pattern: Sendable {
        enum Kind: Sendable { case latex, expression }
        let regex: MathRegex
        let priority: Int
        let kind: Kind
    }

    private let patterns: [Pattern]

    private static let envKinds = ["DisplayDollar", "DisplayBracket", "InlineDollar", "InlineParen", "InlineBracket", "Fraction"]
    private static let groupPrefixes = ["first", "next1", "next2", "next3", "next4", "next5"]

    /// One LaTeX math environment (`$…$`, `$$…$$`, `\[…\]`, `\(…\)`, ` […] `, or a bare
    /// numeric `\frac`), optionally followed by a percent sign, with groups named by `prefix`.
    private static func environment(_ prefix: String, boxed: Bool) -> String {
        let contents = [#"(?:[^$]|\$(?!\$))"#, #"(?:[^\\]|\\(?!\]))"#, #"(?:\\[$]|[^\n$])"#, #"(?:[^\\\n]|\\(?!\)))"#, #"[^\n\]\[]"#]
        let body = contents.map { c in boxed ? "\(c)*?\\\\boxed\\{\(c)+?\\}\(c)*?" : "\(c)+?" }
        var alternatives = [
            #"(?<!\\)\$\$(?<\#(prefix)DisplayDollar>\#(body[0]))(?<!\\)\$\$"#,
            #"(?<!\\)\\\[(?<\#(prefix)DisplayBracket>\#(body[1]))(?<!\\)\\\]"#,
            #"(?<!\\|\d)\$(?<\#(prefix)InlineDollar>\#(body[2]))(?<!\\)\$"#,
            #"(?<!\\)\\\((?<\#(prefix)InlineParen>\#(body[3]))(?<!\\)\\\)"#,
            #"\s\[(?<\#(prefix)InlineBracket>\#(body[4]))\]\s"#,
        ]
        if !boxed {
            let simple = #"-?\d+(?:[.,]\d+)?"#
            alternatives.append(#"(?<\#(prefix)Fraction>-?\\frac\{\#(simple)\}\{\#(simple)\})"#)
        }
        return "(?:(?:" + alternatives.joined(separator: "|") + #")\s*(?<\#(prefix)Percent>(?:\\?%|[Pp]ercent|[Pp]ercentage|[Pp]ct))?)"#
    }

    /// Up to six environments joined by ",", "and", "or" ("the roots are $1$ and $2$").
    private static func environments(boxed: Bool) -> String {
        let lead = boxed ? #"\s*"# : ""
        return environment("first", boxed: boxed) + groupPrefixes.dropFirst().map {
            "\(lead)(?:\\s*(?:,?and|,?or|,)\\s*\(environment($0, boxed: boxed)))?"
        }.joined()
    }

    private static func latexPatterns(_ target: LatexTarget) -> [Pattern] {
        let envs = environments(boxed: false)
        var list: [(String, Int)] = [
            (#"(?i:final answer is)\:?\s*"# + envs + #"\.?\s?I hope"#, 0),
            (#"(?i:final answer.{0,100}?)\s+is\:?\s*"# + envs, 50),
            (#"(?i:answer):.{0,50}?"# + envs, 100),
            (#"(?i:answer).{0,50}?"# + envs, 200),
        ]
        if target.extractWithoutAnchor { list.append((envs, 300)) }
        if let boxed = target.boxedPriority {
            list.append((environments(boxed: true), boxed))
            // A bare \boxed{ can't be delimited by a regex: take everything up to the last
            // brace and let the normaliser pull the box contents out.
            list.append((#"(?<firstBoxed>\\boxed\{.+\})"#, boxed))
        }
        return list.map { Pattern(regex: MathRegex($0.0, dotAll: true), priority: $0.1, kind: .latex) }
    }

    private static let expressionPatterns: [Pattern] = {
        let number = #"(?<!\d)(?:(?<integer1>-?[1-9]\d{0,2}(?:[ ,]\d{3})+)(?<decimal1>\.\d+)?|(?<integer2>-?\d+)(?<decimal2>[.,]\d+)|(?<decimal3>\.\d+)|(?<integer3>-?\d+))(?<percent>\s*(?:%|[Pp]ercent|\s*[Pp]ercentage|\s*[Pp]ct))?"#
        let ops = #"\+\-\*×\/\^\(\)÷"#
        let chars = #"[\d\.\s"# + ops + "]"
        let expr = #"(?<expr>-?\(?-?\d"# + chars + "*[" + ops + "]" + chars + #"+\)?)"#
        let currency = "[\\$€£¥₹₽₪₩₫฿₡₢₣₤₥₦₧₨₩₪₫₭₮₯₰₱₲₳₴₵₶₷₸₹₺₻₼₽₾₿]"
        let prefix = #"(?:^|\s|\=)(?:\*\*)?"#
        let suffix = #"(?:\*\*)?(?:\.|,|:|\s|\)|\$|$)"#
        let exprAnchored = "(?:\(prefix)\(expr)\(suffix))"
        let numberAnchored = "(?:\(prefix)\(currency)?\(number))"
        let either = "(?:\(exprAnchored)|\(numberAnchored))"
        let list: [(String, Int)] = [
            (#"(?i:final answer is)\:?\s*"# + either + #"\.?\s?I hope"#, 0),
            (#"(?i:final answer.{0,100}?)\s+is\:?"# + either, 50),
            (#"(?i:answer):(?:.{0,100}=\s*|.{0,50}?)"# + either + #"(?!\s*=)"#, 100),
            (#"(?i:answer)(?:.{0,100}=\s*|.{0,50}?)"# + either + #"(?!\s*=)"#, 200),
            (exprAnchored, 300),
            (numberAnchored, 300),
        ]
        return list.map { Pattern(regex: MathRegex($0.0), priority: $0.1, kind: .expression) }
    }()

    // MARK: - Turning a match into an answer

    private func extractLatex(_ match: NSTextCheckingResult, of regex: MathRegex, in text: NSString) -> (MathExpr?, String) {
        guard let target = latex else { return (nil, "") }
        var values: [MathExpr?] = []
        var strings: [String] = []
        for prefix in MathAnswerExtractor.groupPrefixes {
            let kinds = prefix == "first" ? MathAnswerExtractor.envKinds + ["Boxed"] : MathAnswerExtractor.envKinds
            let found = kinds.lazy.compactMap { kind in
                regex.group(prefix + kind, of: match, in: text).flatMap { $0.isEmpty ? nil : (kind: kind, raw: $0) }
            }.first
            guard let found else { continue }
            var config = target.normalization
            // The bare-\boxed match runs to the last brace of the text: keep only the last
            // box (and the ones listed just before it).
            if found.kind == "Boxed" { config.boxed = .last }
            let normalized = config.normalize(found.raw)
            strings.append(normalized)
            var value = try? LatexMathParser.parseWithFallback(normalized)
            if let v = value, regex.group(prefix + "Percent", of: match, in: text) != nil { value = .percent(v) }
            values.append(value)
        }
        guard let first = values.first else { return (nil, "") }
        let parsed = values.compactMap { $0 }
        if values.count > 1, parsed.count == values.count {
            // "the solutions are $1$ and $2$" is the set {1, 2}.
            let elements = parsed.flatMap { v -> [MathExpr] in
                if case .finiteSet(let xs) = v { return xs }
                return [v]
            }
            return (.finiteSet(elements), strings.joined(separator: " and "))
        }
        return (first, strings[0])
    }

    private static func extractExpression(_ match: NSTextCheckingResult, of regex: MathRegex, in text: NSString) -> (MathExpr?, String) {
        let integer = ["integer1", "integer2", "integer3"].lazy.compactMap { regex.group($0, of: match, in: text) }.first { !$0.isEmpty } ?? ""
        let decimal = ["decimal1", "decimal2", "decimal3"].lazy.compactMap { regex.group($0, of: match, in: text) }.first { !$0.isEmpty } ?? ""
        if !integer.isEmpty || !decimal.isEmpty {
            // "0001" → "1"; a lone "0" would vanish, so an empty integer part is "0".
            var digits = String(integer.filter { $0 != "," && $0 != " " })
            let negative = digits.hasPrefix("-")
            if negative { digits.removeFirst() }
            digits = String(digits.drop(while: { $0 == "0" }))
            if digits.isEmpty { digits = "0" }
            if negative { digits = "-" + digits }
            let numberText = digits + decimal.replacingOccurrences(of: ",", with: ".")
            var value = LatexMathParser.number(from: numberText)
            if let p = regex.group("percent", of: match, in: text), !p.isEmpty { value = .percent(value) }
            return (value, numberText)
        }
        guard let expr = regex.group("expr", of: match, in: text), !expr.isEmpty else { return (nil, "") }
        let cleaned = expr.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "×", with: "*")
            .replacingOccurrences(of: "÷", with: "/")
        return (try? LatexMathParser.parse(cleaned), expr)
    }
}
