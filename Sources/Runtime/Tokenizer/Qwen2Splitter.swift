/// Hand-written scanner equal to the split regex of Qwen2 (and, with `maxDigits` 3, Llama 3):
///
///     (?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+
///
/// It walks UTF-8 bytes once; `TokenizerRegexSplitter` runs the pattern itself and tests hold the two equal.
public struct Qwen2Splitter {
    public static let qwen2Pattern =
        #"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#
    public static let llama3Pattern =
        #"(?i:'s|'t|'re|'ve|'m|'ll|'d)|[^\r\n\p{L}\p{N}]?\p{L}+|\p{N}{1,3}| ?[^\s\p{L}\p{N}]+[\r\n]*|\s*[\r\n]+|\s+(?!\S)|\s+"#

    /// How many number characters one piece may hold (`\p{N}` or `\p{N}{1,3}`).
    let maxDigits: Int

    /// The scanner for a pattern it implements exactly, else nil.
    public static func forPattern(_ pattern: String) -> Qwen2Splitter? {
        if pattern == qwen2Pattern { return Qwen2Splitter(maxDigits: 1) }
        if pattern == llama3Pattern { return Qwen2Splitter(maxDigits: 3) }
        return nil
    }

    /// The pieces of `text`, for tests and inspection.
    public func pieces(of text: String) -> [String] {
        var text = text
        return text.withUTF8 { bytes in
            var ends: [Int] = []
            split(bytes, into: &ends)
            var start = 0
            return ends.map { e in
                defer { start = e }
                return String(decoding: UnsafeBufferPointer(rebasing: bytes[start..<e]), as: UTF8.self)
            }
        }
    }

    /// Appends the end offset of every piece of `text` (valid UTF-8) to `ends`.
    func split(_ text: UnsafeBufferPointer<UInt8>, into ends: inout [Int]) {
        TokenizerCharClass.table.withUnsafeBufferPointer { table in
            let cursor = Cursor(text: text, table: table)
            var i = 0
            while i < text.count {
                i = cursor.piece(from: i, maxDigits: maxDigits)
                ends.append(i)
            }
        }
    }

    private struct Cursor {
        let text: UnsafeBufferPointer<UInt8>
        let table: UnsafeBufferPointer<UInt8>
        var n: Int { text.count }

        /// Class of the scalar at byte `i` and the offset just after it.
        @inline(__always) func scalar(at i: Int) -> (cls: UInt8, next: Int, value: UInt32) {
            let b0 = UInt32(text[i])
            if b0 < 0x80 { return (table[Int(b0)], i + 1, b0) }
            var v: UInt32
            var len: Int
            if b0 < 0xE0 {
                v = (b0 & 0x1F) << 6 | UInt32(text[i + 1] & 0x3F); len = 2
            } else if b0 < 0xF0 {
                v = (b0 & 0x0F) << 12 | UInt32(text[i + 1] & 0x3F) << 6 | UInt32(text[i + 2] & 0x3F); len = 3
            } else {
                v = (b0 & 0x07) << 18 | UInt32(text[i + 1] & 0x3F) << 12
                    | UInt32(text[i + 2] & 0x3F) << 6 | UInt32(text[i + 3] & 0x3F); len = 4
            }
            let cls = v < UInt32(table.count) ? table[Int(v)] : TokenizerCharClass.of(v)
            return (cls, i + len, v)
        }

        @inline(__always) func cls(at i: Int) -> UInt8 { i < n ? scalar(at: i).cls : 0 }

        /// Offset after a run of scalars whose class meets `mask`, starting at `i`.
        @inline(__always) func run(from i: Int, mask: UInt8) -> Int {
            var j = i
            while j < n {
                let s = scalar(at: j)
                if s.cls & mask == 0 { break }
                j = s.next
            }
            return j
        }

        /// Offset after a run of scalars whose class avoids `mask`.
        @inline(__always) func runAvoiding(from i: Int, mask: UInt8) -> Int {
            var j = i
            while j < n {
                let s = scalar(at: j)
                if s.cls & mask != 0 { break }
                j = s.next
            }
            return j
        }

        /// Length of a case-insensitive contraction suffix after an apostrophe at `i`, or 0.
        func contraction(after i: Int) -> Int {
            func letter(_ j: Int) -> (UInt8, Int)? {
                guard j < n else { return nil }
                let s = scalar(at: j)
                if s.value == 0x17F { return (UInt8(ascii: "s"), s.next) } // long s folds to s
                guard s.value < 0x80 else { return nil }
                return (UInt8(s.value) | 0x20, s.next)
            }
            guard let (a, j) = letter(i) else { return 0 }
            if a == UInt8(ascii: "s") || a == UInt8(ascii: "t") || a == UInt8(ascii: "m") || a == UInt8(ascii: "d") {
                return j - i
            }
            guard let (b, k) = letter(j) else { return 0 }
            switch (a, b) {
            case (UInt8(ascii: "r"), UInt8(ascii: "e")), (UInt8(ascii: "v"), UInt8(ascii: "e")),
                 (UInt8(ascii: "l"), UInt8(ascii: "l")):
                return k - i
            default: return 0
            }
        }

        func piece(from i: Int, maxDigits: Int) -> Int {
            let L = TokenizerCharClass.letter, N = TokenizerCharClass.number, S = TokenizerCharClass.space
            let NL = TokenizerCharClass.newline
            let first = scalar(at: i)
            let c0 = first.cls
            let i1 = first.next
            // (?i:'s|'t|'re|'ve|'m|'ll|'d)
            if c0 & TokenizerCharClass.apostrophe != 0 {
                let k = contraction(after: i1)
                if k > 0 { return i1 + k }
            }
            // [^\r\n\p{L}\p{N}]?\p{L}+
            if c0 & L != 0 { return run(from: i1, mask: L) }
            if c0 & (NL | N) == 0 && cls(at: i1) & L != 0 { return run(from: i1, mask: L) }
            // \p{N} or \p{N}{1,3}
            if c0 & N != 0 {
                var j = i1
                var count = 1
                while count < maxDigits && j < n {
                    let s = scalar(at: j)
                    if s.cls & N == 0 { break }
                    j = s.next
                    count += 1
                }
                return j
            }
            //  ?[^\s\p{L}\p{N}]+[\r\n]*
            var k = i
            if c0 & TokenizerCharClass.blank != 0 && i1 < n && cls(at: i1) & (S | L | N) == 0 { k = i1 }
            if k < n && cls(at: k) & (S | L | N) == 0 {
                let j = runAvoiding(from: k, mask: S | L | N)
                return run(from: j, mask: NL)
            }
            // Here the scalar at i is white space: measure its run, the last newline in it,
            // and where its last scalar starts.
            var e = i
            var lastNewlineEnd = -1
            var lastStart = i
            var count = 0
            while e < n {
                let s = scalar(at: e)
                if s.cls & S == 0 { break }
                if s.cls & NL != 0 { lastNewlineEnd = s.next }
                lastStart = e
                e = s.next
                count += 1
            }
            // \s*[\r\n]+
            if lastNewlineEnd > 0 { return lastNewlineEnd }
            // \s+(?!\S)
            if e == n { return e }
            if count > 1 { return lastStart }
            // \s+
            return e
        }
    }
}
