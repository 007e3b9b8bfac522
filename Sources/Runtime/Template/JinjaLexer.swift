/// A piece of template source: literal text, `{{ expression }}` or `{% statement %}`, each with
/// the tokens of its inside. Whitespace control and the trim_blocks/lstrip_blocks settings that
/// transformers renders chat templates with are applied here.
enum JinjaSegment {
    case text(String)
    case output([JinjaToken], at: Int)
    case statement([JinjaToken], at: Int)
}

struct JinjaToken: Equatable {
    enum Kind: Equatable {
        case name(String)
        case string(String)
        case int(Int)
        case double(Double)
        case op(String)
    }
    let kind: Kind
    let offset: Int
}

struct JinjaLexer {
    let chars: [Character]
    let map: JinjaSourceMap

    init(_ source: String) {
        chars = Array(source)
        map = JinjaSourceMap(source: chars)
    }

    private func starts(_ s: String, at i: Int) -> Bool {
        var j = i
        for c in s {
            guard j < chars.count, chars[j] == c else { return false }
            j += 1
        }
        return true
    }

    func segments() throws -> [JinjaSegment] {
        var out: [JinjaSegment] = []
        var text: [Character] = []
        var textStart = 0
        var i = 0
        func flushText() {
            if !text.isEmpty { out.append(.text(String(text))) }
            text.removeAll()
        }
        while i < chars.count {
            let c = chars[i]
            guard c == "{", i + 1 < chars.count, chars[i + 1] == "{" || chars[i + 1] == "%" || chars[i + 1] == "#" else {
                text.append(c)
                i += 1
                continue
            }
            let kind = chars[i + 1]
            let start = i
            i += 2
            var marker: Character = " "
            if i < chars.count && (chars[i] == "-" || chars[i] == "+") { marker = chars[i]; i += 1 }
            if marker == "-" {
                while let last = text.last, last.isWhitespace { text.removeLast() }
            } else if kind != "{" && marker != "+" {
                // lstrip_blocks: blanks between a line start and a block or comment tag go.
                let lineStart = (text.lastIndex(of: "\n") ?? -1) + 1
                let atLineStart = lineStart > 0 || textStart == 0 || chars[textStart - 1] == "\n"
                if atLineStart && text[lineStart...].allSatisfy({ $0 == " " || $0 == "\t" }) {
                    text.removeSubrange(lineStart...)
                }
            }
            var end: Int
            if kind == "#" {
                guard let close = find("#}", from: i) else { throw map.syntax("unterminated comment", at: start) }
                end = close
                i = close + 2
            } else {
                let (tokens, close) = try tokenize(from: i, closer: kind == "{" ? "}}" : "%}", tagStart: start)
                end = close
                i = close + 2
                let body = close > 0 && chars[close - 1] == "-" && tokens.last?.kind == .op("-") ? Array(tokens.dropLast()) : tokens
                flushText()
                if kind == "{" {
                    out.append(.output(body, at: start))
                } else if case .name("raw")? = body.first?.kind, body.count == 1 {
                    // {% raw %} ... {% endraw %}: the inside is text; the endraw tag's own
                    // whitespace control applies after it.
                    guard let raw = findEndRaw(from: i) else { throw map.syntax("missing endraw", at: start) }
                    text.append(contentsOf: chars[i..<raw.textEnd])
                    end = raw.closer
                    i = raw.closer + 2
                } else {
                    out.append(.statement(body, at: start))
                }
            }
            // Right side: `-` strips all following white space; trim_blocks drops one newline
            // after a block or comment tag.
            if end > start + 2 && chars[end - 1] == "-" {
                while i < chars.count && chars[i].isWhitespace { i += 1 }
            } else if kind != "{" && i < chars.count && chars[i] == "\n" {
                i += 1
            }
            textStart = i
        }
        flushText()
        return out
    }

    private func find(_ s: String, from i: Int) -> Int? {
        var j = i
        while j < chars.count {
            if starts(s, at: j) { return j }
            j += 1
        }
        return nil
    }

    /// Where the text inside {% raw %} ends and the offset of the endraw tag's "%}".
    private func findEndRaw(from i: Int) -> (textEnd: Int, closer: Int)? {
        var j = i
        while let open = find("{%", from: j) {
            var k = open + 2
            if k < chars.count && (chars[k] == "-" || chars[k] == "+") { k += 1 }
            while k < chars.count && chars[k] == " " { k += 1 }
            if starts("endraw", at: k), let close = find("%}", from: k) {
                var textEnd = open
                if chars[open + 2] == "-" { while textEnd > i && chars[textEnd - 1].isWhitespace { textEnd -= 1 } }
                return (textEnd, close)
            }
            j = open + 2
        }
        return nil
    }

    /// Tokens from `i` up to `closer` outside string literals; returns them and the closer's offset.
    private func tokenize(from start: Int, closer: String, tagStart: Int) throws -> ([JinjaToken], Int) {
        var tokens: [JinjaToken] = []
        var i = start
        let twoCharOps: Set<String> = ["==", "!=", "<=", ">=", "//", "**"]
        while i < chars.count {
            let c = chars[i]
            if starts(closer, at: i) { return (tokens, i) }
            if c.isWhitespace { i += 1; continue }
            if c == "'" || c == "\"" {
                let (s, end) = try stringLiteral(from: i)
                tokens.append(JinjaToken(kind: .string(s), offset: i))
                i = end
                continue
            }
            if c.isNumber && c.isASCII {
                var j = i
                while j < chars.count && (chars[j].isASCII && chars[j].isNumber || chars[j] == "_") { j += 1 }
                var isFloat = false
                if j + 1 < chars.count && chars[j] == "." && chars[j + 1].isASCII && chars[j + 1].isNumber {
                    isFloat = true
                    j += 1
                    while j < chars.count && chars[j].isASCII && chars[j].isNumber { j += 1 }
                }
                let text = String(chars[i..<j]).replacingOccurrences(of: "_", with: "")
                tokens.append(JinjaToken(kind: isFloat ? .double(Double(text)!) : .int(Int(text) ?? Int.max), offset: i))
                i = j
                continue
            }
            if c == "_" || c.isLetter {
                var j = i
                while j < chars.count && (chars[j] == "_" || chars[j].isLetter || chars[j].isNumber) { j += 1 }
                tokens.append(JinjaToken(kind: .name(String(chars[i..<j])), offset: i))
                i = j
                continue
            }
            if i + 1 < chars.count, twoCharOps.contains(String(chars[i...i + 1])) {
                tokens.append(JinjaToken(kind: .op(String(chars[i...i + 1])), offset: i))
                i += 2
                continue
            }
            if "+-*/%~<>=.,:()[]{}|".contains(c) {
                tokens.append(JinjaToken(kind: .op(String(c)), offset: i))
                i += 1
                continue
            }
            throw map.syntax("unexpected character '\(c)'", at: i)
        }
        throw map.syntax("tag is not closed with '\(closer)'", at: tagStart)
    }

    private func stringLiteral(from start: Int) throws -> (String, Int) {
        let quote = chars[start]
        var out = ""
        var i = start + 1
        while i < chars.count {
            let c = chars[i]
            if c == quote { return (out, i + 1) }
            if c == "\\" && i + 1 < chars.count {
                let e = chars[i + 1]
                i += 2
                switch e {
                case "n": out.append("\n")
                case "t": out.append("\t")
                case "r": out.append("\r")
                case "\\": out.append("\\")
                case "'": out.append("'")
                case "\"": out.append("\"")
                case "u", "x":
                    let width = e == "u" ? 4 : 2
                    guard i + width <= chars.count, let v = UInt32(String(chars[i..<i + width]), radix: 16),
                          let s = Unicode.Scalar(v) else { throw map.syntax("invalid \\\(e) escape", at: i - 2) }
                    out.unicodeScalars.append(s)
                    i += width
                default:
                    // Python keeps unknown escapes as written.
                    out.append("\\")
                    out.append(e)
                }
                continue
            }
            out.append(c)
            i += 1
        }
        throw map.syntax("unterminated string", at: start)
    }
}
