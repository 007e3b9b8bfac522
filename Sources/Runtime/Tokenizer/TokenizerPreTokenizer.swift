/// Pieces of text in flight through the pre-tokenizers: byte ranges of one buffer.
struct PreTokenPieces {
    var bytes: [UInt8]
    var ranges: [Range<Int>]
}

/// The `pre_tokenizer` of tokenizer.json.
indirect enum TokenizerPreTokenizer {
    enum Behavior: String {
        case isolated = "Isolated", removed = "Removed", mergedWithPrevious = "MergedWithPrevious"
        case mergedWithNext = "MergedWithNext", contiguous = "Contiguous"
    }
    enum Matcher {
        case scanner(Qwen2Splitter)
        case regex(TokenizerRegexSplitter)

        func matches(in text: UnsafeBufferPointer<UInt8>) -> [Range<Int>] {
            switch self {
            case .regex(let r): return r.matches(in: text)
            case .scanner(let s):
                // The scanner's pieces tile the text: every piece is a match.
                var ends: [Int] = []
                s.split(text, into: &ends)
                var start = 0
                return ends.map { e in defer { start = e }; return start..<e }
            }
        }
    }

    case split(Matcher, Behavior, invert: Bool)
    /// Byte-level: optionally a space before each piece, optionally GPT-2's own split pattern.
    /// The mapping to the byte alphabet itself happens in the model, which works on raw bytes.
    case byteLevel(addPrefixSpace: Bool, regex: TokenizerRegexSplitter?)
    case sequence([TokenizerPreTokenizer])

    static let gpt2Pattern = #"'s|'t|'re|'ve|'m|'ll|'d| ?\p{L}+| ?\p{N}+| ?[^\s\p{L}\p{N}]+|\s+(?!\S)|\s+"#

    init(json: TokenizerJSON, file: String) throws {
        guard let type = json["type"]?.stringValue else { throw TokenizerError.missingField(file: file, field: "pre_tokenizer.type") }
        switch type {
        case "Split":
            let matcher: Matcher
            if let pattern = json["pattern"]?["Regex"]?.stringValue {
                if let scanner = Qwen2Splitter.forPattern(pattern) {
                    matcher = .scanner(scanner)
                } else {
                    matcher = .regex(try TokenizerRegexSplitter(pattern: pattern, file: file))
                }
            } else if let literal = json["pattern"]?["String"]?.stringValue {
                matcher = .regex(TokenizerRegexSplitter(literal: literal))
            } else {
                throw TokenizerError.missingField(file: file, field: "pre_tokenizer.pattern")
            }
            let name = json["behavior"]?.stringValue ?? "Isolated"
            guard let behavior = Behavior(rawValue: name) else {
                throw TokenizerError.unsupported(file: file, component: "split behavior", type: name)
            }
            self = .split(matcher, behavior, invert: json["invert"]?.boolValue ?? false)
        case "ByteLevel":
            let useRegex = json["use_regex"]?.boolValue ?? true
            self = .byteLevel(addPrefixSpace: json["add_prefix_space"]?.boolValue ?? false,
                              regex: useRegex ? try TokenizerRegexSplitter(pattern: Self.gpt2Pattern, file: file) : nil)
        case "Sequence":
            guard let items = json["pretokenizers"]?.arrayValue else {
                throw TokenizerError.missingField(file: file, field: "pre_tokenizer.pretokenizers")
            }
            self = .sequence(try items.map { try TokenizerPreTokenizer(json: $0, file: file) })
        default:
            throw TokenizerError.unsupported(file: file, component: "pre-tokenizer", type: type)
        }
    }

    /// True when this pre-tokenizer (or one inside it) is byte-level, as byte-level BPE requires.
    var isByteLevel: Bool {
        switch self {
        case .byteLevel: return true
        case .sequence(let items): return items.contains { $0.isByteLevel }
        case .split: return false
        }
    }

    func apply(_ pieces: inout PreTokenPieces) {
        switch self {
        case .sequence(let items):
            for item in items { item.apply(&pieces) }
        case let .split(.scanner(scanner), .isolated, invert: false):
            // The scanner's pieces are the answer as they come: no cutting around matches.
            var ends: [Int] = []
            var out: [Range<Int>] = []
            out.reserveCapacity(pieces.ranges.count * 4)
            pieces.bytes.withUnsafeBufferPointer { all in
                for r in pieces.ranges {
                    ends.removeAll(keepingCapacity: true)
                    scanner.split(UnsafeBufferPointer(rebasing: all[r]), into: &ends)
                    var start = r.lowerBound
                    for e in ends {
                        out.append(start..<(r.lowerBound + e))
                        start = r.lowerBound + e
                    }
                }
            }
            pieces.ranges = out
        case let .split(matcher, behavior, invert):
            var out: [Range<Int>] = []
            out.reserveCapacity(pieces.ranges.count * 4)
            pieces.bytes.withUnsafeBufferPointer { all in
                for r in pieces.ranges {
                    let found = matcher.matches(in: UnsafeBufferPointer(rebasing: all[r]))
                    Self.splitPieces(range: r, matches: found, behavior: behavior, invert: invert, into: &out)
                }
            }
            pieces.ranges = out
        case let .byteLevel(addPrefixSpace, regex):
            if addPrefixSpace { Self.prefixSpaces(&pieces) }
            if let regex {
                TokenizerPreTokenizer.split(.regex(regex), .isolated, invert: false).apply(&pieces)
            }
        }
    }

    /// Puts a space in front of each piece that does not start with one.
    private static func prefixSpaces(_ pieces: inout PreTokenPieces) {
        var bytes: [UInt8] = []
        var ranges: [Range<Int>] = []
        for r in pieces.ranges {
            let start = bytes.count
            if r.isEmpty || pieces.bytes[r.lowerBound] != 0x20 { bytes.append(0x20) }
            bytes.append(contentsOf: pieces.bytes[r])
            ranges.append(start..<bytes.count)
        }
        pieces = PreTokenPieces(bytes: bytes, ranges: ranges)
    }

    /// Cuts `range` around `matches` (relative to the range) the way `behavior` says.
    private static func splitPieces(range: Range<Int>, matches: [Range<Int>], behavior: Behavior,
                                    invert: Bool, into out: inout [Range<Int>]) {
        let base = range.lowerBound
        // All pieces in order, each flagged as a match of the pattern (after inversion) or not.
        var parts: [(Range<Int>, Bool)] = []
        var cursor = 0
        for m in matches {
            if m.lowerBound > cursor { parts.append((cursor..<m.lowerBound, invert)) }
            parts.append((m, !invert))
            cursor = m.upperBound
        }
        if cursor < range.count { parts.append((cursor..<range.count, invert)) }
        var merged: [Range<Int>] = []
        switch behavior {
        case .isolated:
            merged = parts.map { $0.0 }
        case .removed:
            merged = parts.filter { !$0.1 }.map { $0.0 }
        case .mergedWithPrevious:
            var lastWasMatch = false
            for (r, isMatch) in parts {
                if isMatch, !lastWasMatch, let last = merged.last {
                    merged[merged.count - 1] = last.lowerBound..<r.upperBound
                } else {
                    merged.append(r)
                }
                lastWasMatch = isMatch
            }
        case .mergedWithNext:
            // Mirror of merged-with-previous, walking from the end.
            var nextWasMatch = false
            for (r, isMatch) in parts.reversed() {
                if isMatch, !nextWasMatch, let first = merged.last {
                    merged[merged.count - 1] = r.lowerBound..<first.upperBound
                } else {
                    merged.append(r)
                }
                nextWasMatch = isMatch
            }
            merged.reverse()
        case .contiguous:
            // Neighbours of the same kind join (after inversion, that joins the non-matches).
            var lastWasMatch = false
            for (r, isMatch) in parts {
                if isMatch == lastWasMatch, let last = merged.last {
                    merged[merged.count - 1] = last.lowerBound..<r.upperBound
                } else {
                    merged.append(r)
                }
                lastWasMatch = isMatch
            }
        }
        for r in merged where !r.isEmpty { out.append((r.lowerBound + base)..<(r.upperBound + base)) }
    }
}
