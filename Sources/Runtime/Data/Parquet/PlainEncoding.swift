/// A value section that does not decode; the column chunk reader adds the file, column and page.
struct ParquetDecodeFailure: Error { let message: String }

/// PLAIN encoding: fixed-width little-endian values, length-prefixed byte arrays, packed bits.
/// BYTE_STREAM_SPLIT is PLAIN with the bytes of each value spread over streams, so it is undone
/// into PLAIN bytes and read here too.
enum ParquetPlainDecoder {
    static func decode(_ b: UnsafeRawBufferPointer, pos: inout Int, count: Int, column: ParquetColumn) throws -> [DataCell] {
        var out: [DataCell] = []
        func need(_ n: Int) throws {
            guard n >= 0, n <= b.count - pos else { throw ParquetDecodeFailure(message: "values run past the end of the page") }
        }
        /// Fixed-width values need `count × width` bytes; checked before reserving room for them.
        func fixed(_ width: Int) throws {
            let (total, overflow) = count.multipliedReportingOverflow(by: width)
            guard !overflow else { throw ParquetDecodeFailure(message: "\(count) values of \(width) bytes overflow") }
            try need(total)
            out.reserveCapacity(count)
        }
        switch column.type {
        case .boolean:
            try need((count + 7) / 8)
            out.reserveCapacity(count)
            for i in 0..<count { out.append(.bool((b[pos + i / 8] >> UInt8(i % 8)) & 1 == 1)) }
            pos += (count + 7) / 8
        case .int32:
            try fixed(4)
            for _ in 0..<count {
                out.append(column.cell(Int64(Int32(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: Int32.self)))))
                pos += 4
            }
        case .int64:
            try fixed(8)
            for _ in 0..<count {
                out.append(column.cell(Int64(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: Int64.self))))
                pos += 8
            }
        case .float:
            try fixed(4)
            for _ in 0..<count {
                out.append(.double(Double(Float(bitPattern: UInt32(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: UInt32.self))))))
                pos += 4
            }
        case .double:
            try fixed(8)
            for _ in 0..<count {
                out.append(.double(Double(bitPattern: UInt64(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: UInt64.self)))))
                pos += 8
            }
        case .byteArray:
            // Each value takes at least its 4-byte length.
            try fixed(4)
            for _ in 0..<count {
                try need(4)
                let n = UInt32(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: UInt32.self))
                pos += 4
                guard UInt64(n) <= UInt64(b.count - pos) else { throw ParquetDecodeFailure(message: "a byte array of \(n) bytes runs past the page") }
                out.append(column.cell(bytes: UnsafeRawBufferPointer(rebasing: b[pos..<(pos + Int(n))])))
                pos += Int(n)
            }
        case .fixedLenByteArray, .int96:
            let n = column.typeLength
            try fixed(n)
            for _ in 0..<count {
                out.append(column.cell(bytes: UnsafeRawBufferPointer(rebasing: b[pos..<(pos + n)])))
                pos += n
            }
        }
        return out
    }

    /// BYTE_STREAM_SPLIT: byte k of value i sits at k × count + i. Fixed-width types only.
    static func decodeByteStreamSplit(_ b: UnsafeRawBufferPointer, count: Int, column: ParquetColumn) throws -> [DataCell] {
        guard column.type != .byteArray, column.type != .boolean else {
            throw ParquetDecodeFailure(message: "BYTE_STREAM_SPLIT on a \(column.type) column")
        }
        let width = column.typeLength
        let (total, overflow) = count.multipliedReportingOverflow(by: width)
        guard !overflow, total <= b.count else { throw ParquetDecodeFailure(message: "BYTE_STREAM_SPLIT values run past the end of the page") }
        var plain = [UInt8](repeating: 0, count: total)
        for i in 0..<count {
            for k in 0..<width { plain[i * width + k] = b[k * count + i] }
        }
        return try plain.withUnsafeBytes { p in
            var pos = 0
            return try decode(p, pos: &pos, count: count, column: column)
        }
    }
}
