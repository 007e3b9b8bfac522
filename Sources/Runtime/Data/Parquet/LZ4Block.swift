/// LZ4 block format (no frame), Parquet's LZ4_RAW codec: sequences of literals followed by a
/// back-reference, the last sequence literals only. Small enough to need no library.
enum LZ4BlockDecoder {
    private static func failure(_ message: String) -> DatasetError { .decompression(codec: "lz4", message: message) }

    /// Decodes one block into exactly `size` bytes.
    static func decompress(_ src: UnsafeRawBufferPointer, size: Int) throws -> [UInt8] {
        var out = [UInt8](repeating: 0, count: size)
        let produced = try out.withUnsafeMutableBufferPointer { try decompress(src, into: $0) }
        guard produced == size else { throw failure("produced \(produced) bytes, page header says \(size)") }
        return out
    }

    /// Decodes one block into `dst`, returning the number of bytes written.
    static func decompress(_ src: UnsafeRawBufferPointer, into dst: UnsafeMutableBufferPointer<UInt8>) throws -> Int {
        var pos = 0, o = 0
        /// A length nibble of 15 continues in bytes, each added, until one below 255.
        func length(_ nibble: Int) throws -> Int {
            var n = nibble
            guard nibble == 15 else { return n }
            while true {
                guard pos < src.count else { throw failure("input ends inside a length") }
                let b = Int(src[pos]); pos += 1
                n += b
                guard n <= dst.count else { throw failure("a length of \(n) exceeds the output") }
                if b != 255 { return n }
            }
        }
        while pos < src.count {
            let token = Int(src[pos]); pos += 1
            let literals = try length(token >> 4)
            guard literals <= src.count - pos else { throw failure("literals run past the input") }
            guard literals <= dst.count - o else { throw failure("literals run past the output") }
            for k in 0..<literals { dst[o + k] = src[pos + k] }
            pos += literals; o += literals
            if pos == src.count { break }  // the last sequence has no match
            guard src.count - pos >= 2 else { throw failure("input ends inside a match offset") }
            let offset = Int(src[pos]) | Int(src[pos + 1]) << 8
            pos += 2
            guard offset > 0, offset <= o else { throw failure("match offset \(offset) outside the output") }
            let match = try length(token & 15) + 4
            guard match <= dst.count - o else { throw failure("match runs past the output") }
            // Byte by byte: a match may overlap the bytes it produces.
            for k in 0..<match { dst[o + k] = dst[o - offset + k] }
            o += match
        }
        return o
    }
}
