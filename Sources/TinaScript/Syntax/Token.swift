/// Lexical categories. Keywords and punctuation carry no payload; literals keep theirs in `Token`.
public enum TokenKind: Hashable {
    case identifier, int, float, string, fstring
    case newline, eof
    // keywords
    case kwLet, kwFn, kwIf, kwElse, kwWhile, kwFor, kwIn, kwBreak, kwContinue, kwReturn
    case kwTry, kwCatch, kwTrue, kwFalse, kwNil, kwAnd, kwOr, kwNot
    // punctuation
    case plus, minus, star, slash, slashSlash, percent, starStar
    case equal, equalEqual, bangEqual, less, lessEqual, greater, greaterEqual
    case plusEqual, minusEqual, starEqual, slashEqual
    case leftParen, rightParen, leftBracket, rightBracket, leftBrace, rightBrace
    case comma, colon, dot, dotDot, dotDotLess, bang, ampAmp, pipePipe, semicolon

    static let keywords: [String: TokenKind] = [
        "let": .kwLet, "fn": .kwFn, "if": .kwIf, "else": .kwElse, "while": .kwWhile, "for": .kwFor,
        "in": .kwIn, "break": .kwBreak, "continue": .kwContinue, "return": .kwReturn, "try": .kwTry,
        "catch": .kwCatch, "true": .kwTrue, "false": .kwFalse, "nil": .kwNil, "and": .kwAnd,
        "or": .kwOr, "not": .kwNot,
    ]

    /// How keywords and punctuation are written, for error messages.
    var spelling: String? {
        if let keyword = TokenKind.keywords.first(where: { $0.value == self }) { return keyword.key }
        return TokenKind.punctuation[self]
    }

    private static let punctuation: [TokenKind: String] = [
        .plus: "+", .minus: "-", .star: "*", .slash: "/", .slashSlash: "//", .percent: "%", .starStar: "**",
        .equal: "=", .equalEqual: "==", .bangEqual: "!=", .less: "<", .lessEqual: "<=", .greater: ">", .greaterEqual: ">=",
        .plusEqual: "+=", .minusEqual: "-=", .starEqual: "*=", .slashEqual: "/=",
        .leftParen: "(", .rightParen: ")", .leftBracket: "[", .rightBracket: "]", .leftBrace: "{", .rightBrace: "}",
        .comma: ",", .colon: ":", .dot: ".", .dotDot: "..", .dotDotLess: "..<", .bang: "!", .ampAmp: "&&",
        .pipePipe: "||", .semicolon: ";",
    ]
}

/// A piece of an `f"…"` string: literal text, or an embedded expression with its own position.
public enum FStringPart {
    case text(String)
    case code(String, line: Int, column: Int)
}

public struct Token {
    public let kind: TokenKind
    /// Identifier name or decoded string contents.
    public var text: String = ""
    public var intValue: Int = 0
    public var floatValue: Double = 0
    public var parts: [FStringPart] = []
    public let line: Int
    public let column: Int

    init(_ kind: TokenKind, line: Int, column: Int) {
        self.kind = kind
        self.line = line
        self.column = column
    }
}
