import Foundation
import Runtime
import XCTest

final class ParquetReaderTests: XCTestCase {
    private func jsonlRows() throws -> [DataRow] {
        try DatasetFiles.read(path: DatasetTestPaths.data("mini_math.jsonl"))
    }

    func testEveryParquetVariantMatchesTheJSONL() throws {
        let expected = try jsonlRows()
        XCTAssertEqual(expected.count, 60)
        for name in ["mini_math.plain.parquet", "mini_math.snappy.parquet", "mini_math.zstd.parquet"] {
            let (columns, rows) = try ParquetReader.read(path: DatasetTestPaths.data(name))
            XCTAssertEqual(columns, ["problem", "solution", "answer", "level"], name)
            XCTAssertEqual(rows.count, expected.count, name)
            for (i, (a, b)) in zip(rows, expected).enumerated() where a != b {
                XCTFail("\(name) row \(i): \(a) != \(b)")
                break
            }
        }
    }

    func testColumnSelectionReadsOnlyThoseColumns() throws {
        let (columns, rows) = try ParquetReader.read(path: DatasetTestPaths.data("mini_math.snappy.parquet"), columns: ["answer", "problem"])
        XCTAssertEqual(columns, ["problem", "answer"])
        XCTAssertEqual(rows[0], ["problem": "What is $67 + 81$?", "answer": "148"])
        XCTAssertThrowsError(try ParquetReader.read(path: DatasetTestPaths.data("mini_math.snappy.parquet"), columns: ["nope"])) { e in
            XCTAssertTrue("\(e)".contains("no column 'nope'"), "\(e)")
        }
    }

    func testTruncatedFileGivesAClearError() throws {
        let bytes = [UInt8](FileManager.default.contents(atPath: DatasetTestPaths.data("mini_math.zstd.parquet"))!)
        for cut in [5, bytes.count / 2, bytes.count - 1] {
            XCTAssertThrowsError(try ParquetReader.read(bytes: Array(bytes.prefix(cut)), file: "cut.parquet")) { e in
                XCTAssertTrue("\(e)".contains("cut.parquet"), "\(e)")
            }
        }
        // Cutting out the middle keeps both magics but leaves the footer pointing at garbage.
        var spliced = Array(bytes.prefix(100)) + Array(bytes.suffix(bytes.count - 1000))
        XCTAssertThrowsError(try ParquetReader.read(bytes: spliced, file: "spliced.parquet")) { e in
            XCTAssertTrue("\(e)".contains("spliced.parquet"), "\(e)")
        }
        spliced[0] = UInt8(ascii: "X")
        XCTAssertThrowsError(try ParquetReader.read(bytes: spliced, file: "x.parquet")) { e in
            XCTAssertEqual("\(e)", "parquet file x.parquet: bad magic: the file does not start with PAR1")
        }
    }

    func testCorruptPagesNeverCrash() throws {
        // Flip bytes all over each file: every outcome must be rows or a thrown error, never a trap.
        for name in ["mini_math.plain.parquet", "mini_math.snappy.parquet", "mini_math.zstd.parquet"] {
            let bytes = [UInt8](FileManager.default.contents(atPath: DatasetTestPaths.data(name))!)
            Self.readWithFlippedBytes(bytes, file: name, seed: 7, times: 200)
        }
    }

    /// Reads `times` copies of a file, each with one byte flipped between the magic numbers: every
    /// outcome must be rows or a thrown error, never a trap.
    static func readWithFlippedBytes(_ bytes: [UInt8], file: String, seed: UInt64, times: Int) {
        var rng = SeededRandom(seed: seed)
        for _ in 0..<times {
            var copy = bytes
            let at = Int(rng.next() % UInt64(copy.count - 8)) + 4
            copy[at] ^= UInt8(truncatingIfNeeded: rng.next() | 1)
            _ = try? ParquetReader.read(bytes: copy, file: file)
        }
    }

    func testSnappyBackReferencesAndLiterals() throws {
        // Hand-made stream: length 12, literal "abcd", copy (offset 4, length 8) → "abcdabcdabcd".
        let stream: [UInt8] = [12, 3 << 2, 0x61, 0x62, 0x63, 0x64, UInt8((8 - 4) << 2 | 1), 4]
        let rows = try SnappyDecoder.decompress(stream)
        XCTAssertEqual(String(decoding: rows, as: UTF8.self), "abcdabcdabcd")
        XCTAssertThrowsError(try SnappyDecoder.decompress([12, 3 << 2, 0x61]))
        XCTAssertThrowsError(try SnappyDecoder.decompress([4, UInt8((4 - 4) << 2 | 1), 9]))
    }

    private func local(_ name: String) -> String {
        DatasetTestPaths.testSources.appendingPathComponent("ParquetData/\(name)").path
    }

    func testNullsTypesGzipAndBothPageVersionsMatchPyarrow() throws {
        let expected = try DatasetFiles.read(path: local("typed_nulls.jsonl"))
        XCTAssertEqual(expected.count, 37)
        for name in ["typed_nulls.gzip.v1.parquet", "typed_nulls.gzip.v2.parquet"] {
            let (columns, rows) = try ParquetReader.read(path: local(name))
            XCTAssertEqual(columns, ["id", "small", "score", "ratio", "flag", "name", "price"], name)
            XCTAssertEqual(rows.count, expected.count, name)
            // Decimals read as their exact text ("-18.63"); the JSONL holds them as floats.
            XCTAssertEqual(rows.first?["price"], "-20.00", name)
            let numeric = rows.map { r in
                var r = r
                r["price"] = r["price"]?.stringValue.flatMap(Double.init).map(DataCell.double) ?? r["price"]
                return r
            }
            for (i, (a, b)) in zip(numeric, expected).enumerated() where a != b {
                XCTFail("\(name) row \(i): \(a) != \(b)")
                break
            }
        }
    }

    func testNestedListColumnReadsAndCanBeLeftOut() throws {
        let (all, full) = try ParquetReader.read(path: local("nested_list.parquet"))
        XCTAssertEqual(all, ["problem", "tags", "answer"])
        XCTAssertEqual(full.map { $0["tags"] }, [["x"], [], ["y", "z"]])
        let (columns, rows) = try ParquetReader.read(path: local("nested_list.parquet"), columns: ["problem", "answer"])
        XCTAssertEqual(columns, ["problem", "answer"])
        XCTAssertEqual(rows.map { $0["answer"] }, ["1", "2", "3"])
    }
}
