/// What one column chunk holds: a definition and repetition level for every entry (a value, a
/// null, or an empty or null list somewhere above the leaf) and the leaf values that are present.
struct ParquetLeafData {
    /// Empty when the column has no optional or repeated node on its path (all levels are 0).
    var definitions: [UInt8] = []
    /// Empty when the column is not inside a list.
    var repetitions: [UInt8] = []
    var values: [DataCell] = []
    var count = 0
    /// The first entry of each data page and the page's number (1-based, counting every page of
    /// the chunk), so that assembly errors can name the page.
    var pageStarts: [(entry: Int, page: Int)] = []

    /// The number of the page that holds `entry`.
    func page(of entry: Int) -> Int {
        var low = 0, high = pageStarts.count
        while low < high {
            let mid = (low + high) / 2
            if pageStarts[mid].entry <= entry { low = mid + 1 } else { high = mid }
        }
        return low > 0 ? pageStarts[low - 1].page : 1
    }
}

/// Walks the pages of one column chunk (an optional dictionary page, then data pages v1 or v2,
/// whose encodings may change from dictionary to PLAIN within the chunk) and decodes their
/// levels and values.
struct ParquetColumnChunkReader {
    let file: String
    let column: ParquetColumn
    let meta: ParquetColumnMeta
    let rowGroup: Int
    private var dictionary: [DataCell]?
    private var page = 0
    private var data = ParquetLeafData()

    /// A page may not claim more entries than this or unpack to more bytes: such headers are
    /// damage, and believing them would allocate without bound.
    static let maxPageEntries = 1 << 24
    static let maxPageBytes = 1 << 30

    init(file: String, column: ParquetColumn, meta: ParquetColumnMeta, rowGroup: Int) {
        self.file = file
        self.column = column
        self.meta = meta
        self.rowGroup = rowGroup
    }

    private var place: String { "column '\(column.name)' (row group \(rowGroup)" + (page > 0 ? ", page \(page))" : ")") }

    private func fail(_ message: String) -> DatasetError { .parquet(file: file, message: "\(place): \(message)") }

    /// The bytes of the file that hold the chunk (its dictionary page first), checked against the
    /// file's size; nil when the chunk holds nothing to read.
    func byteRange(fileSize: Int) throws -> Range<Int>? {
        guard ParquetCodec(rawValue: meta.codec) != nil else { throw fail("unknown compression codec \(meta.codec)") }
        // A chunk of an empty row group holds nothing to read, whatever its offsets say.
        if meta.numValues == 0 { return nil }
        var start = meta.dataPageOffset
        if let d = meta.dictionaryPageOffset, d > 0, d < meta.dataPageOffset { start = d }
        let (end, overflow) = start.addingReportingOverflow(meta.totalCompressedSize)
        guard start >= 4, !overflow, meta.totalCompressedSize > 0, end <= Int64(fileSize) - 8 else {
            throw fail("column chunk at byte \(start), \(meta.totalCompressedSize) bytes long, lies outside the file (truncated?)")
        }
        guard meta.numValues >= 0, meta.numValues <= Int64(Self.maxPageEntries) * 64 else {
            throw fail("metadata claims \(meta.numValues) values")
        }
        return Int(start)..<Int(end)
    }

    /// Decodes the chunk from its bytes, `chunk` being the file's bytes in `byteRange`.
    consuming func readAll(_ chunk: UnsafeRawBufferPointer) throws -> ParquetLeafData {
        guard let codec = ParquetCodec(rawValue: meta.codec) else { throw fail("unknown compression codec \(meta.codec)") }
        let end = chunk.count
        var pos = 0
        while data.count < Int(meta.numValues) && pos < end {
            page += 1
            var r = ThriftCompactReader(chunk, at: pos)
            let header: ParquetPageHeader
            do { header = try ParquetPageHeader.decode(&r) } catch let e as ThriftCompactReader.Failure {
                throw fail("corrupt page header: \(e.message)")
            }
            guard header.compressedSize >= 0, Int(header.compressedSize) <= chunk.count - r.pos else {
                throw fail("page of \(header.compressedSize) bytes runs past the column chunk (truncated?)")
            }
            guard header.uncompressedSize >= 0, Int(header.uncompressedSize) <= Self.maxPageBytes else {
                throw fail("page claims \(header.uncompressedSize) uncompressed bytes")
            }
            guard header.numValues >= 0, Int(header.numValues) <= Self.maxPageEntries else {
                throw fail("page claims \(header.numValues) values")
            }
            let body = UnsafeRawBufferPointer(rebasing: chunk[r.pos..<(r.pos + Int(header.compressedSize))])
            do {
                switch header.type {
                case 2: try readDictionaryPage(header, body: body, codec: codec)
                case 0: try readDataPageV1(header, body: body, codec: codec)
                case 3: try readDataPageV2(header, body: body, codec: codec)
                default: break  // index pages carry nothing rows need
                }
            } catch let e as ParquetDecodeFailure {
                throw fail(e.message)
            } catch let e as HybridRLEDecoder.Failure {
                throw fail(e.message)
            } catch DatasetError.decompression(let c, let m) {
                throw fail("\(c) decompression failed: \(m)")
            }
            pos = r.pos + Int(header.compressedSize)
        }
        guard data.count == Int(meta.numValues) else {
            throw fail("the pages hold \(data.count) values, the column metadata says \(meta.numValues) (truncated?)")
        }
        return data
    }

    private mutating func readDictionaryPage(_ h: ParquetPageHeader, body: UnsafeRawBufferPointer, codec: ParquetCodec) throws {
        guard h.encoding == ParquetEncoding.plain.rawValue || h.encoding == ParquetEncoding.plainDictionary.rawValue else {
            throw ParquetDecodeFailure(message: "dictionary page encoding \(encodingName(h.encoding)) is unsupported (PLAIN is)")
        }
        let bytes = try ParquetCodecs.decompress(body, codec: codec, size: Int(h.uncompressedSize))
        dictionary = try bytes.withUnsafeBytes { b in
            var pos = 0
            return try ParquetPlainDecoder.decode(b, pos: &pos, count: Int(h.numValues), column: column)
        }
    }

    private mutating func readDataPageV1(_ h: ParquetPageHeader, body: UnsafeRawBufferPointer, codec: ParquetCodec) throws {
        let bytes = try ParquetCodecs.decompress(body, codec: codec, size: Int(h.uncompressedSize))
        try bytes.withUnsafeBytes { b in
            var pos = 0
            /// v1 levels carry a 4-byte length before their RLE runs.
            func levels(max: Int, into out: inout [UInt8], what: String) throws {
                guard max > 0 else { return }
                guard h.definitionLevelEncoding == ParquetEncoding.rle.rawValue else {
                    throw ParquetDecodeFailure(message: "level encoding \(h.definitionLevelEncoding) is unsupported (RLE is)")
                }
                guard b.count - pos >= 4 else { throw ParquetDecodeFailure(message: "data page too short for its \(what) levels") }
                let length = b.loadUnaligned(fromByteOffset: pos, as: UInt32.self).littleEndian
                guard UInt64(length) <= UInt64(b.count - pos - 4) else { throw ParquetDecodeFailure(message: "\(what) levels run past the page") }
                try Self.decodeLevels(b, from: pos + 4, to: pos + 4 + Int(length), count: Int(h.numValues), max: max, into: &out, what: what)
                pos += 4 + Int(length)
            }
            let first = data.count
            try levels(max: column.maxRepetition, into: &data.repetitions, what: "repetition")
            try levels(max: column.maxDefinition, into: &data.definitions, what: "definition")
            try values(UnsafeRawBufferPointer(rebasing: b[pos...]), header: h, firstEntry: first)
        }
    }

    private mutating func readDataPageV2(_ h: ParquetPageHeader, body: UnsafeRawBufferPointer, codec: ParquetCodec) throws {
        let repLength = Int(h.repetitionLevelsLength), defLength = Int(h.definitionLevelsLength)
        guard repLength >= 0, defLength >= 0, repLength + defLength <= body.count, repLength + defLength <= Int(h.uncompressedSize) else {
            throw ParquetDecodeFailure(message: "level lengths of a v2 data page run past the page")
        }
        let first = data.count
        let count = Int(h.numValues)
        if column.maxRepetition > 0 {
            try Self.decodeLevels(body, from: 0, to: repLength, count: count, max: column.maxRepetition, into: &data.repetitions, what: "repetition")
        }
        if column.maxDefinition > 0 {
            try Self.decodeLevels(body, from: repLength, to: repLength + defLength, count: count, max: column.maxDefinition,
                             into: &data.definitions, what: "definition")
        }
        // In v2 only the values are compressed, and only when `is_compressed` says so.
        let valueBytes = UnsafeRawBufferPointer(rebasing: body[(repLength + defLength)...])
        let size = Int(h.uncompressedSize) - repLength - defLength
        if h.isCompressed && codec != .uncompressed {
            let bytes = try ParquetCodecs.decompress(valueBytes, codec: codec, size: size)
            try bytes.withUnsafeBytes { try values($0, header: h, firstEntry: first) }
        } else {
            try values(valueBytes, header: h, firstEntry: first)
        }
    }

    private static func decodeLevels(_ b: UnsafeRawBufferPointer, from: Int, to: Int, count: Int, max: Int,
                              into out: inout [UInt8], what: String) throws {
        var decoder = HybridRLEDecoder(b, from: from, to: to, bitWidth: Int.bitWidth - max.leadingZeroBitCount)
        var levels: [Int32] = []
        do { try decoder.decode(count: count, into: &levels) } catch let e as HybridRLEDecoder.Failure {
            throw ParquetDecodeFailure(message: "\(what) levels: \(e.message)")
        }
        out.reserveCapacity(out.count + count)
        for level in levels {
            guard level >= 0, Int(level) <= max else {
                throw ParquetDecodeFailure(message: "\(what) level \(level) exceeds the column's maximum \(max)")
            }
            out.append(UInt8(level))
        }
    }

    /// Decodes the present values of a data page whose levels are already in `data`.
    private mutating func values(_ b: UnsafeRawBufferPointer, header h: ParquetPageHeader, firstEntry: Int) throws {
        let total = Int(h.numValues)
        let maxDef = UInt8(column.maxDefinition)
        let present = column.maxDefinition == 0 ? total : data.definitions[firstEntry...].reduce(0) { $0 + ($1 == maxDef ? 1 : 0) }
        var pos = 0
        switch ParquetEncoding(rawValue: h.encoding) {
        case .plain:
            data.values += try ParquetPlainDecoder.decode(b, pos: &pos, count: present, column: column)
        case .plainDictionary, .rleDictionary:
            guard let dictionary else { throw ParquetDecodeFailure(message: "dictionary-encoded page without a dictionary page") }
            guard present > 0 else { break }
            guard pos < b.count else { throw ParquetDecodeFailure(message: "dictionary indices missing") }
            var decoder = HybridRLEDecoder(b, from: 1, to: b.count, bitWidth: Int(b[0]))
            var indices: [Int32] = []
            try decoder.decode(count: present, into: &indices)
            data.values.reserveCapacity(data.values.count + present)
            for i in indices {
                guard i >= 0, Int(i) < dictionary.count else {
                    throw ParquetDecodeFailure(message: "dictionary index \(i) out of range (\(dictionary.count) entries)")
                }
                data.values.append(dictionary[Int(i)])
            }
        case .rle where column.type == .boolean:
            guard b.count >= 4 else { throw ParquetDecodeFailure(message: "RLE boolean page too short") }
            let length = b.loadUnaligned(as: UInt32.self).littleEndian
            guard UInt64(length) <= UInt64(b.count - 4) else { throw ParquetDecodeFailure(message: "RLE booleans run past the page") }
            var decoder = HybridRLEDecoder(b, from: 4, to: 4 + Int(length), bitWidth: 1)
            var bits: [Int32] = []
            try decoder.decode(count: present, into: &bits)
            data.values += bits.map { .bool($0 != 0) }
        case .deltaBinaryPacked where column.type == .int32 || column.type == .int64:
            let narrow = column.type == .int32
            data.values += try ParquetDeltaDecoder.integers(b, pos: &pos, expected: present).map {
                column.cell(narrow ? Int64(Int32(truncatingIfNeeded: $0)) : $0)
            }
        case .deltaLengthByteArray where column.type == .byteArray:
            try ParquetDeltaDecoder.lengthByteArrays(b, pos: &pos, expected: present) { data.values.append(column.cell(bytes: $0)) }
        case .deltaByteArray where column.type == .byteArray || column.type == .fixedLenByteArray:
            try ParquetDeltaDecoder.byteArrays(b, pos: &pos, expected: present) { data.values.append(column.cell(bytes: $0)) }
        case .byteStreamSplit:
            data.values += try ParquetPlainDecoder.decodeByteStreamSplit(b, count: present, column: column)
        default:
            throw DatasetError.unsupported(file: file, column: column.name,
                                           reason: "value encoding \(encodingName(h.encoding)) for \(column.type) (\(place))")
        }
        data.pageStarts.append((firstEntry, page))
        data.count += total
    }

    private func encodingName(_ raw: Int32) -> String { ParquetEncoding(rawValue: raw).map { "\($0)" } ?? "\(raw)" }
}
