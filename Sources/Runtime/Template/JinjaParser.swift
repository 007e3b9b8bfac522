/// Builds the statement tree from the lexer's segments.
struct JinjaParser {
    let segments: [JinjaSegment]
    let map: JinjaSourceMap
    var position = 0
    /// Blocks (`if`, `for`, `macro` …) nest at most this deep, so that neither parsing nor
    /// rendering exhausts the stack.
    static let maxDepth = 200
    private var depth = 0

    init(segments: [JinjaSegment], map: JinjaSourceMap) {
        self.segments = segments
        self.map = map
    }

    static let unsupportedStatements: Set<String> = [
        "call", "filter", "include", "import", "from", "extends", "block", "with",
        "autoescape", "do", "trans",
    ]

    mutating func parseTemplate() throws -> [JinjaNode] {
        let (nodes, end) = try parseBlock(until: [])
        if let (name, at) = end { throw map.syntax("unexpected '\(name)'", at: at) }
        return nodes
    }

    /// Parses nodes until a statement whose keyword is in `terminators`; returns it (keyword and
    /// offset) with the remaining tokens available through `lastTokens`.
    private var lastTokens: [JinjaToken] = []

    private mutating func parseBlock(until terminators: Set<String>) throws -> ([JinjaNode], (String, Int)?) {
        depth += 1
        defer { depth -= 1 }
        if depth > Self.maxDepth {
            // The statement that opened this block is the segment just read.
            var at = 0
            if position > 0, case .statement(_, let offset) = segments[position - 1] { at = offset }
            throw map.syntax("blocks nested more than \(Self.maxDepth) deep", at: at)
        }
        var nodes: [JinjaNode] = []
        while position < segments.count {
            let segment = segments[position]
            position += 1
            switch segment {
            case .text(let s):
                nodes.append(.text(s))
            case let .output(tokens, at):
                var p = JinjaExprParser(tokens: tokens, map: map, end: at)
                let e = try p.parseExpression()
                try p.expectEnd()
                nodes.append(.output(e))
            case let .statement(tokens, at):
                guard case .name(let keyword)? = tokens.first?.kind else { throw map.syntax("expected a statement", at: at) }
                let rest = Array(tokens.dropFirst())
                if terminators.contains(keyword) {
                    lastTokens = rest
                    return (nodes, (keyword, at))
                }
                nodes.append(try parseStatement(keyword, rest, at: at))
            }
        }
        if !terminators.isEmpty {
            throw map.syntax("missing \(terminators.sorted().joined(separator: " or "))", at: map.source.count)
        }
        return (nodes, nil)
    }

    private mutating func parseStatement(_ keyword: String, _ tokens: [JinjaToken], at: Int) throws -> JinjaNode {
        var p = JinjaExprParser(tokens: tokens, map: map, end: at)
        switch keyword {
        case "if":
            var branches: [(JinjaExpr, [JinjaNode])] = []
            var condition = try p.parseExpression()
            try p.expectEnd()
            while true {
                let (body, end) = try parseBlock(until: ["elif", "else", "endif"])
                branches.append((condition, body))
                guard let (word, where_) = end else { throw map.syntax("missing endif", at: at) }
                var q = JinjaExprParser(tokens: lastTokens, map: map, end: where_)
                switch word {
                case "elif":
                    condition = try q.parseExpression()
                    try q.expectEnd()
                case "else":
                    try q.expectEnd()
                    let (otherwise, close) = try parseBlock(until: ["endif"])
                    guard close != nil else { throw map.syntax("missing endif", at: at) }
                    return .ifChain(branches, otherwise: otherwise)
                default:
                    try q.expectEnd()
                    return .ifChain(branches, otherwise: [])
                }
            }
        case "for":
            var targets = [try p.expectName()]
            while p.accept(",") { targets.append(try p.expectName()) }
            try p.expectKeyword("in")
            let iterable = try p.parseExpression(allowConditional: false)
            var condition: JinjaExpr?
            if p.acceptKeyword("if") { condition = try p.parseExpression(allowConditional: false) }
            if p.acceptKeyword("recursive") { throw map.unsupported("recursive for loop", at: at) }
            try p.expectEnd()
            let (body, end) = try parseBlock(until: ["else", "endfor"])
            var otherwise: [JinjaNode] = []
            if end?.0 == "else" {
                let (e, close) = try parseBlock(until: ["endfor"])
                guard close != nil else { throw map.syntax("missing endfor", at: at) }
                otherwise = e
            }
            return .forLoop(targets: targets, iterable: iterable, condition: condition, body: body, otherwise: otherwise, at: at)
        case "set":
            let name = try p.expectName()
            var attribute: String?
            if p.accept(".") { attribute = try p.expectName() }
            if p.atEnd { throw map.unsupported("block set ({% set x %}...{% endset %})", at: at) }
            if p.accept(",") { throw map.unsupported("set with several targets", at: at) }
            try p.expect("=")
            let value = try p.parseExpression()
            try p.expectEnd()
            return .set(name: name, attribute: attribute, value, at: at)
        case "macro":
            return try parseMacro(&p, at: at)
        case "generation":
            // transformers adds this tag to mark the assistant's tokens for
            // return_assistant_tokens_mask; rendering outputs its body unchanged
            // (transformers utils/chat_template_utils.py, AssistantTracker).
            try p.expectEnd()
            let (body, end) = try parseBlock(until: ["endgeneration"])
            guard end != nil else { throw map.syntax("missing endgeneration", at: at) }
            return .group(body)
        case "break":
            try p.expectEnd()
            return .loopBreak(at: at)
        case "continue":
            try p.expectEnd()
            return .loopContinue(at: at)
        default:
            if keyword == "endmacro" || keyword == "endgeneration" { throw map.syntax("unexpected '\(keyword)'", at: at) }
            if Self.unsupportedStatements.contains(keyword) { throw map.unsupported("{% \(keyword) %}", at: at) }
            if keyword.hasPrefix("end") || keyword == "elif" || keyword == "else" {
                throw map.syntax("unexpected '\(keyword)'", at: at)
            }
            throw map.syntax("unknown statement '\(keyword)'", at: at)
        }
    }

    /// `{% macro name(a, b=default) %}body{% endmacro %}`.
    private mutating func parseMacro(_ p: inout JinjaExprParser, at: Int) throws -> JinjaNode {
        let name = try p.expectName()
        try p.expect("(")
        var parameters: [(name: String, fallback: JinjaExpr?)] = []
        while !p.accept(")") {
            let parameter = try p.expectName()
            if parameters.contains(where: { $0.name == parameter }) {
                throw map.syntax("macro '\(name)' has two parameters named '\(parameter)'", at: at)
            }
            var fallback: JinjaExpr?
            if p.accept("=") {
                fallback = try p.parseExpression()
            } else if parameters.last?.fallback != nil {
                throw map.syntax("macro '\(name)': parameter '\(parameter)' without a default follows one with a default", at: at)
            }
            parameters.append((parameter, fallback))
            if !p.accept(",") {
                try p.expect(")")
                break
            }
        }
        try p.expectEnd()
        let (body, end) = try parseBlock(until: ["endmacro"])
        guard end != nil else { throw map.syntax("missing endmacro", at: at) }
        return .macro(JinjaMacro(name: name, parameters: parameters, body: body, at: at))
    }
}
