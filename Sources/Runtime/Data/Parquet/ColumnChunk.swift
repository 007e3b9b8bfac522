import Foundation

/// Walks the pages of one column chunk (an optional dictionary page, then data pages v1 or v2)
/// and decodes them into cells, with nulls where the definition level says so.
struct ParquetColumnChunkReader {
    let buf: UnsafeRawBufferPointer
    let file: String
    let column: ParquetColumn
    let meta: ParquetColumnMeta
    private var dictionary: [DataCell]?

    init(buf: UnsafeRawBufferPointer, file: String, column: ParquetColumn, meta: ParquetColumnMeta) {
        self.buf = buf
        self.file = file
        self.column = column
        self.meta = meta
    }

    private func fail(_ message: String) -> DatasetError {
        .parquet(file: file, message: "column '\(column.name)': " + message)
    }

    /// Decompression errors gain the file and column they happened in.
    private func decompress(_ src: UnsafeRawBufferPointer, codec: ParquetCodec, size: Int) throws -> [UInt8] {
        do { return try ParquetCodecs.decompress(src, codec: codec, size: size) } catch DatasetError.decompression(let c, let m) {
            throw fail("\(c) decompression failed: \(m)")
        }
    }

    mutating func readAll() throws -> [DataCell] {
        guard let codec = ParquetCodec(rawValue: meta.codec) else { throw fail("unknown compression codec \(meta.codec)") }
        var start = Int(meta.dataPageOffset)
        if let d = meta.dictionaryPageOffset, d > 0, d < meta.dataPageOffset { start = Int(d) }
        let end = start + Int(meta.totalCompressedSize)
        guard start >= 4, end <= buf.count - 8, start < end else {
            throw fail("column chunk at bytes \(start)..<\(end) lies outside the file (truncated?)")
        }
        var out: [DataCell] = []
        out.reserveCapacity(Int(meta.numValues))
        var pos = start
        while out.count < Int(meta.numValues) && pos < end {
            var r = ThriftCompactReader(UnsafeRawBufferPointer(rebasing: buf[0..<end]), at: pos)
            let header = try ParquetPageHeader.decode(&r)
            let bodyStart = r.pos
            let bodyEnd = bodyStart + Int(header.compressedSize)
            guard header.compressedSize >= 0, header.uncompressedSize >= 0, bodyEnd <= end else {
                throw fail("page of \(header.compressedSize) bytes runs past the column chunk (truncated?)")
            }
            let body = UnsafeRawBufferPointer(rebasing: buf[bodyStart..<bodyEnd])
            switch header.type {
            case 2: try readDictionaryPage(header, body: body, codec: codec)
            case 0: try readDataPageV1(header, body: body, codec: codec, into: &out)
            case 3: try readDataPageV2(header, body: body, codec: codec, into: &out)
            default: break  // index pages carry nothing we need
            }
            pos = bodyEnd
        }
        guard out.count == Int(meta.numValues) else {
            throw fail("found \(out.count) values, metadata says \(meta.numValues) (truncated?)")
        }
        return out
    }

    private mutating func readDictionaryPage(_ h: ParquetPageHeader, body: UnsafeRawBufferPointer, codec: ParquetCodec) throws {
        guard h.encoding == ParquetEncoding.plain.rawValue || h.encoding == ParquetEncoding.plainDictionary.rawValue else {
            throw fail("dictionary page encoding \(h.encoding) is unsupported")
        }
        let bytes = try decompress(body, codec: codec, size: Int(h.uncompressedSize))
        dictionary = try bytes.withUnsafeBytes { b in
            var pos = 0
            return try plainValues(b, pos: &pos, count: Int(h.numValues))
        }
    }

    private mutating func readDataPageV1(_ h: ParquetPageHeader, body: UnsafeRawBufferPointer, codec: ParquetCodec,
                                         into out: inout [DataCell]) throws {
        let bytes = try decompress(body, codec: codec, size: Int(h.uncompressedSize))
        try bytes.withUnsafeBytes { b in
            var pos = 0
            var levels: [Int32]?
            if column.optional {
                guard h.definitionLevelEncoding == ParquetEncoding.rle.rawValue else {
                    throw fail("definition level encoding \(h.definitionLevelEncoding) is unsupported (RLE is)")
                }
                guard b.count >= 4 else { throw fail("data page too short for its definition levels") }
                let length = Int(b.loadUnaligned(as: UInt32.self).littleEndian)
                guard length <= b.count - 4 else { throw fail("definition levels run past the page") }
                var decoder = HybridRLEDecoder(b, from: 4, to: 4 + length, bitWidth: 1)
                var l: [Int32] = []
                try decoder.decode(count: Int(h.numValues), into: &l)
                levels = l
                pos = 4 + length
            }
            try values(b, pos: pos, header: h, levels: levels, into: &out)
        }
    }

    private mutating func readDataPageV2(_ h: ParquetPageHeader, body: UnsafeRawBufferPointer, codec: ParquetCodec,
                                         into out: inout [DataCell]) throws {
        let repLength = Int(h.repetitionLevelsLength), defLength = Int(h.definitionLevelsLength)
        guard repLength >= 0, defLength >= 0, repLength + defLength <= body.count else {
            throw fail("level lengths of a v2 data page run past the page")
        }
        var levels: [Int32]?
        if column.optional {
            var decoder = HybridRLEDecoder(body, from: repLength, to: repLength + defLength, bitWidth: 1)
            var l: [Int32] = []
            try decoder.decode(count: Int(h.numValues), into: &l)
            levels = l
        }
        // In v2 only the values section is compressed; levels stay plain.
        let valueBytes = UnsafeRawBufferPointer(rebasing: body[(repLength + defLength)...])
        let size = Int(h.uncompressedSize) - repLength - defLength
        let bytes = h.isCompressed ? try decompress(valueBytes, codec: codec, size: size) : Array(valueBytes)
        try bytes.withUnsafeBytes { b in try values(b, pos: 0, header: h, levels: levels, into: &out) }
    }

    /// Decodes the non-null values of a page and spreads them over the rows its levels describe.
    private func values(_ b: UnsafeRawBufferPointer, pos start: Int, header h: ParquetPageHeader, levels: [Int32]?,
                        into out: inout [DataCell]) throws {
        let total = Int(h.numValues)
        let present = levels.map { $0.reduce(0) { $0 + Int($1) } } ?? total
        var pos = start
        let decoded: [DataCell]
        switch ParquetEncoding(rawValue: h.encoding) {
        case .plain:
            decoded = try plainValues(b, pos: &pos, count: present)
        case .plainDictionary, .rleDictionary:
            guard let dictionary else { throw fail("dictionary-encoded page without a dictionary page") }
            guard pos < b.count || present == 0 else { throw fail("dictionary page indices missing") }
            var indices: [Int32] = []
            if present > 0 {
                let width = Int(b[pos])
                var decoder = HybridRLEDecoder(b, from: pos + 1, to: b.count, bitWidth: width)
                try decoder.decode(count: present, into: &indices)
            }
            decoded = try indices.map { i in
                guard i >= 0, Int(i) < dictionary.count else { throw fail("dictionary index \(i) out of range (\(dictionary.count) entries)") }
                return dictionary[Int(i)]
            }
        case .rle where column.type == .boolean:
            guard pos + 4 <= b.count else { throw fail("RLE boolean page too short") }
            let length = Int(b.loadUnaligned(fromByteOffset: pos, as: UInt32.self).littleEndian)
            guard pos + 4 + length <= b.count else { throw fail("RLE booleans run past the page") }
            var decoder = HybridRLEDecoder(b, from: pos + 4, to: pos + 4 + length, bitWidth: 1)
            var bits: [Int32] = []
            try decoder.decode(count: present, into: &bits)
            decoded = bits.map { .bool($0 != 0) }
        default:
            let name = ParquetEncoding(rawValue: h.encoding).map { "\($0)" } ?? "\(h.encoding)"
            throw DatasetError.unsupported(file: file, column: column.name, reason: "value encoding \(name)")
        }
        guard let levels else { out.append(contentsOf: decoded); return }
        var k = 0
        for level in levels.prefix(total) {
            if level == 1 { out.append(decoded[k]); k += 1 } else { out.append(.null) }
        }
    }

    /// PLAIN encoding: fixed-width little-endian values, length-prefixed byte arrays, packed bits.
    private func plainValues(_ b: UnsafeRawBufferPointer, pos: inout Int, count: Int) throws -> [DataCell] {
        var out: [DataCell] = []
        out.reserveCapacity(count)
        func need(_ n: Int) throws {
            guard n >= 0, pos + n <= b.count else { throw fail("values run past the end of the page") }
        }
        switch column.type {
        case .boolean:
            try need((count + 7) / 8)
            for i in 0..<count { out.append(.bool((b[pos + i / 8] >> UInt8(i % 8)) & 1 == 1)) }
            pos += (count + 7) / 8
        case .int32:
            try need(4 * count)
            for _ in 0..<count {
                out.append(integer(Int64(Int32(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: Int32.self)))))
                pos += 4
            }
        case .int64:
            try need(8 * count)
            for _ in 0..<count {
                out.append(integer(Int64(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: Int64.self))))
                pos += 8
            }
        case .float:
            try need(4 * count)
            for _ in 0..<count {
                out.append(.double(Double(Float(bitPattern: UInt32(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: UInt32.self))))))
                pos += 4
            }
        case .double:
            try need(8 * count)
            for _ in 0..<count {
                out.append(.double(Double(bitPattern: UInt64(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: UInt64.self)))))
                pos += 8
            }
        case .byteArray:
            for _ in 0..<count {
                try need(4)
                let n = Int(UInt32(littleEndian: b.loadUnaligned(fromByteOffset: pos, as: UInt32.self)))
                pos += 4
                try need(n)
                let slice = UnsafeRawBufferPointer(rebasing: b[pos..<(pos + n)])
                if case .decimal(let scale) = column.conversion {
                    out.append(.double(ParquetColumnChunkReader.bigEndianDecimal(slice, scale: scale)))
                } else {
                    out.append(.string(String(decoding: slice, as: UTF8.self)))
                }
                pos += n
            }
        case .fixedLenByteArray:
            let n = column.typeLength
            try need(n * count)
            for _ in 0..<count {
                let slice = UnsafeRawBufferPointer(rebasing: b[pos..<(pos + n)])
                if case .decimal(let scale) = column.conversion {
                    out.append(.double(ParquetColumnChunkReader.bigEndianDecimal(slice, scale: scale)))
                }
                pos += n
            }
        case .int96:
            throw DatasetError.unsupported(file: file, column: column.name, reason: "INT96 timestamps")
        }
        return out
    }

    private func integer(_ v: Int64) -> DataCell {
        if case .decimal(let scale) = column.conversion { return .double(Double(v) / pow(10, Double(scale))) }
        return .int(v)
    }

    /// Two's-complement big-endian unscaled value, divided by 10^scale.
    static func bigEndianDecimal(_ bytes: UnsafeRawBufferPointer, scale: Int) -> Double {
        guard let first = bytes.first else { return 0 }
        var v: Double = 0
        for byte in bytes { v = v * 256 + Double(byte) }
        if first & 0x80 != 0 { v -= pow(2, Double(8 * bytes.count)) }
        return v / pow(10, Double(scale))
    }
}
