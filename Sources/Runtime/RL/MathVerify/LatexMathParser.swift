import Foundation

/// Why a normalised LaTeX string could not be turned into an expression. The answer
/// checker treats it as "unparseable" (it falls back to string comparison), so it is
/// internal; the message names the position for debugging.
struct LatexParseError: Error, CustomStringConvertible {
    let message: String
    let position: Int
    var description: String { "LaTeX parse error at character \(position): \(message)" }
}

/// A recursive-descent parser for the LaTeX subset that answers use, producing the same
/// kinds of objects as latex2sympy2_extended: comma lists become sets, `(a, b)` an open
/// interval, `[a, b)` a half-open one, longer parenthesised lists tuples, `x = 5` an
/// equation, `0 < x < 1` a chain. Like latex2sympy it is strict: `\frac12` and `\sqrt 2`
/// are errors (open-r1 disables the fix-ups for malformed operators on completions).
struct LatexMathParser {
    private let s: [Character]
    private var i = 0
    /// Current nesting of lists, unary signs and atoms; bounded so that adversarial input
    /// ("((((…") fails cleanly instead of exhausting the stack.
    private var depth: Int
    private static let maxDepth = 150

    private init(_ text: String, depth: Int) {
        s = Array(text)
        self.depth = depth
    }

    private mutating func enter() throws {
        depth += 1
        if depth > LatexMathParser.maxDepth { throw error("nested too deeply") }
    }

    private static let commaNumber = MathRegex(#"^\s*-?\d{1,3}(,\d{3})+(\.\d+)?\s*$"#)

    static func parse(_ latex: String) throws -> MathExpr { try parse(latex, depth: 0) }

    private static func parse(_ latex: String, depth: Int) throws -> MathExpr {
        // "1,000" is a number, not the set {1, 0}; "1, 000" (with a space) stays a set.
        if commaNumber.contains(latex) {
            return number(from: latex.replacingOccurrences(of: ",", with: "").trimmingCharacters(in: .whitespaces))
        }
        var p = LatexMathParser(latex, depth: depth)
        let elements = try p.parseElementList(closers: [])
        p.skipSpace()
        guard p.i == p.s.count else { throw p.error("unexpected '\(p.s[p.i])'") }
        guard !elements.isEmpty else { throw p.error("empty expression") }
        return elements.count == 1 ? elements[0] : .finiteSet(elements)
    }

    /// Parses with math-verify's retry: when the whole string fails, the last part of an
    /// equation chain `a = b = c` (without commas) is tried alone.
    static func parseWithFallback(_ latex: String) throws -> MathExpr {
        do {
            return try parse(latex)
        } catch {
            guard !latex.contains(","), !latex.contains(";") else { throw error }
            let parts = LatexNormalizer.equationSplit.split(latex)
            guard parts.count > 2 else { throw error }
            return try parse(parts[parts.count - 1])
        }
    }

    /// A decimal literal: with a point it is a float, otherwise an integer.
    static func number(from text: String) -> MathExpr {
        .number(Double(text) ?? .nan, text.contains(".") ? .float : .integer)
    }

    // MARK: - Lists, elements, relations

    private mutating func parseElementList(closers: Set<String>) throws -> [MathExpr] {
        try enter()
        defer { depth -= 1 }
        var out: [MathExpr] = []
        while true {
            skipSpace()
            if atEnd || closers.contains(where: { lookingAt($0) }) { break }
            out += try parseElement()
            skipSpace()
            if peek == "," || peek == ";" { i += 1; continue }
            break
        }
        return out
    }

    /// One element of a list; `a \pm b` yields both branches.
    private mutating func parseElement() throws -> [MathExpr] {
        skipSpace()
        if consumeCommand("pm") {
            let e = try parseRelation()
            return [MathExpr.negate(e), e]
        }
        let first = try parseRelation()
        skipSpace()
        if consumeCommand("pm") {
            let b = try parseExpr()
            return [.add([first, b]), .add([first, MathExpr.negate(b)])]
        }
        return [first]
    }

    private mutating func parseRelation() throws -> MathExpr {
        var sides = [try parseExpr()]
        var ops: [MathRelation] = []
        while true {
            skipSpace()
            if consumeCommand("approx") {
                let rhs = try parseExpr()
                // An approximation keeps the exact side: the value of `x \approx 3.14`, or
                // the left of `\pi \approx 3.14`.
                let lhs = sides.removeLast()
                sides.append(lhs.isOnlySymbols ? rhs : lhs)
                continue
            }
            if consumeCommand("in") {
                // `x \in [0, 1]` is the set itself.
                let set = try parseExpr()
                guard sides.count == 1, sides[0].isOnlySymbols else { throw error("unsupported \\in") }
                sides[0] = set
                continue
            }
            guard let op = relationOperator() else { break }
            ops.append(op)
            sides.append(try parseExpr())
        }
        if ops.isEmpty { return sides[0] }
        let links = ops.indices.map { MathExpr.relation(ops[$0], sides[$0], sides[$0 + 1]) }
        return links.count == 1 ? links[0] : .conjunction(links)
    }

    private mutating func relationOperator() -> MathRelation? {
        guard let c = peek else { return nil }
        switch c {
        case "=": i += 1; return .equal
        case "<":
            i += 1
            if peek == "=" { i += 1; return .lessEqual }
            return .less
        case ">":
            i += 1
            if peek == "=" { i += 1; return .greaterEqual }
            return .greater
        case "≤": i += 1; return .lessEqual
        case "≥": i += 1; return .greaterEqual
        case "≠": i += 1; return .notEqual
        case "\\":
            for (name, op) in [("leqslant", MathRelation.lessEqual), ("geqslant", .greaterEqual), ("leq", .lessEqual),
                               ("geq", .greaterEqual), ("neq", .notEqual), ("le", .lessEqual), ("ge", .greaterEqual),
                               ("ne", .notEqual), ("lt", .less), ("gt", .greater)] where consumeCommand(name) {
                return op
            }
            return nil
        default: return nil
        }
    }

    // MARK: - Arithmetic

    /// A sum, or a union of sets/intervals joined by `\cup`.
    private mutating func parseExpr() throws -> MathExpr {
        var parts = [try parseSum()]
        while true {
            skipSpace()
            guard consumeCommand("cup") else { break }
            parts.append(try parseSum())
        }
        return parts.count == 1 ? parts[0] : .union(parts)
    }

    private mutating func parseSum() throws -> MathExpr {
        var terms = [try parseTerm()]
        while true {
            skipSpace()
            if peek == "+" { i += 1; terms.append(try parseTerm()) }
            else if peek == "-" { i += 1; terms.append(MathExpr.negate(try parseTerm())) }
            else { break }
        }
        return terms.count == 1 ? terms[0] : .add(terms)
    }

    private mutating func parseTerm() throws -> MathExpr {
        var factors = [try parseUnary()]
        while true {
            skipSpace()
            if peek == ":" {
                // A ratio `1:2` is the quotient.
                i += 1
                let divisor = try parseUnary()
                factors.append(LatexMathParser.divide(factors.removeLast(), divisor))
            } else if peek == "*" || consumeCommand("cdot") || consumeCommand("times") {
                if peek == "*" { i += 1 }
                factors.append(try parseUnary())
            } else if peek == "/" || consumeCommand("div") {
                if peek == "/" { i += 1 }
                let divisor = try parseUnary()
                let dividend = factors.removeLast()
                factors.append(LatexMathParser.divide(dividend, divisor))
            } else if startsImplicitFactor() {
                let fractionFollows = lookingAtCommand("frac")
                let next = try parsePostfix()
                // A mixed number: `3\frac{1}{2}` is 3 + 1/2.
                if fractionFollows, factors.count == 1, case .number(let whole, .integer) = factors[0],
                   case .number(let part, .rational) = next {
                    factors[0] = .add([.number(whole, .integer), .number(whole < 0 ? -part : part, .rational)])
                } else {
                    factors.append(next)
                }
            } else {
                break
            }
        }
        return factors.count == 1 ? factors[0] : .mul(factors)
    }

    /// Integer over integer is a rational literal, as SymPy's `Rational` (reduced to an
    /// integer when it divides); anything else is a product with a reciprocal.
    private static func divide(_ a: MathExpr, _ b: MathExpr) -> MathExpr {
        if case .number(let x, .integer) = a, case .number(let y, .integer) = b, y != 0 {
            let q = x / y
            return .number(q, q == q.rounded() ? .integer : .rational)
        }
        return .mul([a, .pow(b, .integer(-1))])
    }

    private mutating func parseUnary() throws -> MathExpr {
        try enter()
        defer { depth -= 1 }
        skipSpace()
        if peek == "-" { i += 1; return MathExpr.negate(try parseUnary()) }
        if peek == "+" { i += 1; return try parseUnary() }
        return try parsePostfix()
    }

    private mutating func parsePostfix() throws -> MathExpr {
        var base = try parsePrimary()
        while true {
            skipSpace()
            if peek == "^" {
                i += 1
                if let exponent = try parseExponent() { base = .pow(base, exponent) }
            } else if peek == "!" {
                i += 1
                base = .call(.factorial, [base])
            } else if peek == "%" {
                i += 1
                base = .percent(base)
            } else if lookingAt("\\%") {
                i += 2
                base = .percent(base)
            } else if consumeCommand("circ") {
                continue
            } else {
                break
            }
        }
        return base
    }

    /// The exponent after `^`; nil for a degree sign (`10^\circ` is 10: math-verify
    /// parses with `convert_degrees=False`).
    private mutating func parseExponent() throws -> MathExpr? {
        skipSpace()
        guard let c = peek else { throw error("missing exponent") }
        if c == "{" {
            let inner = try bracedRaw()
            if inner.trimmingCharacters(in: .whitespaces) == "\\circ" { return nil }
            return try LatexMathParser.parse(inner, depth: depth + 1)
        }
        if consumeCommand("circ") { return nil }
        if c.isDigit { i += 1; return .integer(Double(String(c)) ?? .nan) }
        if c.isLetter { i += 1; return letterAtom(c) }
        if c == "\\" { return try parsePrimary() }
        throw error("bad exponent")
    }

    // MARK: - Atoms

    private static let greek: Set<String> = [
        "alpha", "beta", "gamma", "delta", "epsilon", "varepsilon", "zeta", "eta", "theta", "vartheta", "iota", "kappa",
        "lambda", "mu", "nu", "xi", "rho", "varrho", "sigma", "varsigma", "tau", "upsilon", "phi", "varphi", "chi", "psi",
        "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Pi", "Sigma", "Upsilon", "Phi", "Psi", "Omega",
    ]
    private static let functions: [String: MathFunction] = [
        "sin": .sin, "cos": .cos, "tan": .tan, "cot": .cot, "sec": .sec, "csc": .csc,
        "arcsin": .asin, "arccos": .acos, "arctan": .atan, "arccot": .acot, "arcsec": .asec, "arccsc": .acsc,
        "sinh": .sinh, "cosh": .cosh, "tanh": .tanh, "log": .log, "ln": .log, "lg": .log, "exp": .exp,
        "max": .max, "min": .min, "gcd": .gcd, "lcm": .lcm,
    ]
    /// Functions written only as `\operatorname{…}`.
    private static let operatorOnlyFunctions: [String: MathFunction] = ["floor": .floor, "ceil": .ceil]
    private static let textCommands: Set<String> = ["text", "mbox", "textrm", "textit", "textbf", "mathrm", "textnormal"]
    private static let styleCommands: Set<String> = ["mathbf", "boldsymbol", "mathit", "mathsf", "bm", "mathcal"]
    private static let primaryCommands: Set<String> = greek.union(functions.keys).union(textCommands).union(styleCommands)
        .union(["boxed", "fbox", "emptyset", "mathbb", "frac", "sqrt", "binom", "dbinom", "tbinom", "pi", "infty", "lfloor", "lceil", "begin", "operatorname", "sum", "prod"])

    private mutating func parsePrimary() throws -> MathExpr {
        try enter()
        defer { depth -= 1 }
        skipSpace()
        guard let c = peek else { throw error("unexpected end") }
        if c.isDigit || c == "." { return try parseNumber() }
        if c.isLetter && c.isASCII {
            i += 1
            return try subscripted(letterAtom(c))
        }
        switch c {
        case "(", "[":
            i += 1
            return try parseBracketed(opener: c)
        case "{":
            i += 1
            let items = try parseElementList(closers: ["}"])
            try expect("}")
            guard !items.isEmpty else { throw error("empty group") }
            return items.count == 1 ? items[0] : .finiteSet(items)
        case "|":
            i += 1
            let inner = try parseExpr()
            skipSpace()
            try expect("|")
            return .call(.abs, [inner])
        case "\\":
            return try parseCommand()
        default:
            throw error("unexpected '\(c)'")
        }
    }

    private mutating func parseNumber() throws -> MathExpr {
        var text = ""
        while let c = peek, c.isDigit { text.append(c); i += 1 }
        if peek == ".", i + 1 < s.count, s[i + 1].isDigit {
            text.append("."); i += 1
            while let c = peek, c.isDigit { text.append(c); i += 1 }
        }
        guard !text.isEmpty else { throw error("bad number") }
        return LatexMathParser.number(from: text)
    }

    /// A single letter: `e` is Euler's number, everything else a (lower-cased) symbol.
    private func letterAtom(_ c: Character) -> MathExpr {
        c == "e" ? .constant(.e) : .symbol(String(c).lowercased())
    }

    /// `x_1`, `a_{n}`: the subscript becomes part of the symbol's name.
    private mutating func subscripted(_ atom: MathExpr) throws -> MathExpr {
        guard case .symbol(let name) = atom, peek == "_" else { return atom }
        i += 1
        skipSpace()
        let sub: String
        if peek == "{" { sub = try bracedRaw().replacingOccurrences(of: " ", with: "") }
        else if let c = peek { sub = String(c); i += 1 }
        else { throw error("missing subscript") }
        return .symbol(name + "_" + sub)
    }

    private mutating func parseBracketed(opener: Character) throws -> MathExpr {
        let items = try parseElementList(closers: [")", "]"])
        skipSpace()
        guard let closer = peek, closer == ")" || closer == "]" else { throw error("unclosed '\(opener)'") }
        i += 1
        switch items.count {
        case 0: throw error("empty brackets")
        case 1:
            guard (opener == "(") == (closer == ")") else { throw error("mismatched brackets") }
            return items[0]
        case 2:
            let leftOpen = opener == "(", rightOpen = closer == ")"
            // An "interval" whose ends are reversed is really an ordered pair.
            if let a = items[0].evaluate(), let b = items[1].evaluate(),
               (leftOpen && rightOpen && b <= a) || (!leftOpen && !rightOpen && b < a) {
                return .tuple(items)
            }
            return .interval(items[0], items[1], leftOpen: leftOpen, rightOpen: rightOpen)
        default:
            return .tuple(items)
        }
    }

    private mutating func parseCommand() throws -> MathExpr {
        if lookingAt("\\{") {
            i += 2
            let items = try parseElementList(closers: ["\\}"])
            skipSpace()
            guard lookingAt("\\}") else { throw error("unclosed \\{") }
            i += 2
            return .finiteSet(items)
        }
        let start = i
        let name = readCommandName()
        switch name {
        case "frac":
            let num = try bracedExpr(), den = try bracedExpr()
            return LatexMathParser.divide(num, den)
        case "sqrt":
            skipSpace()
            var index: MathExpr = .integer(2)
            if peek == "[" {
                i += 1
                index = try parseExpr()
                try expect("]")
            }
            let radicand = try bracedExpr()
            if case .number(let n, _) = index, n == 2 { return .pow(radicand, .number(0.5, .rational)) }
            return .pow(radicand, .pow(index, .integer(-1)))
        case "binom", "dbinom", "tbinom":
            let n = try bracedExpr(), k = try bracedExpr()
            return .call(.binomial, [n, k])
        case "pi": return .constant(.pi)
        case "infty": return .constant(.infinity)
        case "lfloor", "lceil":
            let inner = try parseExpr()
            skipSpace()
            guard consumeCommand(name == "lfloor" ? "rfloor" : "rceil") else { throw error("unclosed \\\(name)") }
            return .call(name == "lfloor" ? .floor : .ceil, [inner])
        case "begin": return try parseMatrix()
        case "sum", "prod": return try parseSeries(product: name == "prod")
        case "operatorname":
            let op = try bracedRaw().trimmingCharacters(in: .whitespaces)
            guard let f = LatexMathParser.functions[op] ?? LatexMathParser.operatorOnlyFunctions[op] else {
                throw error("unknown operator \(op)")
            }
            return try parseFunction(f, name: op)
        case "emptyset": return .finiteSet([])
        case "mathbb":
            let set = try bracedRaw().trimmingCharacters(in: .whitespaces)
            guard set == "R" else { return .symbol(set.lowercased()) }
            return .interval(MathExpr.negate(.constant(.infinity)), .constant(.infinity), leftOpen: true, rightOpen: true)
        case "boxed", "fbox":
            // A box left in place (normalisation without box extraction) wraps its content;
            // a list inside it is a set.
            skipSpace()
            guard peek == "{" else { throw error("expected '{' after \\\(name)") }
            i += 1
            let items = try parseElementList(closers: ["}"])
            try expect("}")
            guard !items.isEmpty else { throw error("empty box") }
            return items.count == 1 ? items[0] : .finiteSet(items)
        default: break
        }
        if LatexMathParser.greek.contains(name) { return try subscripted(.symbol(name.lowercased())) }
        if LatexMathParser.textCommands.contains(name) {
            // latex2sympy ignores text markup so that `\text{(C)}` equals `C`.
            let raw = try bracedRaw().filter { $0 != " " && $0 != "(" && $0 != ")" }
            guard !raw.isEmpty else { throw error("empty text") }
            if Double(raw) != nil { return LatexMathParser.number(from: raw) }
            return .symbol(raw.lowercased())
        }
        if LatexMathParser.styleCommands.contains(name) { return try bracedExpr() }
        if let f = LatexMathParser.functions[name] { return try parseFunction(f, name: name) }
        i = start
        throw error("unsupported command \\\(name)")
    }

    /// `\log_2 8`, `\sin^2 x`, `\ln(x)`, `\exp{2}`: optional base and power, then the argument
    /// in parentheses, braces, or as a bare product of the following factors.
    private mutating func parseFunction(_ f: MathFunction, name: String) throws -> MathExpr {
        skipSpace()
        var base: MathExpr?
        var power: MathExpr?
        for _ in 0..<2 {
            skipSpace()
            if peek == "_" {
                i += 1
                skipSpace()
                if peek == "{" { base = try bracedExpr() } else { base = try parsePrimary() }
            } else if peek == "^" {
                i += 1
                power = try parseExponent()
            }
        }
        skipSpace()
        if [.max, .min, .gcd, .lcm].contains(f) {
            try expect("(")
            let args = try parseElementList(closers: [")"])
            try expect(")")
            guard !args.isEmpty else { throw error("\\\(name) needs arguments") }
            return .call(f, args)
        }
        let arg: MathExpr
        if peek == "(" {
            i += 1
            arg = try parseExpr()
            skipSpace()
            try expect(")")
        } else if peek == "{" {
            arg = try bracedExpr()
        } else {
            var factors = [try parsePostfix()]
            while startsImplicitFactor(allowFunctions: false) { factors.append(try parsePostfix()) }
            arg = factors.count == 1 ? factors[0] : .mul(factors)
        }
        var call: MathExpr
        switch f {
        case .log:
            let defaultBase: MathExpr = name == "ln" ? .constant(.e) : .integer(10)
            call = .call(.log, [arg, base ?? defaultBase])
        default:
            call = .call(f, [arg])
        }
        if let power { call = .pow(call, power) }
        return call
    }

    /// `\sum_{k=1}^{3} k^2` (or `\prod`) with numeric bounds, written out term by term as
    /// SymPy evaluates it; symbolic bounds are not supported.
    private mutating func parseSeries(product: Bool) throws -> MathExpr {
        skipSpace()
        guard peek == "_" else { throw error("\\sum needs a lower bound") }
        i += 1
        skipSpace()
        let lowerText = try bracedRaw()
        let parts = lowerText.split(separator: "=", maxSplits: 1).map(String.init)
        guard parts.count == 2, case .symbol(let variable) = try LatexMathParser.parse(parts[0], depth: depth + 1) else {
            throw error("\\sum needs a lower bound like k=1")
        }
        let lower = try LatexMathParser.parse(parts[1], depth: depth + 1)
        skipSpace()
        guard peek == "^" else { throw error("\\sum needs an upper bound") }
        i += 1
        guard let upper = try parseExponent() else { throw error("bad upper bound") }
        var factors = [try parsePostfix()]
        while startsImplicitFactor(allowFunctions: false) { factors.append(try parsePostfix()) }
        let body = factors.count == 1 ? factors[0] : .mul(factors)
        guard let a = lower.evaluate(), let b = upper.evaluate(), a == a.rounded(), b == b.rounded(), b - a <= 10_000 else {
            throw error("series bounds must be integers at most 10000 apart")
        }
        guard a <= b else { return .integer(product ? 1 : 0) }
        let terms = stride(from: a, through: b, by: 1).map { body.substituting(variable, with: .integer($0)) }
        return product ? .mul(terms) : .add(terms)
    }

    private mutating func parseMatrix() throws -> MathExpr {
        let env = try bracedRaw()
        guard env.hasSuffix("matrix") || env == "array" else { throw error("unsupported environment \(env)") }
        if env == "array", peek == "{" { _ = try bracedRaw() }
        let endTag = Array("\\end{\(env)}")
        var j = i
        while j + endTag.count <= s.count && Array(s[j..<(j + endTag.count)]) != endTag { j += 1 }
        guard j + endTag.count <= s.count else { throw error("unclosed \\begin{\(env)}") }
        let body = String(s[i..<j])
        i = j + endTag.count
        var rows: [[MathExpr]] = []
        for rowText in body.components(separatedBy: "\\\\") {
            if rowText.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            rows.append(try rowText.components(separatedBy: "&").map { try LatexMathParser.parse($0, depth: depth + 1) })
        }
        guard let width = rows.first?.count, rows.allSatisfy({ $0.count == width }) else { throw error("ragged matrix") }
        return .matrix(rows)
    }

    // MARK: - Low-level helpers

    private var atEnd: Bool { i >= s.count }
    private var peek: Character? { i < s.count ? s[i] : nil }

    private func error(_ message: String) -> LatexParseError { LatexParseError(message: message, position: i) }

    private mutating func skipSpace() {
        while i < s.count {
            if s[i].isWhitespace || s[i] == "~" { i += 1; continue }
            if s[i] == "\\", i + 1 < s.count, [",", ";", ":", "!", " "].contains(s[i + 1]) { i += 2; continue }
            if consumeCommand("quad") || consumeCommand("qquad") { continue }
            break
        }
    }

    /// Whether `\name` comes next, after any spacing.
    private func lookingAtCommand(_ name: String) -> Bool {
        var probe = self
        probe.skipSpace()
        return probe.lookingAt("\\" + name)
    }

    private func lookingAt(_ text: String) -> Bool {
        var j = i
        for c in text {
            guard j < s.count, s[j] == c else { return false }
            j += 1
        }
        return true
    }

    /// Consumes `\name` when it is a whole command (not a prefix of a longer one).
    private mutating func consumeCommand(_ name: String) -> Bool {
        guard lookingAt("\\" + name) else { return false }
        let end = i + 1 + name.count
        if end < s.count && s[end].isLetter { return false }
        i = end
        return true
    }

    private mutating func readCommandName() -> String {
        i += 1
        var name = ""
        while let c = peek, c.isLetter { name.append(c); i += 1 }
        if name.isEmpty, let c = peek { name = String(c); i += 1 }
        if peek == "*" && name == "operatorname" { i += 1 }
        return name
    }

    private mutating func expect(_ c: Character) throws {
        skipSpace()
        guard peek == c else { throw error("expected '\(c)'") }
        i += 1
    }

    /// The raw text between a `{` and its matching `}`.
    private mutating func bracedRaw() throws -> String {
        skipSpace()
        guard peek == "{" else { throw error("expected '{'") }
        var depth = 0
        let start = i + 1
        while i < s.count {
            if s[i] == "\\", i + 1 < s.count { i += 2; continue }
            if s[i] == "{" { depth += 1 }
            if s[i] == "}" {
                depth -= 1
                if depth == 0 { i += 1; return String(s[start..<(i - 1)]) }
            }
            i += 1
        }
        throw error("unclosed '{'")
    }

    private mutating func bracedExpr() throws -> MathExpr {
        let inner = try bracedRaw()
        return try LatexMathParser.parse(inner, depth: depth + 1)
    }

    /// Whether the next token starts a factor multiplied by juxtaposition (`2x`, `3\sqrt{5}`).
    private func startsImplicitFactor(allowFunctions: Bool = true) -> Bool {
        var j = i
        while j < s.count && s[j].isWhitespace { j += 1 }
        guard j < s.count else { return false }
        let c = s[j]
        if c.isDigit || (c.isLetter && c.isASCII) || c == "(" || c == "{" { return true }
        guard c == "\\" else { return false }
        var name = ""
        var k = j + 1
        while k < s.count && s[k].isLetter { name.append(s[k]); k += 1 }
        if !allowFunctions && LatexMathParser.functions[name] != nil { return false }
        return LatexMathParser.primaryCommands.contains(name)
    }
}

private extension Character {
    /// An ASCII digit, as the LaTeX grammar's `[0-9]` (not `²` or `½`).
    var isDigit: Bool { isASCII && isNumber }
}
