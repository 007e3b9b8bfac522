import Foundation

/// A leaf column: its physical type, its levels, and how its physical values become cells
/// (the logical type or, in older files, the converted type).
struct ParquetColumn {
    enum Conversion {
        case plain, unsigned32, unsigned64, float16
        /// BYTE_ARRAY annotated as text.
        case string
        /// Unannotated bytes: text where they are UTF-8 (what data sets almost always mean), bytes otherwise.
        case binary
        case decimal(scale: Int)
        case date
        case time(ParquetTimeUnit)
        case timestamp(ParquetTimeUnit, utc: Bool)
        /// INT96: nanoseconds in the day then a Julian day, read as a naive timestamp as pyarrow does.
        case int96
    }

    let name: String
    let type: ParquetPhysicalType
    /// Bytes of a FIXED_LEN_BYTE_ARRAY value (and of a value in BYTE_STREAM_SPLIT).
    let typeLength: Int
    let maxDefinition: Int
    let maxRepetition: Int
    let conversion: Conversion

    init(element e: ParquetSchemaElement, path: [String], maxDefinition: Int, maxRepetition: Int, file: String) throws {
        name = path.joined(separator: ".")
        guard let raw = e.type, let type = ParquetPhysicalType(rawValue: raw) else {
            throw DatasetError.parquet(file: file, message: "column '\(name)' has unknown physical type \(e.type ?? -1)")
        }
        self.type = type
        self.maxDefinition = maxDefinition
        self.maxRepetition = maxRepetition
        switch type {
        case .boolean, .int32, .float: typeLength = 4
        case .int64, .double: typeLength = 8
        case .int96: typeLength = 12
        case .byteArray: typeLength = 0
        case .fixedLenByteArray:
            // Bounded so that widths times counts can never overflow.
            guard let n = e.typeLength, n > 0, n <= 1 << 20 else {
                throw DatasetError.parquet(file: file, message: "column '\(name)': FIXED_LEN_BYTE_ARRAY of \(e.typeLength ?? 0) bytes")
            }
            typeLength = Int(n)
        }
        conversion = ParquetColumn.conversion(e, type: type)
    }

    private static func conversion(_ e: ParquetSchemaElement, type: ParquetPhysicalType) -> Conversion {
        if type == .int96 { return .int96 }
        switch e.logical {
        case .string?, .enumeration?, .json?: return type == .byteArray ? .string : .binary
        case .decimal(let scale)?: return .decimal(scale: scale)
        case .date?: return .date
        case .time(let unit)?: return .time(unit)
        case .timestamp(let unit, let utc)?: return .timestamp(unit, utc: utc)
        case .integer(let bits, false)?: return bits == 64 ? .unsigned64 : bits == 32 ? .unsigned32 : .plain
        case .float16? where type == .fixedLenByteArray && e.typeLength == 2: return .float16
        default: break
        }
        switch e.convertedType {
        case 0?, 4?, 19?: return type == .byteArray ? .string : .binary
        case 5?: return .decimal(scale: Int(e.scale ?? 0))
        case 6?: return .date
        case 7?: return .time(.millis)
        case 8?: return .time(.micros)
        // The converted types stand for instants (UTC-adjusted).
        case 9?: return .timestamp(.millis, utc: true)
        case 10?: return .timestamp(.micros, utc: true)
        case 13?: return .unsigned32
        case 14?: return .unsigned64
        default: return type == .byteArray || type == .fixedLenByteArray ? .binary : .plain
        }
    }

    /// An INT32 or INT64 value.
    func cell(_ v: Int64) -> DataCell {
        switch conversion {
        case .unsigned32: return .int(Int64(UInt32(truncatingIfNeeded: v)))
        case .unsigned64:
            // Cells hold signed 64-bit integers; above Int64.max the exact value is kept as its
            // decimal text, as decimals are, rather than rounded to the nearest double.
            return v >= 0 ? .int(v) : .string(String(UInt64(bitPattern: v)))
        case .decimal(let scale): return .string(ParquetLogicalValues.decimal(v, scale: scale))
        case .date: return .string(ParquetLogicalValues.date(days: v))
        case .time(let unit): return .string(ParquetLogicalValues.time(v, unit: unit))
        case .timestamp(let unit, let utc): return .string(ParquetLogicalValues.timestamp(v, unit: unit, utc: utc))
        default: return .int(v)
        }
    }

    /// A BYTE_ARRAY, FIXED_LEN_BYTE_ARRAY or INT96 value.
    func cell(bytes b: UnsafeRawBufferPointer) -> DataCell {
        switch conversion {
        case .string: return .string(String(decoding: b, as: UTF8.self))
        case .decimal(let scale): return .string(ParquetLogicalValues.decimal(bigEndian: b, scale: scale))
        case .float16 where b.count == 2:
            return .double(Double(Float16(bitPattern: UInt16(b[0]) | UInt16(b[1]) << 8)))
        case .int96 where b.count == 12:
            let nanos = Int64(littleEndian: b.loadUnaligned(as: Int64.self))
            let day = Int64(Int32(littleEndian: b.loadUnaligned(fromByteOffset: 8, as: Int32.self)))
            return .string(ParquetLogicalValues.int96(julianDay: day, nanos: nanos))
        default:
            if let s = String(validating: b, as: UTF8.self) { return .string(s) }
            return .bytes(Array(b))
        }
    }
}
