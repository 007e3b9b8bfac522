/// The delta encodings: DELTA_BINARY_PACKED integers, DELTA_LENGTH_BYTE_ARRAY (delta-packed
/// lengths, then the bytes) and DELTA_BYTE_ARRAY (front coding: delta-packed prefix lengths, then
/// the suffixes as DELTA_LENGTH_BYTE_ARRAY).
enum ParquetDeltaDecoder {
    private static func failure(_ message: String) -> ParquetDecodeFailure { ParquetDecodeFailure(message: message) }

    /// DELTA_BINARY_PACKED: a header (block size, miniblocks a block, value count, first value),
    /// then blocks of a minimum delta, one bit width a miniblock, and the bit-packed miniblocks.
    /// Decoded in 64 bits with wrapping arithmetic: INT32 columns keep the low 32 bits, which is
    /// how duckdb's 33-bit miniblocks read back. `expected` is the number of values the page holds.
    static func integers(_ b: UnsafeRawBufferPointer, pos: inout Int, expected: Int) throws -> [Int64] {
        func varint() throws -> UInt64 {
            var result: UInt64 = 0, shift: UInt64 = 0
            while true {
                guard pos < b.count else { throw failure("delta-packed values end inside a header") }
                let byte = b[pos]; pos += 1
                result |= UInt64(byte & 0x7F) << shift
                if byte & 0x80 == 0 { return result }
                shift += 7
                guard shift < 64 else { throw failure("delta header varint longer than 64 bits") }
            }
        }
        func zigzag() throws -> Int64 { let u = try varint(); return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1))) }

        let blockSize = try varint(), miniblocks = try varint(), total = try varint()
        var value = try zigzag()
        guard blockSize > 0, blockSize <= 1 << 20, blockSize % 128 == 0, miniblocks > 0, blockSize % miniblocks == 0,
              (blockSize / miniblocks) % 32 == 0 else {
            throw failure("delta header with block size \(blockSize) and \(miniblocks) miniblocks")
        }
        guard total == UInt64(expected) else { throw failure("delta header counts \(total) values, the page holds \(expected)") }
        var out: [Int64] = []
        guard expected > 0 else { return out }
        out.reserveCapacity(expected)
        out.append(value)
        let perMiniblock = Int(blockSize / miniblocks)
        while out.count < expected {
            let minDelta = try zigzag()
            let widthsAt = pos
            guard UInt64(b.count - pos) >= miniblocks else { throw failure("delta block ends inside its bit widths") }
            pos += Int(miniblocks)
            for m in 0..<Int(miniblocks) where out.count < expected {
                let width = Int(b[widthsAt + m])
                guard width <= 64 else { throw failure("delta miniblock bit width \(width) exceeds 64") }
                let take = min(perMiniblock, expected - out.count)
                // The last miniblock is padded to its full size, but a short one is read as far as it goes.
                let bytesNeeded = (take * width + 7) / 8
                guard bytesNeeded <= b.count - pos else { throw failure("delta miniblock runs past the page") }
                var bit = 0
                for _ in 0..<take {
                    let packed = unpack(b, at: pos, bit: bit, width: width)
                    bit += width
                    value = value &+ minDelta &+ Int64(bitPattern: packed)
                    out.append(value)
                }
                pos = min(b.count, pos + perMiniblock * width / 8)
            }
        }
        return out
    }

    /// `width` bits (up to 64) starting `bit` bits after `base`, least significant first.
    private static func unpack(_ b: UnsafeRawBufferPointer, at base: Int, bit: Int, width: Int) -> UInt64 {
        guard width > 0 else { return 0 }
        var result: UInt64 = 0
        var got = 0
        var byte = base + bit / 8
        var offset = bit % 8
        while got < width {
            let chunk = UInt64(b[byte]) >> UInt64(offset)
            result |= got < 64 ? chunk << UInt64(got) : 0
            got += 8 - offset
            offset = 0
            byte += 1
        }
        return width == 64 ? result : result & ((1 << UInt64(width)) - 1)
    }

    /// DELTA_LENGTH_BYTE_ARRAY: the lengths, then all the bytes back to back.
    static func lengthByteArrays(_ b: UnsafeRawBufferPointer, pos: inout Int, expected: Int,
                                 each: (UnsafeRawBufferPointer) throws -> Void) throws {
        let lengths = try integers(b, pos: &pos, expected: expected)
        for n in lengths {
            guard n >= 0, n <= b.count - pos else { throw failure("a byte array of \(n) bytes runs past the page") }
            try each(UnsafeRawBufferPointer(rebasing: b[pos..<(pos + Int(n))]))
            pos += Int(n)
        }
    }

    /// DELTA_BYTE_ARRAY: each value is a prefix of the previous one and its own suffix.
    static func byteArrays(_ b: UnsafeRawBufferPointer, pos: inout Int, expected: Int,
                           each: (UnsafeRawBufferPointer) throws -> Void) throws {
        let prefixes = try integers(b, pos: &pos, expected: expected)
        var previous: [UInt8] = []
        var i = 0
        try lengthByteArrays(b, pos: &pos, expected: expected) { suffix in
            let prefix = prefixes[i]
            i += 1
            guard prefix >= 0, prefix <= previous.count else {
                throw failure("prefix of \(prefix) bytes is longer than the previous value (\(previous.count) bytes)")
            }
            var value = Array(previous[0..<Int(prefix)])
            value.append(contentsOf: suffix)
            try value.withUnsafeBytes(each)
            previous = value
        }
    }
}
