import Foundation

/// Which clean-ups to apply to an extracted LaTeX answer before parsing it; the fields
/// mirror latex2sympy2_extended's `NormalizationConfig`.
public struct LatexNormalization: Equatable, Sendable {
    public enum Boxed: Equatable, Sendable { case all, last, none }

    public var basicLatex: Bool
    public var units: Bool
    public var malformedOperators: Bool
    public var nits: Bool
    public var boxed: Boxed
    /// Keep only the last part of an equation chain `a = b = c` (when no comma is present).
    public var equations: Bool

    public init(basicLatex: Bool = true, units: Bool = false, malformedOperators: Bool = false,
                nits: Bool = false, boxed: Boxed = .all, equations: Bool = false) {
        self.basicLatex = basicLatex
        self.units = units
        self.malformedOperators = malformedOperators
        self.nits = nits
        self.boxed = boxed
        self.equations = equations
    }

    /// math-verify's default for gold answers (`LatexExtractionConfig()`).
    public static let goldDefault = LatexNormalization(basicLatex: true, units: true, malformedOperators: true,
                                                      nits: true, boxed: .all, equations: false)
    /// What Tina and open-r1 use for completions: strict LaTeX, units removed.
    public static let tinaCompletion = LatexNormalization(basicLatex: true, units: true, malformedOperators: false,
                                                         nits: false, boxed: .all, equations: true)

    /// Applies the configured clean-ups in math-verify's order and trims the result.
    public func normalize(_ input: String) -> String {
        var text = input
        switch boxed {
        case .all: text = BoxedContent.extract(text, mode: .all)
        case .last: text = BoxedContent.extract(text, mode: .last)
        case .none: break
        }
        if basicLatex { text = LatexNormalizer.basic(text) }
        if equations && !text.contains(",") && !text.contains(";") {
            let parts = LatexNormalizer.equationSplit.split(text)
            if parts.count > 2 { text = parts[parts.count - 1] }
        }
        if units { text = LatexNormalizer.removeUnits(text) }
        if nits {
            if text.hasPrefix(".") { text = "0" + text }
            if text == "0.5" { text = "\\frac{1}{2}" }
        }
        if malformedOperators { text = LatexNormalizer.fixMalformedOperators(text) }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}

/// The individual normalisation passes.
enum LatexNormalizer {
    static let equationSplit = MathRegex(#"(?<!\\|<|!|>)="#)

    private static let leftDelimiter = MathRegex(#"\\m?left(\\\{|\{|\\\||\||\[|\(|\\rbracl|\\lgroup|\\lbrace|\\lbrack|\\vert|\\lvert|\\lceil|\\lfloor|\\vert|\\lvert|\\langle|\\llcorner|\\ulcorner)"#)
    private static let rightDelimiter = MathRegex(#"\\m?right(\\\}|\}|\\\||\||\]|\)|\\rbrack|\\rgroup|\\rbrace|\\rbrack|\\vert|\\rvert|\\rceil|\\rfloor|\\vert|\\rvert|\\rangle|\\lrcorner|\\urcorner)"#)
    private static let permutation = MathRegex(#"\(([a-zA-Z0-9+\-*/\\ ]+?)\)_\{([a-zA-Z0-9+\-*/\\ ]+?)\}"#)
    private static let toRemove = MathRegex(#"\\mathrm\{th\}|\\!\s*|\\text\s*\{\s*\}|\\\$|\$|(?<!\\)["']|\\displaystyle"#)
    private static let commandSlash = MathRegex(#"\\\\(?=[a-zA-Z])"#)

    /// Alternatives tried left to right at each position, as one Python alternation.
    private static let replacements: [(name: String, pattern: String, replacement: String)] = [
        ("math", #"\\math(?:rm|it|bf)"#, "\\text"),
        ("text", #"\\text(?:normal|bf|it|rm)"#, "\\text"),
        ("frac", #"\\(?:d|t|c)frac"#, "\\frac"),
        ("decimalSpace", #"\s\."#, " 0."),
        ("decimalBrace", #"\{\."#, "{0."),
        ("approx", #"\~\="#, "\\approx"),
        ("comma", #"\s*\{\s*,\s*\}"#, ","),
        ("andOr", #"(?<![a-zA-Z])(,?\s*(?:and|or))(?![a-zA-Z])"#, ","),
        ("andOrText", #"(,?\s*\\text\{\s*(?:and|or)\s*\})"#, ","),
        ("backslashSpace", #"(?<!\\)\\\s"#, " "),
        ("infinity", #"infinity"#, "\\infty"),
        ("dot", #",?(\\ldots)"#, " "),
        ("percentage", #"\s*\bpercentage\b"#, "\\%"),
        ("percentageInText", #"\\text\{percentage\}"#, "%"),
        ("percent", #"\s*\bpercent\b"#, "\\%"),
        ("percentInText", #"\\text\{percent\}"#, "%"),
        ("pct", #"\s*\bpct\b"#, "\\%"),
        ("pctInText", #"\\text\{pct\}"#, "%"),
        ("inf", #"((?<!\\)inf(?!inity))"#, "\\infty"),
        ("sqrt", #" sqrt"#, "\\sqrt"),
    ]
    private static let replacementRegex = MathRegex(replacements.map { "(?<\($0.name)>\($0.pattern))" }.joined(separator: "|"))

    static func basic(_ input: String) -> String {
        var text = input
        text = text.replacingOccurrences(of: "\\mathrm{T}", with: "T")
        text = text.replacingOccurrences(of: "\\mathrm{d}", with: "d").replacingOccurrences(of: "{\\rm d}", with: "d")
        text = text.replacingOccurrences(of: "\\left[\\begin{matrix}", with: "\\begin{bmatrix}")
            .replacingOccurrences(of: "\\end{matrix}\\right]", with: "\\end{bmatrix}")
        text = leftDelimiter.replace(text, with: "$1")
        text = rightDelimiter.replace(text, with: "$1")
        text = permutation.replace(text, with: "\\\\frac{($1)!}{(($1)-($2))!}")
        text = toRemove.replace(text, with: "")
        text = replaceNamed(text)
        text = text.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ")
        if !text.contains("matrix") { text = commandSlash.replace(text, with: "\\\\") }
        return text
    }

    private static func replaceNamed(_ text: String) -> String {
        let ns = text as NSString
        var out = ""
        var last = 0
        for m in replacementRegex.matches(text) {
            out += ns.substring(with: NSRange(location: last, length: m.range.location - last))
            if let hit = replacements.first(where: { replacementRegex.group($0.name, of: m, in: ns) != nil }) {
                out += hit.replacement
            }
            last = m.range.location + m.range.length
        }
        return out + ns.substring(from: last)
    }

    private static let unitNames = [
        "integerpoint", "feet", "sue", "digit", "pound", "meal", "edge", "student", "children ticket", "multiple",
        "east", "degree", "mph", "kmph", "ft", "m square", " m east", "sq m", "deg", "mile", "q .", "monkey", "prime",
        "ratio", "profit of rs", "rd", "o", "gm", "p . m", "lb", "tile", "per", "dm", "lt", "gain", "ab", "way", "west",
        "a .", "b .", "c .", "d .", "e .", "f .", "g .", "h .", "t", "h", "no change", "men", "soldier", "pie", "bc",
        "excess", "st", "inches", "noon", "cent", "by", "gal", "kmh", "c", "acre", "rise", "a . m", "th", "π r 2", "sq",
        "mark", "l", "toy", "coin", "sq . m", "gallon", "° f", "profit", "minw", "yr", "women", "am", "pm", "hr",
        "cu cm", "square", "v â € ™", "are", "rupee", "rounds", "cubic", "cc", "mtr", "s", "ohm", "number", "kmph", "day",
        "hour", "minute", "min", "second", "man", "woman", "sec", "cube", "mt", "sq inch", "mp", "∏ cm ³", "hectare",
        "more", "sec", "unit", "cu . m", "cm 2", "rs .", "rs", "kg", "g", "month", "km", "m", "cm", "mm", "apple",
        "liter", "loss", "yard", "pure", "year", "increase", "decrease", "d", "less", "Surface", "litre", "pi sq m",
        "s .", "metre", "meter", "inch",
    ]
    private static let unitWord = MathRegex(#"(\d|\}|\s)\s*(?:(?:"# + unitNames.joined(separator: "|") + #")(?:s|es)?)\s*$"#)
    private static let unitText = MathRegex(#"(\\(?:text|mbox)\{.*?\})(\^\d|\{\^\d\})?$"#)

    /// Drops a trailing `\text{…}` unit and trailing unit words ("10 cm", "5 meters").
    static func removeUnits(_ input: String) -> String {
        var text = input
        let stripped = unitText.replace(text, with: "").trimmingCharacters(in: .whitespacesAndNewlines)
        if !stripped.isEmpty && stripped != text { text = stripped }
        for _ in 0..<2 {
            let next = unitWord.replace(text, with: "$1")
            if !next.isEmpty && next != text { text = next }
        }
        return text
    }

    private static let malformed: [(MathRegex, String)] = [
        (MathRegex(#"\^\s?\((.*?)\)"#), "^{$1}"),
        (MathRegex(#"sqrt\s?\((.*?)\)"#), "\\\\sqrt{$1}"),
        (MathRegex(#"\\frac\s?(\d)\s?(\d+)"#), "\\\\frac{$1}{$2}"),
        (MathRegex(#"\\log_\s?(\d)\s?(\d+)"#), "\\\\log_{$1}{$2}"),
        (MathRegex(#"\\frac\s?\{(.*?)\}\s?(\d)"#), "\\\\frac{$1}{$2}"),
        (MathRegex(#"\\frac\s?(\d)\s?\{(.*?)\}"#), "\\\\frac{$1}{$2}"),
        (MathRegex(#"\\sqrt\s?(\d)"#), "\\\\sqrt{$1}"),
    ]

    static func fixMalformedOperators(_ input: String) -> String {
        var text = input
        for (re, template) in malformed { text = re.replace(text, with: template) }
        text = text.replacingOccurrences(of: " sqrt", with: "\\sqrt")
        return fixSlash(fixFracs(fixSqrt(text)))
    }

    /// `\sqrt3` → `\sqrt{3}`.
    private static func fixSqrt(_ text: String) -> String {
        guard text.contains("\\sqrt") else { return text }
        let splits = text.components(separatedBy: "\\sqrt")
        var out = splits[0]
        for raw in splits.dropFirst() {
            let part = String(raw.drop(while: { $0.isWhitespace }))
            if let c = part.first, c != "{" && c != "[" {
                out += "\\sqrt{\(c)}" + part.dropFirst()
            } else {
                out += "\\sqrt" + part
            }
        }
        return out
    }

    /// `\frac12` → `\frac{1}{2}`, `\frac1{2}` → `\frac{1}{2}`.
    private static func fixFracs(_ text: String) -> String {
        let parts = text.components(separatedBy: "\\frac")
        var out = parts[0]
        for raw in parts.dropFirst() {
            let part = Array(raw.drop(while: { $0.isWhitespace }))
            out += "\\frac"
            if part.first == "{" {
                out += String(part)
            } else if part.count < 2 {
                return text
            } else {
                let a = part[0], b = part[1]
                let rest = String(part.dropFirst(2))
                out += b != "{" ? "{\(a)}{\(b)}" + rest : "{\(a)}\(b)" + rest
            }
        }
        return out
    }

    /// `3/4` (two plain integers) → `\frac{3}{4}`.
    private static func fixSlash(_ text: String) -> String {
        let parts = text.components(separatedBy: "/")
        guard parts.count == 2, let a = Int(parts[0]), let b = Int(parts[1]), text == "\(a)/\(b)" else { return text }
        return "\\frac{\(a)}{\(b)}"
    }
}
