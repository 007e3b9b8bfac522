import Foundation
import XCTest

/// Inputs that the fuzz targets (scripts/fuzz) found to crash or hang the process, each reduced to
/// what triggers it and run through the executable: every one must end in exit status 1 with a
/// message naming the file.
extension HostileInputTests {
    /// A shape whose byte count overflows Int trapped while being checked against the offsets.
    func testSafetensorsShapeWhoseSizeOverflows() throws {
        let header = Data(#"{"a": {"dtype": "F32", "shape": [1099511627776, 1099511627776], "data_offsets": [0, 0]}}"#.utf8)
        var file = Data()
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { file.append(contentsOf: $0) }
        file.append(header)
        let dir = work.appendingPathComponent("model")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: Self.fixtures.appendingPathComponent("models/tiny-r1/config.json"),
                                         to: dir.appendingPathComponent("config.json"))
        try file.write(to: dir.appendingPathComponent("model.safetensors"))
        assertFails(try tina("load_model(\"\(dir.path)\")"), with: "shape [1099511627776, 1099511627776] of F32 holds more bytes than any file")
    }

    /// Thrift lists of `stop` elements read no byte per element, so nested ones cost the square of
    /// the footer's length: a 64 KB footer took minutes.
    func testParquetFooterOfEmptyElementListsEndsAtOnce() throws {
        var footer: [UInt8] = [0x19, 0xF9]  // field 1: a list (of lists) with a varint count
        let n = 30_000
        footer += varint(n)
        for _ in 0..<n { footer += [0xF0] + varint(n) }  // each: a list of n `stop` elements
        var bytes = Array("PAR1".utf8) + footer
        withUnsafeBytes(of: UInt32(footer.count).littleEndian) { bytes += $0 }
        bytes += Array("PAR1".utf8)
        let path = work.appendingPathComponent("lists.parquet")
        try Data(bytes).write(to: path)
        assertFails(try tina("load_dataset(\"\(path.path)\")"), with: "lists.parquet")
        assertFails(try tina("load_dataset(\"\(path.path)\")"), with: "list element type")
    }

    private func varint(_ value: Int) -> [UInt8] {
        var v = UInt64(value), out: [UInt8] = []
        while v >= 0x80 { out.append(UInt8(v & 0x7F) | 0x80); v >>= 7 }
        return out + [UInt8(v)]
    }
}
