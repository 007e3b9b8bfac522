/// Expression parser over one tag's tokens, with Jinja's precedence: or < and < not <
/// comparisons and `in` < + - < ~ < * / // % < ** < unary < postfix (. [] ()), filters and tests.
struct JinjaExprParser {
    let tokens: [JinjaToken]
    let map: JinjaSourceMap
    /// Offset used for errors at the end of the tag.
    let end: Int
    var i = 0
    /// Nesting (parentheses, lists, calls, `not`, signs) is bounded, and so is a tag's length (a
    /// flat chain `1 + 1 + …` is as deep in the tree as it is long): no template exhausts the
    /// stack, neither here nor when the tree is rendered. Real templates stay far below both.
    static let maxDepth = 100
    static let maxTokens = 4096
    private var depth = 0

    init(tokens: [JinjaToken], map: JinjaSourceMap, end: Int) {
        self.tokens = tokens
        self.map = map
        self.end = end
    }

    static let testsWithArgument: Set<String> = ["divisibleby", "sameas", "eq", "equalto", "ne", "lt", "gt", "le", "ge", "in", "=="]

    var atEnd: Bool { i >= tokens.count }
    private var offset: Int { i < tokens.count ? tokens[i].offset : end }

    private func isOp(_ op: String) -> Bool {
        i < tokens.count && tokens[i].kind == .op(op)
    }
    private func isKeyword(_ word: String) -> Bool {
        i < tokens.count && tokens[i].kind == .name(word)
    }

    mutating func accept(_ op: String) -> Bool {
        if isOp(op) { i += 1; return true }
        return false
    }
    mutating func acceptKeyword(_ word: String) -> Bool {
        if isKeyword(word) { i += 1; return true }
        return false
    }
    mutating func expect(_ op: String) throws {
        guard accept(op) else { throw map.syntax("expected '\(op)'", at: offset) }
    }
    mutating func expectKeyword(_ word: String) throws {
        guard acceptKeyword(word) else { throw map.syntax("expected '\(word)'", at: offset) }
    }
    mutating func expectName() throws -> String {
        guard i < tokens.count, case .name(let n) = tokens[i].kind else { throw map.syntax("expected a name", at: offset) }
        i += 1
        return n
    }
    func expectEnd() throws {
        if !atEnd { throw map.syntax("unexpected token \(describe(tokens[i]))", at: offset) }
    }
    private func describe(_ t: JinjaToken) -> String {
        switch t.kind {
        case .name(let n): return "'\(n)'"
        case .string(let s): return "string '\(s)'"
        case .int(let v): return "\(v)"
        case .double(let v): return "\(v)"
        case .op(let o): return "'\(o)'"
        }
    }

    private mutating func enter() throws {
        if tokens.count > Self.maxTokens {
            throw map.syntax("a tag of \(tokens.count) tokens is longer than the \(Self.maxTokens) allowed", at: end)
        }
        depth += 1
        if depth > Self.maxDepth { throw map.syntax("expression nested more than \(Self.maxDepth) deep", at: offset) }
    }

    mutating func parseExpression(allowConditional: Bool = true) throws -> JinjaExpr {
        try enter()
        defer { depth -= 1 }
        let e = try parseOr()
        if allowConditional && acceptKeyword("if") {
            let condition = try parseOr()
            let otherwise = acceptKeyword("else") ? try parseExpression() : nil
            return .conditional(e, condition, otherwise)
        }
        return e
    }

    private mutating func parseOr() throws -> JinjaExpr {
        var e = try parseAnd()
        while acceptKeyword("or") { e = .or(e, try parseAnd()) }
        return e
    }

    private mutating func parseAnd() throws -> JinjaExpr {
        var e = try parseNot()
        while acceptKeyword("and") { e = .and(e, try parseNot()) }
        return e
    }

    private mutating func parseNot() throws -> JinjaExpr {
        if acceptKeyword("not") {
            try enter()
            defer { depth -= 1 }
            return .not(try parseNot())
        }
        return try parseCompare()
    }

    private mutating func parseCompare() throws -> JinjaExpr {
        var e = try parseAdd()
        while true {
            let at = offset
            if let op = ["==", "!=", "<", ">", "<=", ">="].first(where: { isOp($0) }) {
                i += 1
                e = .binary(op, e, try parseAdd(), at: at)
            } else if acceptKeyword("in") {
                e = .binary("in", e, try parseAdd(), at: at)
            } else if isKeyword("not") && i + 1 < tokens.count && tokens[i + 1].kind == .name("in") {
                i += 2
                e = .not(.binary("in", e, try parseAdd(), at: at))
            } else {
                return e
            }
        }
    }

    private mutating func parseAdd() throws -> JinjaExpr {
        var e = try parseConcat()
        while true {
            let at = offset
            if accept("+") { e = .binary("+", e, try parseConcat(), at: at) }
            else if accept("-") { e = .binary("-", e, try parseConcat(), at: at) }
            else { return e }
        }
    }

    private mutating func parseConcat() throws -> JinjaExpr {
        var e = try parseMul()
        while true {
            let at = offset
            guard accept("~") else { return e }
            e = .binary("~", e, try parseMul(), at: at)
        }
    }

    private mutating func parseMul() throws -> JinjaExpr {
        var e = try parsePow()
        while true {
            let at = offset
            if let op = ["*", "/", "//", "%"].first(where: { isOp($0) }) {
                i += 1
                e = .binary(op, e, try parsePow(), at: at)
            } else {
                return e
            }
        }
    }

    private mutating func parsePow() throws -> JinjaExpr {
        var e = try parseUnary()
        while true {
            let at = offset
            guard accept("**") else { return e }
            e = .binary("**", e, try parseUnary(), at: at)
        }
    }

    private mutating func parseUnary() throws -> JinjaExpr {
        let at = offset
        for sign in ["-", "+"] where accept(sign) {
            try enter()
            defer { depth -= 1 }
            return try parseFilters(.unary(sign, try parseUnary(), at: at))
        }
        return try parseFilters(try parsePostfix(try parsePrimary()))
    }

    private mutating func parsePrimary() throws -> JinjaExpr {
        guard i < tokens.count else { throw map.syntax("expected an expression", at: end) }
        let t = tokens[i]
        i += 1
        switch t.kind {
        case .string(var s):
            // Adjacent string literals join, as in Python.
            while i < tokens.count, case .string(let more) = tokens[i].kind { s += more; i += 1 }
            return .literal(.string(s))
        case .int(let v): return .literal(.int(v))
        case .double(let v): return .literal(.double(v))
        case .name(let n):
            switch n {
            case "true", "True": return .literal(.bool(true))
            case "false", "False": return .literal(.bool(false))
            case "none", "None": return .literal(.none)
            default: return .name(n, at: t.offset)
            }
        case .op("("):
            if accept(")") { return .list([]) }
            let e = try parseExpression()
            guard accept(",") else {
                try expect(")")
                return e
            }
            // A tuple; it behaves as a list everywhere a chat template uses one.
            var items = [e]
            while !isOp(")") {
                items.append(try parseExpression())
                if !accept(",") { break }
            }
            try expect(")")
            return .list(items)
        case .op("["):
            var items: [JinjaExpr] = []
            while !isOp("]") {
                items.append(try parseExpression())
                if !accept(",") { break }
            }
            try expect("]")
            return .list(items)
        case .op("{"):
            var pairs: [(JinjaExpr, JinjaExpr)] = []
            while !isOp("}") {
                let k = try parseExpression()
                try expect(":")
                pairs.append((k, try parseExpression()))
                if !accept(",") { break }
            }
            try expect("}")
            return .dict(pairs)
        case .op(let o):
            throw map.syntax("unexpected '\(o)'", at: t.offset)
        }
    }

    private mutating func parsePostfix(_ base: JinjaExpr) throws -> JinjaExpr {
        var e = base
        while true {
            let at = offset
            if accept(".") {
                guard i < tokens.count else { throw map.syntax("expected an attribute name", at: at) }
                switch tokens[i].kind {
                case .name(let n): e = .attribute(e, n, at: at)
                case .int(let v): e = .index(e, .literal(.int(v)), at: at)
                default: throw map.syntax("expected an attribute name", at: at)
                }
                i += 1
            } else if accept("[") {
                var lower: JinjaExpr?
                if !isOp(":") { lower = try parseExpression() }
                if accept(":") {
                    var upper: JinjaExpr?
                    var step: JinjaExpr?
                    if !isOp("]") && !isOp(":") { upper = try parseExpression() }
                    if accept(":") && !isOp("]") { step = try parseExpression() }
                    try expect("]")
                    e = .slice(e, lower, upper, step, at: at)
                } else {
                    try expect("]")
                    guard let lower else { throw map.syntax("empty index", at: at) }
                    e = .index(e, lower, at: at)
                }
            } else if isOp("(") {
                i += 1
                let (args, kwargs) = try parseArguments()
                e = .call(e, args, kwargs, at: at)
            } else {
                return e
            }
        }
    }

    /// Arguments after an opening parenthesis, up to and including the closing one.
    private mutating func parseArguments() throws -> ([JinjaExpr], [(String, JinjaExpr)]) {
        var args: [JinjaExpr] = []
        var kwargs: [(String, JinjaExpr)] = []
        while !isOp(")") {
            if i + 1 < tokens.count, case .name(let n) = tokens[i].kind, tokens[i + 1].kind == .op("=") {
                i += 2
                kwargs.append((n, try parseExpression()))
            } else {
                if !kwargs.isEmpty { throw map.syntax("positional argument after keyword argument", at: offset) }
                args.append(try parseExpression())
            }
            if !accept(",") { break }
        }
        try expect(")")
        return (args, kwargs)
    }

    private mutating func parseFilters(_ base: JinjaExpr) throws -> JinjaExpr {
        var e = base
        while true {
            let at = offset
            if accept("|") {
                let name = try expectName()
                var args: [JinjaExpr] = []
                var kwargs: [(String, JinjaExpr)] = []
                if accept("(") { (args, kwargs) = try parseArguments() }
                e = .filter(e, name, args, kwargs, at: at)
            } else if acceptKeyword("is") {
                let negated = acceptKeyword("not")
                let name = try expectName()
                var args: [JinjaExpr] = []
                if accept("(") {
                    let (a, kw) = try parseArguments()
                    if !kw.isEmpty { throw map.unsupported("keyword arguments to a test", at: at) }
                    args = a
                } else if Self.testsWithArgument.contains(name), i < tokens.count {
                    // `is sameas x`, `is divisibleby 3`: one argument without parentheses.
                    args = [try parsePostfix(try parsePrimary())]
                }
                e = .test(e, name, args, negated: negated, at: at)
            } else {
                return e
            }
        }
    }
}
