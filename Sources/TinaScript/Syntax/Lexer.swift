/// Turns source text into tokens. Works on UTF-8 bytes; columns count bytes from 1.
/// An unterminated `"""` string is reported as incomplete (the REPL asks for more lines).
public struct Lexer {
    private let source: SourceText
    private let bytes: [UInt8]
    private var pos = 0
    private var line: Int
    private var lineStart: Int
    private var tokens: [Token] = []

    /// `line`/`column` shift positions for text embedded in a larger source (f-string expressions).
    public init(_ source: SourceText, text: String? = nil, line: Int? = nil, column: Int = 1) {
        self.source = source
        self.bytes = Array((text ?? source.text).utf8)
        self.line = line ?? source.firstLine
        self.lineStart = -(column - 1)
    }

    public static func tokenize(_ source: SourceText) throws -> [Token] {
        var lexer = Lexer(source)
        return try lexer.run()
    }

    public mutating func run() throws -> [Token] {
        while true {
            skipSpaceAndComments()
            guard pos < bytes.count else { break }
            try scanToken()
        }
        tokens.append(Token(.eof, line: line, column: pos - lineStart + 1))
        return tokens
    }

    private var column: Int { pos - lineStart + 1 }

    private func peek(_ ahead: Int = 0) -> UInt8 {
        pos + ahead < bytes.count ? bytes[pos + ahead] : 0
    }

    private func loc(_ line: Int, _ column: Int) -> SourceLoc {
        SourceLoc(source: source, line: line, column: column)
    }

    private mutating func skipSpaceAndComments() {
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: " ") || c == UInt8(ascii: "\t") || c == UInt8(ascii: "\r") {
                pos += 1
            } else if c == UInt8(ascii: "#") {
                while pos < bytes.count && bytes[pos] != UInt8(ascii: "\n") { pos += 1 }
            } else if c == UInt8(ascii: "\\") && peek(1) == UInt8(ascii: "\n") {
                // An explicit line continuation.
                pos += 2
                newLine()
            } else {
                return
            }
        }
    }

    private mutating func newLine() {
        line += 1
        lineStart = pos
    }

    private mutating func add(_ kind: TokenKind, _ length: Int) {
        tokens.append(Token(kind, line: line, column: column))
        pos += length
    }

    private mutating func scanToken() throws {
        let c = bytes[pos]
        switch c {
        case UInt8(ascii: "\n"):
            if tokens.last?.kind != .newline { tokens.append(Token(.newline, line: line, column: column)) }
            pos += 1
            newLine()
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            try scanNumber()
        case UInt8(ascii: "\""):
            try scanString(raw: false, format: false)
        case UInt8(ascii: "r") where peek(1) == UInt8(ascii: "\""):
            pos += 1
            try scanString(raw: true, format: false)
        case UInt8(ascii: "f") where peek(1) == UInt8(ascii: "\""):
            pos += 1
            try scanString(raw: false, format: true)
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "_"):
            scanIdentifier()
        default:
            try scanPunctuation(c)
        }
    }

    private mutating func scanIdentifier() {
        let start = pos, startColumn = column
        while pos < bytes.count, Self.isIdentByte(bytes[pos]) { pos += 1 }
        let name = String(decoding: bytes[start..<pos], as: UTF8.self)
        var token = Token(TokenKind.keywords[name] ?? .identifier, line: line, column: startColumn)
        token.text = name
        tokens.append(token)
    }

    static func isIdentByte(_ c: UInt8) -> Bool {
        (c >= UInt8(ascii: "a") && c <= UInt8(ascii: "z")) || (c >= UInt8(ascii: "A") && c <= UInt8(ascii: "Z"))
            || (c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9")) || c == UInt8(ascii: "_")
    }

    private mutating func scanNumber() throws {
        let start = pos, startColumn = column
        var isFloat = false
        func digits() { while pos < bytes.count, isDigit(bytes[pos]) || bytes[pos] == UInt8(ascii: "_") { pos += 1 } }
        digits()
        // `1..10` is a range: a dot followed by a dot is not a decimal point.
        if peek() == UInt8(ascii: "."), isDigit(peek(1)) {
            isFloat = true
            pos += 1
            digits()
        }
        if peek() == UInt8(ascii: "e") || peek() == UInt8(ascii: "E") {
            let sign = peek(1) == UInt8(ascii: "+") || peek(1) == UInt8(ascii: "-") ? 1 : 0
            if isDigit(peek(1 + sign)) {
                isFloat = true
                pos += 1 + sign
                digits()
            }
        }
        let text = String(String(decoding: bytes[start..<pos], as: UTF8.self).filter { $0 != "_" })
        var token = Token(isFloat ? .float : .int, line: line, column: startColumn)
        if isFloat {
            guard let value = Double(text) else { throw ScriptError.syntax(message: "bad number '\(text)'", at: loc(line, startColumn)) }
            token.floatValue = value
        } else {
            guard let value = Int(text) else {
                throw ScriptError.syntax(message: "integer literal '\(text)' does not fit in 64 bits", at: loc(line, startColumn))
            }
            token.intValue = value
        }
        if pos < bytes.count, Self.isIdentByte(bytes[pos]) {
            throw ScriptError.syntax(message: "unexpected character after number", at: loc(line, column))
        }
        tokens.append(token)
    }

    private func isDigit(_ c: UInt8) -> Bool { c >= UInt8(ascii: "0") && c <= UInt8(ascii: "9") }

    /// string := '"' chars '"' | '"""' chars '"""'; `r` disables escapes, `f` enables `{expr}`.
    private mutating func scanString(raw: Bool, format: Bool) throws {
        let startLine = line, startColumn = column - (raw || format ? 1 : 0)
        let triple = peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"")
        pos += triple ? 3 : 1
        var text: [UInt8] = []
        var parts: [FStringPart] = []
        while true {
            guard pos < bytes.count else {
                let message = "unterminated string"
                if triple { throw ScriptError.incomplete(message: message, at: loc(startLine, startColumn)) }
                throw ScriptError.syntax(message: message, at: loc(startLine, startColumn))
            }
            let c = bytes[pos]
            if c == UInt8(ascii: "\"") {
                if !triple { pos += 1; break }
                if peek(1) == UInt8(ascii: "\"") && peek(2) == UInt8(ascii: "\"") { pos += 3; break }
            }
            if c == UInt8(ascii: "\n") {
                if !triple { throw ScriptError.syntax(message: "unterminated string (use \"\"\" for several lines)", at: loc(startLine, startColumn)) }
                text.append(c)
                pos += 1
                newLine()
                continue
            }
            if c == UInt8(ascii: "\\") && !raw {
                try scanEscape(into: &text)
                continue
            }
            if format && c == UInt8(ascii: "{") {
                if peek(1) == UInt8(ascii: "{") { text.append(c); pos += 2; continue }
                if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))); text = [] }
                parts.append(try scanInterpolation())
                continue
            }
            if format && c == UInt8(ascii: "}") && peek(1) == UInt8(ascii: "}") {
                text.append(c)
                pos += 2
                continue
            }
            text.append(c)
            pos += 1
        }
        var token = Token(format ? .fstring : .string, line: startLine, column: startColumn)
        if format {
            if !text.isEmpty { parts.append(.text(String(decoding: text, as: UTF8.self))) }
            token.parts = parts
        } else {
            token.text = String(decoding: text, as: UTF8.self)
        }
        tokens.append(token)
    }

    /// The `{expr}` of an f-string, up to the matching brace (nested braces and quotes respected).
    private mutating func scanInterpolation() throws -> FStringPart {
        let openLine = line, openColumn = column
        pos += 1
        let start = pos, codeLine = line, codeColumn = column
        var depth = 0
        var quoted = false
        while pos < bytes.count {
            let c = bytes[pos]
            if c == UInt8(ascii: "\n") { break }
            if quoted {
                if c == UInt8(ascii: "\\") { pos += 1 } else if c == UInt8(ascii: "\"") { quoted = false }
            } else if c == UInt8(ascii: "\"") {
                quoted = true
            } else if c == UInt8(ascii: "{") {
                depth += 1
            } else if c == UInt8(ascii: "}") {
                if depth == 0 {
                    let code = String(decoding: bytes[start..<pos], as: UTF8.self)
                    pos += 1
                    if code.allSatisfy({ $0 == " " }) {
                        throw ScriptError.syntax(message: "empty {} in f-string (write {{}} for braces)", at: loc(openLine, openColumn))
                    }
                    return .code(code, line: codeLine, column: codeColumn)
                }
                depth -= 1
            }
            pos += 1
        }
        throw ScriptError.syntax(message: "unclosed '{' in f-string (write {{ for a brace)", at: loc(openLine, openColumn))
    }

    private mutating func scanEscape(into text: inout [UInt8]) throws {
        let escLine = line, escColumn = column
        let e = peek(1)
        pos += 2
        switch e {
        case UInt8(ascii: "n"): text.append(10)
        case UInt8(ascii: "t"): text.append(9)
        case UInt8(ascii: "r"): text.append(13)
        case UInt8(ascii: "0"): text.append(0)
        case UInt8(ascii: "\\"), UInt8(ascii: "\""), UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "'"): text.append(e)
        case UInt8(ascii: "\n"): newLine() // a backslash at the end of a line joins lines
        case UInt8(ascii: "u"):
            guard peek() == UInt8(ascii: "{") else {
                // JSON's form: \uXXXX, with surrogate pairs for characters beyond the BMP.
                func hex4(_ at: Int) -> UInt32? {
                    guard at + 4 <= bytes.count else { return nil }
                    return UInt32(String(decoding: bytes[at..<(at + 4)], as: UTF8.self), radix: 16)
                }
                guard var code = hex4(pos) else {
                    throw ScriptError.syntax(message: "bad unicode escape (write \\uXXXX or \\u{hex})", at: loc(escLine, escColumn))
                }
                pos += 4
                if (0xD800...0xDBFF).contains(code), peek() == UInt8(ascii: "\\"), peek(1) == UInt8(ascii: "u"),
                   let low = hex4(pos + 2), (0xDC00...0xDFFF).contains(low) {
                    code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                    pos += 6
                }
                guard let scalar = Unicode.Scalar(code) else {
                    throw ScriptError.syntax(message: "unpaired surrogate in unicode escape", at: loc(escLine, escColumn))
                }
                text.append(contentsOf: Array(String(Character(scalar)).utf8))
                return
            }
            let start = pos + 1
            var end = start
            while end < bytes.count, end - start <= 8, bytes[end] != UInt8(ascii: "}") { end += 1 }
            if end < bytes.count, bytes[end] == UInt8(ascii: "}"),
               let code = UInt32(String(decoding: bytes[start..<end], as: UTF8.self), radix: 16),
               let scalar = Unicode.Scalar(code) {
                text.append(contentsOf: Array(String(Character(scalar)).utf8))
                pos = end + 1
                return
            }
            throw ScriptError.syntax(message: "bad unicode escape (write \\u{hex})", at: loc(escLine, escColumn))
        default:
            throw ScriptError.syntax(message: "unknown escape '\\\(Character(Unicode.Scalar(e)))' (use r\"…\" for raw text)", at: loc(escLine, escColumn))
        }
    }

    private mutating func scanPunctuation(_ c: UInt8) throws {
        let n = peek(1), n2 = peek(2)
        let eq = n == UInt8(ascii: "=")
        switch c {
        case UInt8(ascii: "+"): eq ? add(.plusEqual, 2) : add(.plus, 1)
        case UInt8(ascii: "-"): eq ? add(.minusEqual, 2) : add(.minus, 1)
        case UInt8(ascii: "*"): n == UInt8(ascii: "*") ? add(.starStar, 2) : eq ? add(.starEqual, 2) : add(.star, 1)
        case UInt8(ascii: "/"): n == UInt8(ascii: "/") ? add(.slashSlash, 2) : eq ? add(.slashEqual, 2) : add(.slash, 1)
        case UInt8(ascii: "%"): add(.percent, 1)
        case UInt8(ascii: "="): eq ? add(.equalEqual, 2) : add(.equal, 1)
        case UInt8(ascii: "!"): eq ? add(.bangEqual, 2) : add(.bang, 1)
        case UInt8(ascii: "<"): eq ? add(.lessEqual, 2) : add(.less, 1)
        case UInt8(ascii: ">"): eq ? add(.greaterEqual, 2) : add(.greater, 1)
        case UInt8(ascii: "("): add(.leftParen, 1)
        case UInt8(ascii: ")"): add(.rightParen, 1)
        case UInt8(ascii: "["): add(.leftBracket, 1)
        case UInt8(ascii: "]"): add(.rightBracket, 1)
        case UInt8(ascii: "{"): add(.leftBrace, 1)
        case UInt8(ascii: "}"): add(.rightBrace, 1)
        case UInt8(ascii: ","): add(.comma, 1)
        case UInt8(ascii: ":"): add(.colon, 1)
        case UInt8(ascii: ";"): add(.semicolon, 1)
        case UInt8(ascii: "."):
            if n == UInt8(ascii: ".") { n2 == UInt8(ascii: "<") ? add(.dotDotLess, 3) : add(.dotDot, 2) } else { add(.dot, 1) }
        case UInt8(ascii: "&") where n == UInt8(ascii: "&"): add(.ampAmp, 2)
        case UInt8(ascii: "|") where n == UInt8(ascii: "|"): add(.pipePipe, 2)
        default:
            let scalar = String(decoding: bytes[pos..<min(bytes.count, pos + Self.utf8Length(c))], as: UTF8.self)
            throw ScriptError.syntax(message: "unexpected character '\(scalar)'", at: loc(line, column))
        }
    }

    private static func utf8Length(_ lead: UInt8) -> Int {
        lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4
    }
}
