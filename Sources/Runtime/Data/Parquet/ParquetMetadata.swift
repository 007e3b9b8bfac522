/// The parts of Parquet's Thrift metadata (parquet.thrift) that the reader needs.
enum ParquetPhysicalType: Int32 {
    case boolean = 0, int32 = 1, int64 = 2, int96 = 3, float = 4, double = 5, byteArray = 6, fixedLenByteArray = 7
}

enum ParquetEncoding: Int32 {
    case plain = 0, plainDictionary = 2, rle = 3, bitPacked = 4, deltaBinaryPacked = 5
    case deltaLengthByteArray = 6, deltaByteArray = 7, rleDictionary = 8, byteStreamSplit = 9
}

enum ParquetCodec: Int32 {
    case uncompressed = 0, snappy = 1, gzip = 2, lzo = 3, brotli = 4, lz4 = 5, zstd = 6, lz4Raw = 7
}

enum ParquetTimeUnit: Equatable {
    case millis, micros, nanos

    /// Units of the unit in one second.
    var perSecond: Int64 {
        switch self {
        case .millis: return 1_000
        case .micros: return 1_000_000
        case .nanos: return 1_000_000_000
        }
    }
}

/// The logical type union of the schema (parquet.thrift `LogicalType`), the parts that change how
/// values read.
enum ParquetLogicalType: Equatable {
    case string, map, list, enumeration, decimal(scale: Int), date, json, bson, uuid, float16, unknown
    case time(ParquetTimeUnit), timestamp(ParquetTimeUnit, utc: Bool), integer(bits: Int, signed: Bool)
    case other(Int16)
}

struct ParquetSchemaElement {
    var type: Int32?
    var typeLength: Int32?
    /// 0 required, 1 optional, 2 repeated.
    var repetition: Int32?
    var name = ""
    var numChildren: Int32?
    var convertedType: Int32?
    var scale: Int32?
    var logical: ParquetLogicalType?

    static func decode(_ r: inout ThriftCompactReader) throws -> ParquetSchemaElement {
        var e = ParquetSchemaElement()
        try r.readStruct { r, id, _ in
            switch id {
            case 1: e.type = try r.i32()
            case 2: e.typeLength = try r.i32()
            case 3: e.repetition = try r.i32()
            case 4: e.name = try r.string()
            case 5: e.numChildren = try r.i32()
            case 6: e.convertedType = try r.i32()
            case 7: e.scale = try r.i32()
            case 10: e.logical = try decodeLogical(&r)
            default: return false
            }
            return true
        }
        return e
    }

    private static func decodeLogical(_ r: inout ThriftCompactReader) throws -> ParquetLogicalType? {
        var logical: ParquetLogicalType?
        try r.readStruct { r, which, type in
            switch which {
            case 1: logical = .string
            case 2: logical = .map
            case 3: logical = .list
            case 4: logical = .enumeration
            case 5:
                var scale = 0
                try r.readStruct { r, f, _ in
                    guard f == 1 else { return false }
                    scale = Int(try r.i32())
                    return true
                }
                logical = .decimal(scale: scale)
                return true
            case 6: logical = .date
            case 7, 8:
                var unit = ParquetTimeUnit.millis
                var utc = false
                try r.readStruct { r, f, t in
                    switch f {
                    case 1: utc = t == .boolTrue
                    case 2: unit = try decodeUnit(&r)
                    default: return false
                    }
                    return true
                }
                logical = which == 7 ? .time(unit) : .timestamp(unit, utc: utc)
                return true
            case 10:
                var bits = 64
                var signed = true
                try r.readStruct { r, f, t in
                    switch f {
                    case 1: bits = Int(Int8(bitPattern: try r.byte()))
                    case 2: signed = t == .boolTrue
                    default: return false
                    }
                    return true
                }
                logical = .integer(bits: bits, signed: signed)
                return true
            case 11: logical = .unknown
            case 12: logical = .json
            case 13: logical = .bson
            case 14: logical = .uuid
            case 15: logical = .float16
            default: logical = .other(which)
            }
            try r.skip(type)
            return true
        }
        return logical
    }

    /// TimeUnit is a union of empty structs: the field id names the unit.
    private static func decodeUnit(_ r: inout ThriftCompactReader) throws -> ParquetTimeUnit {
        var unit = ParquetTimeUnit.millis
        try r.readStruct { r, f, type in
            unit = f == 3 ? .nanos : f == 2 ? .micros : .millis
            try r.skip(type)
            return true
        }
        return unit
    }
}

struct ParquetColumnMeta {
    var type: Int32 = -1
    var path: [String] = []
    var codec: Int32 = 0
    var numValues: Int64 = 0
    var totalCompressedSize: Int64 = 0
    var dataPageOffset: Int64 = 0
    var dictionaryPageOffset: Int64?

    static func decode(_ r: inout ThriftCompactReader) throws -> ParquetColumnMeta {
        var m = ParquetColumnMeta()
        try r.readStruct { r, id, _ in
            switch id {
            case 1: m.type = try r.i32()
            case 3: m.path = try r.list { try $0.string() }
            case 4: m.codec = try r.i32()
            case 5: m.numValues = try r.i64()
            case 7: m.totalCompressedSize = try r.i64()
            case 9: m.dataPageOffset = try r.i64()
            case 11: m.dictionaryPageOffset = try r.i64()
            default: return false
            }
            return true
        }
        return m
    }
}

struct ParquetRowGroup {
    var columns: [ParquetColumnMeta] = []
    var numRows: Int64 = 0

    static func decode(_ r: inout ThriftCompactReader) throws -> ParquetRowGroup {
        var g = ParquetRowGroup()
        try r.readStruct { r, id, _ in
            switch id {
            case 1:
                g.columns = try r.list { r in
                    var meta: ParquetColumnMeta?
                    var externalPath: String?
                    try r.readStruct { r, f, _ in
                        switch f {
                        case 1: externalPath = try r.string()
                        case 3: meta = try ParquetColumnMeta.decode(&r)
                        default: return false
                        }
                        return true
                    }
                    if let externalPath {
                        throw ThriftCompactReader.Failure(message: "column chunk stored in another file (\(externalPath)) is unsupported")
                    }
                    guard let meta else { throw ThriftCompactReader.Failure(message: "column chunk without metadata") }
                    return meta
                }
            case 3: g.numRows = try r.i64()
            default: return false
            }
            return true
        }
        return g
    }
}

struct ParquetFileMetadata {
    var schema: [ParquetSchemaElement] = []
    var numRows: Int64 = 0
    var rowGroups: [ParquetRowGroup] = []
    /// The writers' key-value metadata (`ARROW:schema`, the `datasets` library's `huggingface`).
    var keyValues: [(key: String, value: String)] = []

    static func decode(_ r: inout ThriftCompactReader) throws -> ParquetFileMetadata {
        var m = ParquetFileMetadata()
        try r.readStruct { r, id, _ in
            switch id {
            case 2: m.schema = try r.list { try ParquetSchemaElement.decode(&$0) }
            case 3: m.numRows = try r.i64()
            case 4: m.rowGroups = try r.list { try ParquetRowGroup.decode(&$0) }
            case 5:
                m.keyValues = try r.list { r in
                    var key = "", value = ""
                    try r.readStruct { r, f, _ in
                        switch f {
                        case 1: key = try r.string()
                        case 2: value = try r.string()
                        default: return false
                        }
                        return true
                    }
                    return (key, value)
                }
            default: return false
            }
            return true
        }
        return m
    }
}

struct ParquetPageHeader {
    /// 0 data v1, 1 index, 2 dictionary, 3 data v2.
    var type: Int32 = -1
    var uncompressedSize: Int32 = 0
    var compressedSize: Int32 = 0
    var numValues: Int32 = 0
    var encoding: Int32 = 0
    var definitionLevelEncoding: Int32 = 3
    // Data page v2 only.
    var definitionLevelsLength: Int32 = 0
    var repetitionLevelsLength: Int32 = 0
    var isCompressed = true

    static func decode(_ r: inout ThriftCompactReader) throws -> ParquetPageHeader {
        var h = ParquetPageHeader()
        try r.readStruct { r, id, _ in
            switch id {
            case 1: h.type = try r.i32()
            case 2: h.uncompressedSize = try r.i32()
            case 3: h.compressedSize = try r.i32()
            case 5:  // DataPageHeader
                try r.readStruct { r, f, _ in
                    switch f {
                    case 1: h.numValues = try r.i32()
                    case 2: h.encoding = try r.i32()
                    case 3: h.definitionLevelEncoding = try r.i32()
                    default: return false
                    }
                    return true
                }
            case 7:  // DictionaryPageHeader
                try r.readStruct { r, f, _ in
                    switch f {
                    case 1: h.numValues = try r.i32()
                    case 2: h.encoding = try r.i32()
                    default: return false
                    }
                    return true
                }
            case 8:  // DataPageHeaderV2
                try r.readStruct { r, f, type in
                    switch f {
                    case 1: h.numValues = try r.i32()
                    case 4: h.encoding = try r.i32()
                    case 5: h.definitionLevelsLength = try r.i32()
                    case 6: h.repetitionLevelsLength = try r.i32()
                    case 7: h.isCompressed = type == .boolTrue
                    default: return false
                    }
                    return true
                }
            default: return false
            }
            return true
        }
        return h
    }
}
