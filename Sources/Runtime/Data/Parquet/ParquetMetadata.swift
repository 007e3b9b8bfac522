/// The parts of Parquet's Thrift metadata (parquet.thrift) that a flat-schema reader needs.
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

struct ParquetSchemaElement {
    var type: Int32?
    var typeLength: Int32?
    /// 0 required, 1 optional, 2 repeated.
    var repetition: Int32?
    var name = ""
    var numChildren: Int32?
    var convertedType: Int32?
    var scale: Int32?
    /// Set when the logical type union names a string-like type (STRING, ENUM, JSON).
    var logicalIsString = false
    var logicalIsDecimal = false
    var logicalName: String?

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
            case 10:
                try r.readStruct { r, which, type in
                    let names: [Int16: String] = [1: "STRING", 2: "MAP", 3: "LIST", 4: "ENUM", 5: "DECIMAL", 6: "DATE",
                                                  7: "TIME", 8: "TIMESTAMP", 10: "INTEGER", 11: "UNKNOWN", 12: "JSON",
                                                  13: "BSON", 14: "UUID", 15: "FLOAT16"]
                    e.logicalName = names[which] ?? "logical type \(which)"
                    e.logicalIsString = which == 1 || which == 4 || which == 12
                    e.logicalIsDecimal = which == 5
                    if which == 5 {
                        try r.readStruct { r, f, _ in
                            if f == 1 { e.scale = try r.i32(); return true }
                            return false
                        }
                        return true
                    }
                    try r.skip(type)
                    return true
                }
            default: return false
            }
            return true
        }
        return e
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

    static func decode(_ r: inout ThriftCompactReader) throws -> ParquetFileMetadata {
        var m = ParquetFileMetadata()
        try r.readStruct { r, id, _ in
            switch id {
            case 2: m.schema = try r.list { try ParquetSchemaElement.decode(&$0) }
            case 3: m.numRows = try r.i64()
            case 4: m.rowGroups = try r.list { try ParquetRowGroup.decode(&$0) }
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
