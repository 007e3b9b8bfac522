/// A reader for the Thrift compact protocol, which Parquet uses for its footer and page headers.
/// Structs decode themselves field by field and skip the fields they do not need.
struct ThriftCompactReader {
    enum FieldType: UInt8 {
        case stop = 0, boolTrue = 1, boolFalse = 2, byte = 3, i16 = 4, i32 = 5, i64 = 6, double = 7
        case binary = 8, list = 9, set = 10, map = 11, structure = 12
    }

    struct Failure: Error { let message: String }

    private let base: UnsafeRawBufferPointer
    private(set) var pos: Int
    private var lastFieldId: [Int16] = [0]

    init(_ base: UnsafeRawBufferPointer, at pos: Int = 0) {
        self.base = base
        self.pos = pos
    }

    mutating func byte() throws -> UInt8 {
        guard pos < base.count else { throw Failure(message: "metadata ends inside a Thrift value") }
        let b = base[pos]
        pos += 1
        return b
    }

    mutating func varint() throws -> UInt64 {
        var result: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            let b = try byte()
            result |= UInt64(b & 0x7F) << shift
            if b & 0x80 == 0 { return result }
            shift += 7
            if shift > 63 { throw Failure(message: "varint longer than 64 bits") }
        }
    }

    mutating func zigzag() throws -> Int64 {
        let u = try varint()
        return Int64(bitPattern: (u >> 1) ^ (0 &- (u & 1)))
    }

    mutating func i32() throws -> Int32 {
        let v = try zigzag()
        guard let r = Int32(exactly: v) else { throw Failure(message: "i32 value out of range") }
        return r
    }

    mutating func i64() throws -> Int64 { try zigzag() }

    /// A count or length that the rest of the metadata must hold (each item takes at least a
    /// byte), compared as the unsigned number it is.
    mutating func count(_ what: String) throws -> Int {
        let n = try varint()
        guard n <= UInt64(base.count - pos) else { throw Failure(message: "\(what) of \(n) is longer than the metadata") }
        return Int(n)
    }

    mutating func binary() throws -> [UInt8] {
        let n = try count("binary field")
        let out = Array(base[pos..<(pos + n)])
        pos += n
        return out
    }

    mutating func string() throws -> String { String(decoding: try binary(), as: UTF8.self) }

    /// Next field of the current struct, or nil at its end. Bool fields carry their value in the type.
    mutating func fieldHeader() throws -> (id: Int16, type: FieldType)? {
        let b = try byte()
        guard let type = FieldType(rawValue: b & 0x0F) else { throw Failure(message: "unknown Thrift field type \(b & 0x0F)") }
        if type == .stop { return nil }
        let delta = Int16(b >> 4)
        let id: Int16
        if delta != 0 {
            id = lastFieldId[lastFieldId.count - 1] &+ delta
        } else {
            guard let explicit = Int16(exactly: try zigzag()) else { throw Failure(message: "field id out of range") }
            id = explicit
        }
        lastFieldId[lastFieldId.count - 1] = id
        return (id, type)
    }

    /// Calls `field` for each field of a struct; `field` returns false for fields it skips.
    mutating func readStruct(_ field: (inout ThriftCompactReader, Int16, FieldType) throws -> Bool) throws {
        lastFieldId.append(0)
        defer { lastFieldId.removeLast() }
        if lastFieldId.count > 64 { throw Failure(message: "Thrift structs nested too deeply") }
        while let (id, type) = try fieldHeader() {
            if try !field(&self, id, type) { try skip(type) }
        }
    }

    mutating func listHeader() throws -> (count: Int, element: FieldType) {
        let b = try byte()
        var n = Int(b >> 4)
        if n == 15 { n = try count("list") }
        // Every element type but `stop` takes at least a byte, which bounds the work to the input's size.
        guard let type = FieldType(rawValue: b & 0x0F), type != .stop else { throw Failure(message: "unknown Thrift list element type") }
        guard n <= base.count - pos else { throw Failure(message: "list of \(n) items is longer than the metadata") }
        return (n, type)
    }

    mutating func list<T>(_ element: (inout ThriftCompactReader) throws -> T) throws -> [T] {
        let (n, _) = try listHeader()
        var out: [T] = []
        out.reserveCapacity(n)
        for _ in 0..<n { out.append(try element(&self)) }
        return out
    }

    mutating func skip(_ type: FieldType) throws {
        switch type {
        case .stop, .boolTrue, .boolFalse: return
        case .byte: _ = try byte()
        case .i16, .i32, .i64: _ = try varint()
        case .double:
            guard pos + 8 <= base.count else { throw Failure(message: "metadata ends inside a double") }
            pos += 8
        case .binary: _ = try binary()
        case .list, .set:
            let (n, element) = try listHeader()
            for _ in 0..<n {
                // Bools inside a list take one byte each.
                if element == .boolTrue || element == .boolFalse { _ = try byte() } else { try skip(element) }
            }
        case .map:
            let n = try count("map")
            guard n > 0 else { return }
            let kinds = try byte()
            guard let k = FieldType(rawValue: kinds >> 4), let v = FieldType(rawValue: kinds & 0x0F), k != .stop, v != .stop else {
                throw Failure(message: "unknown Thrift map types")
            }
            for _ in 0..<n {
                if k == .boolTrue || k == .boolFalse { _ = try byte() } else { try skip(k) }
                if v == .boolTrue || v == .boolFalse { _ = try byte() } else { try skip(v) }
            }
        case .structure: try readStruct { _, _, _ in false }
        }
    }
}
