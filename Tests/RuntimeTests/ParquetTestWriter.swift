import Foundation

/// Writes tiny Parquet files by hand, one `xs: list<int32>` column in one row group, so that
/// tests can damage exactly one part (a level run, a count, a dictionary index) and check the
/// reader's error. Data page v1, PLAIN or dictionary values, stored uncompressed or in the
/// stored (literal-only) forms of LZ4 and brotli.
struct ParquetTestWriter {
    /// Entries of the column: repetition and definition level (max 1 and 3) and the present values.
    var repetitions: [Int] = [0, 1, 0, 0, 0, 1]
    var definitions: [Int] = [3, 3, 1, 0, 3, 2]
    var values: [Int32] = [1, 2, 3]
    var rows = 4
    /// Entry count written in the data page header (nil: the true count).
    var pageCount: Int?
    /// Byte length written before the repetition levels (nil: the true length).
    var repetitionLength: UInt32?
    /// Values of a dictionary page; the data page then holds indices into it (`values`).
    var dictionary: [Int32]?
    /// Parquet codec number: 0 uncompressed, 4 brotli, 5 LZ4 (bare block), 7 LZ4_RAW; others are
    /// written uncompressed under that number.
    var codec = 0

    static let rowsOfDefault: [[Int32?]?] = [[1, 2], [], nil, [3, nil]]

    func bytes() -> [UInt8] {
        var file = Array("PAR1".utf8)
        var dictionaryOffset: Int?
        if let dictionary {
            dictionaryOffset = file.count
            let body = dictionary.flatMap(Self.int32)
            file += page(type: 2, body: body, header: 7, fields: [(1, dictionary.count), (2, 0)])
        }
        let dataOffset = file.count
        let rep = Self.bitPacked(repetitions, width: 1), def = Self.bitPacked(definitions, width: 2)
        var body = Self.uint32(repetitionLength ?? UInt32(rep.count)) + rep + Self.uint32(UInt32(def.count)) + def
        if dictionary != nil {
            body += [8] + Self.bitPacked(values.map(Int.init), width: 8)
        } else {
            body += values.flatMap(Self.int32)
        }
        let encoding = dictionary == nil ? 0 : 8
        file += page(type: 0, body: body, header: 5, fields: [(1, pageCount ?? definitions.count), (2, encoding), (3, 3), (4, 3)])
        let chunkSize = file.count - (dictionaryOffset ?? dataOffset)

        var t = Thrift()
        t.field(1, .i32); t.int(1)  // version
        t.field(2, .list); t.listHeader(4, .structure)
        for (name, repetition, children, type, converted) in [("schema", -1, 1, -1, -1), ("xs", 1, 1, -1, 3),
                                                              ("list", 2, 1, -1, -1), ("element", 1, 0, 1, -1)] {
            t.begin()
            if type >= 0 { t.field(1, .i32); t.int(type) }
            if repetition >= 0 { t.field(3, .i32); t.int(repetition) }
            t.field(4, .binary); t.string(name)
            if children > 0 { t.field(5, .i32); t.int(children) }
            if converted >= 0 { t.field(6, .i32); t.int(converted) }
            t.end()
        }
        t.field(3, .i64); t.int(rows)
        t.field(4, .list); t.listHeader(1, .structure)
        t.begin()
        t.field(1, .list); t.listHeader(1, .structure)
        t.begin()
        t.field(2, .i64); t.int(dataOffset)
        t.field(3, .structure); t.begin()
        t.field(1, .i32); t.int(1)
        t.field(2, .list); t.listHeader(2, .i32); t.int(encoding); t.int(3)
        t.field(3, .list); t.listHeader(3, .binary); t.string("xs"); t.string("list"); t.string("element")
        t.field(4, .i32); t.int(codec)
        t.field(5, .i64); t.int(definitions.count)
        t.field(6, .i64); t.int(chunkSize)
        t.field(7, .i64); t.int(chunkSize)
        t.field(9, .i64); t.int(dataOffset)
        if let dictionaryOffset { t.field(11, .i64); t.int(dictionaryOffset) }
        t.end()
        t.end()
        t.field(2, .i64); t.int(chunkSize)
        t.field(3, .i64); t.int(rows)
        t.end()
        t.end()
        file += t.bytes + Self.uint32(UInt32(t.bytes.count)) + Array("PAR1".utf8)
        return file
    }

    /// A page header and its body, compressed with `codec`.
    private func page(type: Int, body: [UInt8], header: Int16, fields: [(Int16, Int)]) -> [UInt8] {
        let stored = codec == 4 ? Self.brotliStored(body) : codec == 5 || codec == 7 ? Self.lz4Literals(body) : body
        var t = Thrift()
        t.field(1, .i32); t.int(type)
        t.field(2, .i32); t.int(body.count)
        t.field(3, .i32); t.int(stored.count)
        t.field(header, .structure); t.begin()
        for (id, v) in fields { t.field(id, .i32); t.int(v) }
        t.end()
        t.end()
        return t.bytes + stored
    }

    /// One LZ4 sequence of literals only (a valid block: the last sequence has no match).
    static func lz4Literals(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = [UInt8(min(bytes.count, 15)) << 4]
        if bytes.count >= 15 {
            var rest = bytes.count - 15
            while rest >= 255 { out.append(255); rest -= 255 }
            out.append(UInt8(rest))
        }
        return out + bytes
    }

    /// A brotli stream of one uncompressed meta-block (window bits 16, 4 length nibbles), then
    /// an empty last meta-block. Up to 65536 bytes.
    static func brotliStored(_ bytes: [UInt8]) -> [UInt8] {
        let m = bytes.count - 1
        // Bits from the lowest: WBITS 0, ISLAST 0, MNIBBLES 00, MLEN-1 in 16 bits, ISUNCOMPRESSED 1.
        let header: [UInt8] = [UInt8((m & 0x0F) << 4), UInt8((m >> 4) & 0xFF), UInt8((m >> 12) & 0x0F) | 0x10]
        return header + bytes + [0x03]  // ISLAST 1, ISLASTEMPTY 1
    }

    /// The RLE / bit-packed hybrid as one bit-packed run, padded to a multiple of 8 values.
    static func bitPacked(_ levels: [Int], width: Int) -> [UInt8] {
        let groups = (levels.count + 7) / 8
        var out: [UInt8] = [UInt8(groups << 1 | 1)]
        var packed = [UInt8](repeating: 0, count: groups * width)
        for (i, v) in levels.enumerated() {
            for bit in 0..<width where (v >> bit) & 1 == 1 { packed[(i * width + bit) / 8] |= 1 << ((i * width + bit) % 8) }
        }
        out += packed
        return out
    }

    static func uint32(_ v: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: v >> (8 * $0)) } }
    static func int32(_ v: Int32) -> [UInt8] { uint32(UInt32(bitPattern: v)) }

    /// Thrift compact protocol, writing side: the parts the footer and page headers use.
    private struct Thrift {
        enum Kind: UInt8 { case i32 = 5, i64 = 6, binary = 8, list = 9, structure = 12 }
        var bytes: [UInt8] = []
        private var last: [Int16] = [0]

        mutating func varint(_ v: UInt64) {
            var v = v
            while v >= 0x80 { bytes.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
            bytes.append(UInt8(v))
        }
        mutating func int(_ v: Int) { varint(UInt64(bitPattern: Int64((v << 1) ^ (v >> 63)))) }
        mutating func string(_ s: String) { varint(UInt64(s.utf8.count)); bytes += Array(s.utf8) }
        mutating func field(_ id: Int16, _ kind: Kind) {
            let delta = id - last[last.count - 1]
            if delta > 0 && delta <= 15 { bytes.append(UInt8(delta) << 4 | kind.rawValue) } else { bytes.append(kind.rawValue); int(Int(id)) }
            last[last.count - 1] = id
        }
        mutating func listHeader(_ count: Int, _ kind: Kind) { bytes.append(UInt8(count) << 4 | kind.rawValue) }
        mutating func begin() { last.append(0) }
        mutating func end() { bytes.append(0); last.removeLast() }
    }
}
