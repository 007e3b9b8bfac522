/// Parquet's RLE / bit-packed hybrid encoding, used for definition levels, dictionary indices and
/// RLE booleans: runs of one repeated value alternate with groups of 8 bit-packed values.
struct HybridRLEDecoder {
    struct Failure: Error { let message: String }

    private let buf: UnsafeRawBufferPointer
    private var pos: Int
    private let end: Int
    private let bitWidth: Int

    init(_ buf: UnsafeRawBufferPointer, from start: Int, to end: Int, bitWidth: Int) {
        self.buf = buf
        self.pos = start
        self.end = end
        self.bitWidth = bitWidth
    }

    private mutating func varint() throws -> Int {
        var result = 0, shift = 0
        while true {
            guard pos < end else { throw Failure(message: "levels end inside a run header") }
            let b = buf[pos]; pos += 1
            result |= Int(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 35 { throw Failure(message: "run header too long") }
        }
    }

    /// Decodes exactly `count` values into `out`.
    mutating func decode(count: Int, into out: inout [Int32]) throws {
        out.reserveCapacity(out.count + count)
        var remaining = count
        if bitWidth == 0 {
            out.append(contentsOf: repeatElement(0, count: count))
            return
        }
        guard bitWidth <= 32 else { throw Failure(message: "bit width \(bitWidth) exceeds 32") }
        let mask: UInt64 = (1 << UInt64(bitWidth)) - 1
        while remaining > 0 {
            let header = try varint()
            if header & 1 == 0 {
                let run = header >> 1
                let width = (bitWidth + 7) / 8
                guard pos + width <= end else { throw Failure(message: "levels end inside an RLE run") }
                var v: UInt32 = 0
                for k in 0..<width { v |= UInt32(buf[pos + k]) << (8 * k) }
                pos += width
                let take = min(run, remaining)
                out.append(contentsOf: repeatElement(Int32(bitPattern: v), count: take))
                remaining -= take
            } else {
                let values = (header >> 1) * 8
                let bytes = (header >> 1) * bitWidth
                // The last group may be cut short when the page holds fewer values.
                let available = min(bytes, end - pos)
                var acc: UInt64 = 0
                var bits = 0
                var p = pos
                var produced = 0
                while produced < values && remaining > 0 {
                    while bits < bitWidth {
                        guard p < pos + available else { throw Failure(message: "levels end inside a bit-packed run") }
                        acc |= UInt64(buf[p]) << UInt64(bits)
                        p += 1
                        bits += 8
                    }
                    out.append(Int32(truncatingIfNeeded: acc & mask))
                    acc >>= UInt64(bitWidth)
                    bits -= bitWidth
                    produced += 1
                    remaining -= 1
                }
                pos += available
            }
        }
    }
}
