/// Raw (unframed) Snappy decompression, the format Parquet's SNAPPY codec uses: a varint of the
/// uncompressed length, then literals and back-references.
public enum SnappyDecoder {
    public static func decompress(_ bytes: [UInt8]) throws -> [UInt8] {
        try bytes.withUnsafeBytes { try decompress($0) }
    }

    private static func Failure(message: String) -> DatasetError {
        .decompression(codec: "snappy", message: message)
    }

    /// `expected`: the length the caller knows (a page header's), checked against the stream's
    /// own before anything is allocated.
    static func decompress(_ src: UnsafeRawBufferPointer, expected: Int? = nil) throws -> [UInt8] {
        var pos = 0
        var length: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard pos < src.count else { throw Failure(message: "truncated length header") }
            let b = src[pos]; pos += 1
            length |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { break }
            shift += 7
            if shift > 35 { throw Failure(message: "length header too long") }
        }
        guard length <= UInt64(Int32.max) else { throw Failure(message: "uncompressed length \(length) too large") }
        if let expected, length != UInt64(expected) {
            throw Failure(message: "stream holds \(length) bytes, page header says \(expected)")
        }
        let n = Int(length)
        // Ranges are checked before every copy, so the copies themselves go through raw pointers:
        // element by element with bounds checks, this loop was three quarters of reading a
        // snappy file of long strings.
        var o = 0
        let out = try [UInt8](unsafeUninitializedCapacity: n) { dst, initialized in
            initialized = 0
            guard n > 0, let base = dst.baseAddress, let input = src.baseAddress else {
                if pos < src.count { throw Failure(message: "data after the end of an empty stream") }
                return
            }
            // Bytes not written (a stream that ends early) are zeroed before the error is thrown.
            defer { if o < n { (base + o).initialize(repeating: 0, count: n - o) }; initialized = n }
            while pos < src.count {
                let tag = src[pos]; pos += 1
                var len: Int
                var offset: Int
                switch tag & 3 {
                case 0:  // literal
                    len = Int(tag >> 2) + 1
                    if len > 60 {
                        let extra = len - 60
                        guard pos + extra <= src.count else { throw Failure(message: "truncated literal length") }
                        len = 0
                        for k in 0..<extra { len |= Int(src[pos + k]) << (8 * k) }
                        len += 1
                        pos += extra
                    }
                    guard pos + len <= src.count else { throw Failure(message: "literal runs past the input") }
                    guard o + len <= n else { throw Failure(message: "literal runs past the output") }
                    (base + o).initialize(from: input.assumingMemoryBound(to: UInt8.self) + pos, count: len)
                    pos += len; o += len
                    continue
                case 1:
                    guard pos < src.count else { throw Failure(message: "truncated copy") }
                    len = 4 + Int((tag >> 2) & 7)
                    offset = Int(tag >> 5) << 8 | Int(src[pos]); pos += 1
                case 2:
                    guard pos + 2 <= src.count else { throw Failure(message: "truncated copy") }
                    len = Int(tag >> 2) + 1
                    offset = Int(src[pos]) | Int(src[pos + 1]) << 8; pos += 2
                default:
                    guard pos + 4 <= src.count else { throw Failure(message: "truncated copy") }
                    len = Int(tag >> 2) + 1
                    offset = Int(src[pos]) | Int(src[pos + 1]) << 8 | Int(src[pos + 2]) << 16 | Int(src[pos + 3]) << 24
                    pos += 4
                }
                guard offset > 0, offset <= o else { throw Failure(message: "copy offset \(offset) outside the output") }
                guard o + len <= n else { throw Failure(message: "copy runs past the output") }
                if offset >= 8 && o + len + 8 <= n {
                    // Copies are short (at most 64 bytes): eight bytes at a time, each word read
                    // from bytes already written since the offset is at least a word; the few
                    // bytes written past the copy are overwritten by what follows.
                    let raw = UnsafeMutableRawPointer(base)
                    var k = 0
                    while k < len {
                        raw.storeBytes(of: raw.loadUnaligned(fromByteOffset: o - offset + k, as: UInt64.self), toByteOffset: o + k, as: UInt64.self)
                        k += 8
                    }
                } else if offset >= len {
                    (base + o).initialize(from: base + o - offset, count: len)
                } else {
                    // Byte by byte: the copy overlaps the bytes it produces (a run).
                    for k in 0..<len { (base + o + k).initialize(to: base[o - offset + k]) }
                }
                o += len
            }
        }
        guard o == n else { throw Failure(message: "produced \(o) bytes, header says \(n)") }
        return out
    }
}
