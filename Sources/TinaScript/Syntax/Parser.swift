/// Recursive-descent parser. Each parse function carries its grammar rule.
/// When the input ends where more is expected, the answer is `ScriptError.incomplete`
/// rather than a syntax error: that is how the REPL knows to show a continuation prompt.
public struct Parser {
    private let source: SourceText
    private let tokens: [Token]
    private var current = 0
    /// Whether newlines end statements here: true in blocks, false inside (), [] and map {}.
    private var newlineSignificant: [Bool] = [true]
    private var depth = 0
    /// Token index just after the latest block's '}': a statement may follow it on the same line.
    private var blockEnd = -1
    /// Nesting limit; each link of an operator or call chain counts too, since it deepens the tree.
    static let maxDepth = 500
    /// Links of one left-associative chain (`1 + 1 + …`): flat to read, but as deep as it is
    /// long in the tree, so bounded too, far above any written expression.
    static let maxChain = 10_000

    public init(_ source: SourceText, tokens: [Token]) {
        self.source = source
        self.tokens = tokens
    }

    /// Parses a whole source: program := { statement separator } EOF
    public static func parse(_ source: SourceText) throws -> [Stmt] {
        var parser = Parser(source, tokens: try Lexer.tokenize(source))
        return try parser.parseProgram()
    }

    public mutating func parseProgram() throws -> [Stmt] {
        var statements: [Stmt] = []
        skipSeparators()
        while peek().kind != .eof {
            statements.append(try statement())
            try endOfStatement()
            skipSeparators()
        }
        return statements
    }

    // MARK: token access

    private mutating func peek() -> Token {
        if !newlineSignificant[newlineSignificant.count - 1] { while tokens[current].kind == .newline { current += 1 } }
        return tokens[current]
    }

    private mutating func check(_ kind: TokenKind) -> Bool { peek().kind == kind }

    @discardableResult
    private mutating func advance() -> Token {
        let token = peek()
        if token.kind != .eof { current += 1 }
        return token
    }

    private mutating func match(_ kind: TokenKind) -> Bool {
        if check(kind) { advance(); return true }
        return false
    }

    private mutating func skipNewlines() {
        while tokens[current].kind == .newline { current += 1 }
    }

    private mutating func skipSeparators() {
        while tokens[current].kind == .newline || tokens[current].kind == .semicolon { current += 1 }
    }

    private func loc(_ token: Token) -> SourceLoc {
        SourceLoc(source: source, line: token.line, column: token.column)
    }

    /// An error at `token`; at the end of input it is "incomplete" instead.
    private func error(_ message: String, at token: Token) -> ScriptError {
        token.kind == .eof ? .incomplete(message: message, at: loc(token)) : .syntax(message: message, at: loc(token))
    }

    @discardableResult
    private mutating func expect(_ kind: TokenKind, _ what: String) throws -> Token {
        let token = peek()
        guard token.kind == kind else { throw error("expected \(what) but found \(describe(token))", at: token) }
        return advance()
    }

    private mutating func identifier(_ what: String) throws -> Token {
        try expect(.identifier, what)
    }

    private func describe(_ token: Token) -> String {
        switch token.kind {
        case .eof: return "end of input"
        case .newline: return "end of line"
        case .identifier: return "'\(token.text)'"
        case .int: return "number \(token.intValue)"
        case .float: return "number \(token.floatValue)"
        case .string, .fstring: return "a string"
        default: return "'\(token.kind.spelling ?? "?")'"
        }
    }

    private mutating func nested<T>(_ significant: Bool, _ body: (inout Parser) throws -> T) rethrows -> T {
        newlineSignificant.append(significant)
        defer { newlineSignificant.removeLast() }
        return try body(&self)
    }

    private mutating func guardDepth(_ token: Token) throws {
        depth += 1
        if depth > Self.maxDepth { throw tooDeep(token) }
    }

    private func tooDeep(_ token: Token) -> ScriptError {
        .syntax(message: "expression nested too deeply (more than \(Self.maxDepth) levels)", at: loc(token))
    }

    /// Counts one more link of a left-associative chain (`a + b + c`, `f()()`), which nests the tree.
    private func link(_ links: inout Int, _ token: Token) throws {
        links += 1
        if links > Self.maxChain {
            throw ScriptError.syntax(message: "expression too long (a chain of more than \(Self.maxChain) operations)", at: loc(token))
        }
    }

    /// separator := NEWLINE | ';' | before '}' | after '}' | EOF
    private mutating func endOfStatement() throws {
        let token = tokens[current]
        if current == blockEnd { return }
        switch token.kind {
        case .newline, .semicolon, .eof, .rightBrace: return
        default: throw error("expected end of statement but found \(describe(token))", at: token)
        }
    }

    // MARK: statements

    /// statement := let | fnDecl | if | while | for | try | 'break' | 'continue' | return | assignOrExpr
    private mutating func statement() throws -> Stmt {
        let token = peek()
        try guardDepth(token)
        defer { depth -= 1 }
        let at = loc(token)
        switch token.kind {
        case .kwLet: return Stmt(kind: try letStatement(), loc: at)
        case .kwFn where tokens[current + 1].kind == .identifier:
            return Stmt(kind: .function(try functionDecl()), loc: at)
        case .kwIf: return Stmt(kind: try ifStatement(), loc: at)
        case .kwWhile: return Stmt(kind: try whileStatement(), loc: at)
        case .kwFor: return Stmt(kind: try forStatement(), loc: at)
        case .kwTry: return Stmt(kind: try tryStatement(), loc: at)
        case .kwBreak: advance(); return Stmt(kind: .break, loc: at)
        case .kwContinue: advance(); return Stmt(kind: .continue, loc: at)
        case .kwReturn: return Stmt(kind: try returnStatement(), loc: at)
        default: return Stmt(kind: try assignOrExpression(), loc: at)
        }
    }

    /// let := 'let' IDENT '=' expression
    private mutating func letStatement() throws -> StmtKind {
        advance()
        let name = try identifier("a variable name after 'let'")
        try expect(.equal, "'=' after 'let \(name.text)'")
        skipNewlines()
        return .let(name.text, try expression())
    }

    /// fnDecl := 'fn' IDENT '(' params ')' block
    private mutating func functionDecl() throws -> FunctionDecl {
        let fnToken = advance()
        let name = try identifier("a function name")
        return try functionRest(name: name.text, at: fnToken)
    }

    /// params := [ param { ',' param } [','] ] ; param := IDENT [ '=' expression ]
    private mutating func functionRest(name: String?, at fnToken: Token) throws -> FunctionDecl {
        try expect(.leftParen, "'(' to start the parameter list")
        let params: [ParamDecl] = try nested(false) { p in
            var params: [ParamDecl] = []
            while !p.check(.rightParen) {
                let param = try p.identifier("a parameter name")
                if params.contains(where: { $0.name == param.text }) {
                    throw ScriptError.syntax(message: "duplicate parameter '\(param.text)'", at: p.loc(param))
                }
                var defaultValue: Expr?
                if p.match(.equal) {
                    defaultValue = try p.expression()
                } else if let last = params.last, last.defaultValue != nil {
                    throw ScriptError.syntax(message: "parameter '\(param.text)' needs a default: it follows one with a default", at: p.loc(param))
                }
                params.append(ParamDecl(name: param.text, defaultValue: defaultValue, loc: p.loc(param)))
                if !p.match(.comma) { break }
            }
            try p.expect(.rightParen, "')' after the parameters")
            return params
        }
        return FunctionDecl(name: name, params: params, body: try block(), loc: loc(fnToken))
    }

    /// block := '{' { statement separator } '}'
    private mutating func block() throws -> [Stmt] {
        try expect(.leftBrace, "'{' to start a block")
        return try nested(true) { p in
            var body: [Stmt] = []
            p.skipSeparators()
            while !p.check(.rightBrace) {
                if p.check(.eof) { throw p.error("expected '}' to close the block", at: p.peek()) }
                body.append(try p.statement())
                try p.endOfStatement()
                p.skipSeparators()
            }
            p.advance()
            p.blockEnd = p.current
            return body
        }
    }

    /// if := 'if' expression block [ 'else' ( if | block ) ]
    private mutating func ifStatement() throws -> StmtKind {
        advance()
        let condition = try expression()
        let then = try block()
        // `else` may start the next line: look past newlines without consuming them otherwise.
        var lookahead = current
        while tokens[lookahead].kind == .newline { lookahead += 1 }
        guard tokens[lookahead].kind == .kwElse else { return .if(condition, then, else: nil) }
        current = lookahead + 1
        if check(.kwIf) {
            let at = loc(peek())
            try guardDepth(peek())
            defer { depth -= 1 }
            return .if(condition, then, else: [Stmt(kind: try ifStatement(), loc: at)])
        }
        return .if(condition, then, else: try block())
    }

    /// while := 'while' expression block
    private mutating func whileStatement() throws -> StmtKind {
        advance()
        let condition = try expression()
        return .while(condition, try block())
    }

    /// for := 'for' IDENT [ ',' IDENT ] 'in' expression block
    private mutating func forStatement() throws -> StmtKind {
        advance()
        let name = try identifier("a loop variable after 'for'")
        var second: String?
        if match(.comma) { second = try identifier("a second loop variable").text }
        try expect(.kwIn, "'in' after the loop variable")
        let iterable = try expression()
        return .for(name.text, second, iterable, try block())
    }

    /// try := 'try' block 'catch' IDENT block
    private mutating func tryStatement() throws -> StmtKind {
        advance()
        let body = try block()
        skipNewlines()
        try expect(.kwCatch, "'catch' after the try block")
        let name = try identifier("a variable name after 'catch'")
        return .try(body, catchName: name.text, try block())
    }

    /// return := 'return' [ expression ]
    private mutating func returnStatement() throws -> StmtKind {
        advance()
        switch tokens[current].kind {
        case .newline, .semicolon, .rightBrace, .eof: return .return(nil)
        default: return .return(try expression())
        }
    }

    /// assignOrExpr := expression [ ( '=' | '+=' | '-=' | '*=' | '/=' ) expression ]
    private mutating func assignOrExpression() throws -> StmtKind {
        let target = try expression()
        let opToken = tokens[current]
        let op: BinaryOp?
        switch opToken.kind {
        case .equal: op = nil
        case .plusEqual: op = .add
        case .minusEqual: op = .sub
        case .starEqual: op = .mul
        case .slashEqual: op = .div
        default: return .expr(target)
        }
        switch target.kind {
        case .name, .index, .field: break
        default: throw ScriptError.syntax(message: "cannot assign to this expression", at: loc(opToken))
        }
        advance()
        skipNewlines()
        return .assign(target: target, op: op, value: try expression())
    }

    // MARK: expressions

    /// expression := or
    public mutating func expression() throws -> Expr {
        let token = peek()
        try guardDepth(token)
        defer { depth -= 1 }
        return try or()
    }

    /// or := and { ( 'or' | '||' ) and }
    private mutating func or() throws -> Expr {
        var left = try and()
        var links = 0
        while check(.kwOr) || check(.pipePipe) {
            let op = advance()
            try link(&links, op)
            skipNewlines()
            left = Expr(kind: .or(left, try and()), loc: loc(op))
        }
        return left
    }

    /// and := not { ( 'and' | '&&' ) not }
    private mutating func and() throws -> Expr {
        var left = try not()
        var links = 0
        while check(.kwAnd) || check(.ampAmp) {
            let op = advance()
            try link(&links, op)
            skipNewlines()
            left = Expr(kind: .and(left, try not()), loc: loc(op))
        }
        return left
    }

    /// not := ( 'not' | '!' ) not | comparison
    private mutating func not() throws -> Expr {
        if check(.kwNot) || check(.bang) {
            let op = advance()
            try guardDepth(op)
            defer { depth -= 1 }
            return Expr(kind: .unary(.not, try not()), loc: loc(op))
        }
        return try comparison()
    }

    /// comparison := range { ( '==' | '!=' | '<' | '<=' | '>' | '>=' ) range }
    private mutating func comparison() throws -> Expr {
        var left = try range()
        var links = 0
        while true {
            let op: BinaryOp
            switch peek().kind {
            case .equalEqual: op = .eq
            case .bangEqual: op = .ne
            case .less: op = .lt
            case .lessEqual: op = .le
            case .greater: op = .gt
            case .greaterEqual: op = .ge
            default: return left
            }
            let token = advance()
            try link(&links, token)
            skipNewlines()
            left = Expr(kind: .binary(op, left, try range()), loc: loc(token))
        }
    }

    /// range := additive [ ( '..' | '..<' ) additive ]
    private mutating func range() throws -> Expr {
        let left = try additive()
        guard check(.dotDot) || check(.dotDotLess) else { return left }
        let token = advance()
        skipNewlines()
        return Expr(kind: .range(left, try additive(), inclusive: token.kind == .dotDot), loc: loc(token))
    }

    /// additive := multiplicative { ( '+' | '-' ) multiplicative }
    private mutating func additive() throws -> Expr {
        var left = try multiplicative()
        var links = 0
        while check(.plus) || check(.minus) {
            let token = advance()
            try link(&links, token)
            skipNewlines()
            left = Expr(kind: .binary(token.kind == .plus ? .add : .sub, left, try multiplicative()), loc: loc(token))
        }
        return left
    }

    /// multiplicative := unary { ( '*' | '/' | '//' | '%' ) unary }
    private mutating func multiplicative() throws -> Expr {
        var left = try unary()
        var links = 0
        while true {
            let op: BinaryOp
            switch peek().kind {
            case .star: op = .mul
            case .slash: op = .div
            case .slashSlash: op = .floorDiv
            case .percent: op = .mod
            default: return left
            }
            let token = advance()
            try link(&links, token)
            skipNewlines()
            left = Expr(kind: .binary(op, left, try unary()), loc: loc(token))
        }
    }

    /// unary := '-' unary | power
    private mutating func unary() throws -> Expr {
        if check(.minus) {
            let token = advance()
            try guardDepth(token)
            defer { depth -= 1 }
            return Expr(kind: .unary(.negate, try unary()), loc: loc(token))
        }
        return try power()
    }

    /// power := postfix [ '**' unary ]   (right-associative, binds tighter than unary minus on its left)
    private mutating func power() throws -> Expr {
        let base = try postfix()
        guard check(.starStar) else { return base }
        let token = advance()
        skipNewlines()
        try guardDepth(token)
        defer { depth -= 1 }
        return Expr(kind: .binary(.pow, base, try unary()), loc: loc(token))
    }

    /// postfix := primary { '(' arguments ')' | '[' expression ']' | '.' IDENT }
    private mutating func postfix() throws -> Expr {
        var expr = try primary()
        var links = 0
        while true {
            let token = peek()
            if token.kind == .leftParen || token.kind == .leftBracket || token.kind == .dot { try link(&links, token) }
            if check(.leftParen) {
                advance()
                expr = Expr(kind: .call(expr, try arguments()), loc: expr.start)
            } else if check(.leftBracket) {
                let open = advance()
                let index = try nested(false) { p -> Expr in
                    let index = try p.expression()
                    try p.expect(.rightBracket, "']' after the index")
                    return index
                }
                expr = Expr(kind: .index(expr, index), loc: loc(open))
            } else if check(.dot) {
                let dot = advance()
                skipNewlines()
                let name = try identifier("a field or method name after '.'")
                expr = Expr(kind: .field(expr, name.text), loc: loc(dot))
            } else {
                return expr
            }
        }
    }

    /// arguments := [ argument { ',' argument } [','] ] ; argument := [ IDENT ':' ] expression
    private mutating func arguments() throws -> [Argument] {
        try nested(false) { p in
            var args: [Argument] = []
            var sawLabel = false
            while !p.check(.rightParen) {
                let start = p.peek()
                var label: String?
                if start.kind == .identifier, p.tokens[p.current + 1].kind == .colon {
                    label = start.text
                    if args.contains(where: { $0.label == label }) {
                        throw ScriptError.syntax(message: "argument '\(start.text)' given twice", at: p.loc(start))
                    }
                    p.advance()
                    p.advance()
                    sawLabel = true
                } else if sawLabel {
                    throw ScriptError.syntax(message: "positional argument after a keyword argument", at: p.loc(start))
                }
                args.append(Argument(label: label, value: try p.expression()))
                if !p.match(.comma) { break }
            }
            try p.expect(.rightParen, "')' to close the call")
            return args
        }
    }

    /// primary := INT | FLOAT | STRING | FSTRING | 'true' | 'false' | 'nil' | IDENT
    ///          | '(' expression ')' | list | map | 'fn' '(' params ')' block
    private mutating func primary() throws -> Expr {
        let token = peek()
        let at = loc(token)
        switch token.kind {
        case .int: advance(); return Expr(kind: .int(token.intValue), loc: at)
        case .float: advance(); return Expr(kind: .float(token.floatValue), loc: at)
        case .string: advance(); return Expr(kind: .string(token.text), loc: at)
        case .fstring: advance(); return Expr(kind: .fstring(try fstringPieces(token)), loc: at)
        case .kwTrue: advance(); return Expr(kind: .bool(true), loc: at)
        case .kwFalse: advance(); return Expr(kind: .bool(false), loc: at)
        case .kwNil: advance(); return Expr(kind: .null, loc: at)
        case .identifier: advance(); return Expr(kind: .name(token.text), loc: at)
        case .leftParen:
            advance()
            return try nested(false) { p in
                let inner = try p.expression()
                try p.expect(.rightParen, "')' to close '('")
                return inner
            }
        case .leftBracket: return try listLiteral()
        case .leftBrace: return try mapLiteral()
        case .kwFn:
            advance()
            return Expr(kind: .function(try functionRest(name: nil, at: token)), loc: at)
        default:
            throw error("expected an expression but found \(describe(token))", at: token)
        }
    }

    /// list := '[' [ expression { ',' expression } [','] ] ']'
    private mutating func listLiteral() throws -> Expr {
        let open = advance()
        return try nested(false) { p in
            var items: [Expr] = []
            while !p.check(.rightBracket) {
                items.append(try p.expression())
                if !p.match(.comma) { break }
            }
            try p.expect(.rightBracket, "']' to close the list")
            return Expr(kind: .list(items), loc: p.loc(open))
        }
    }

    /// map := '{' [ expression ':' expression { ',' expression ':' expression } [','] ] '}'
    private mutating func mapLiteral() throws -> Expr {
        let open = advance()
        return try nested(false) { p in
            var entries: [(key: Expr, value: Expr)] = []
            while !p.check(.rightBrace) {
                let key = try p.expression()
                try p.expect(.colon, "':' after the map key")
                entries.append((key, try p.expression()))
                if !p.match(.comma) { break }
            }
            try p.expect(.rightBrace, "'}' to close the map")
            return Expr(kind: .map(entries), loc: p.loc(open))
        }
    }

    /// fstring := 'f"' { text | '{' expression '}' } '"'   (each expression parsed from its own text)
    private func fstringPieces(_ token: Token) throws -> [FStringPiece] {
        try token.parts.map { part in
            switch part {
            case .text(let text): return .text(text)
            case .code(let code, let line, let column):
                var lexer = Lexer(source, text: code, line: line, column: column)
                var parser = Parser(source, tokens: try lexer.run())
                parser.newlineSignificant = [false]
                parser.depth = depth
                do {
                    let expr = try parser.expression()
                    let rest = parser.peek()
                    guard rest.kind == .eof else {
                        throw ScriptError.syntax(message: "unexpected \(parser.describe(rest)) in f-string expression", at: parser.loc(rest))
                    }
                    return .expr(expr)
                } catch ScriptError.incomplete(let message, let at) {
                    // The string itself is closed: a truncated expression inside it is a plain error.
                    throw ScriptError.syntax(message: message, at: at)
                }
            }
        }
    }
}
