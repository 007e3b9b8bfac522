import Foundation
import Runtime
import XCTest

/// Parquet rows read on demand (`ParquetRows`): what each operation reads, counted by the file
/// reader, against the chunk sizes pyarrow reports for `ParquetData/row_groups.parquet` (10 row
/// groups of 7 rows, 7 leaf columns; see make_parquet_data.py), and the rows against the eager
/// reader's.
final class LazyParquetTests: XCTestCase {
    private let path = DatasetTestPaths.testSources.appendingPathComponent("ParquetData/row_groups.parquet").path

    /// Per row group, per leaf column, the chunk's bytes; and the leaf paths.
    private func chunks() throws -> (leaves: [String], bytes: [[Int]]) {
        let url = DatasetTestPaths.testSources.appendingPathComponent("ParquetData/row_groups.chunks.json")
        let json = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
        let leaves = try XCTUnwrap(json["leaves"] as? [String])
        return (leaves, try XCTUnwrap(json["chunk_bytes"] as? [[Int]]))
    }

    /// The bytes of row group `g`'s chunks of the top-level columns `names`.
    private func cost(_ g: Int, _ names: [String]) throws -> Int {
        let (leaves, bytes) = try chunks()
        return leaves.indices.filter { names.contains(String(leaves[$0].split(separator: ".")[0])) }.map { bytes[g][$0] }.reduce(0, +)
    }

    private static let all = ["id", "text", "tags", "messages", "label", "u64"]

    func testOpeningReadsTheFooterOnlyAndARowReadsItsRowGroup() throws {
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        let footer = file.suffix(8).prefix(4).enumerated().reduce(0) { $0 | Int($1.element) << (8 * $1.offset) }
        let rows = try ParquetRows(paths: [path])
        XCTAssertEqual(rows.count, 70)
        XCTAssertEqual(rows.columns, Self.all)
        // Both magics, the footer's length, the footer.
        XCTAssertEqual(rows.stats.bytes, 4 + 8 + footer)
        let opened = rows.stats.bytes

        XCTAssertEqual(try rows.row(0)["id"], 0)
        XCTAssertEqual(rows.stats.bytes - opened, try cost(0, Self.all))
        for i in 1..<7 { _ = try rows.row(i) }
        XCTAssertEqual(rows.stats.bytes - opened, try cost(0, Self.all), "rows of a decoded group are kept")
        XCTAssertEqual(try rows.row(45)["id"], 45)
        XCTAssertEqual(rows.stats.bytes - opened, try cost(0, Self.all) + cost(6, Self.all))
    }

    func testSelectReadsOnlyThoseColumnsChunks() throws {
        let rows = try ParquetRows(paths: [path])
        let opened = rows.stats.bytes
        let picked = try rows.selecting(["messages", "id"])
        XCTAssertEqual(picked.columns, ["messages", "id"])
        XCTAssertEqual(rows.stats.bytes, opened, "selecting reads nothing")
        let row = try picked.row(30)
        XCTAssertEqual(row.keys, ["messages", "id"])
        XCTAssertEqual(row["messages"]?.listValue?.first?.mapValue?["content"], "question 30")
        XCTAssertEqual(rows.stats.bytes - opened, try cost(4, ["messages", "id"]))
        XCTAssertThrowsError(try rows.selecting(["nope"])) { e in XCTAssertTrue("\(e)".contains("no column 'nope'"), "\(e)") }
    }

    func testAWalkInOrderReadsEveryChunkOnceAndMatchesTheEagerReader() throws {
        let eager = try ParquetReader.read(path: path)
        let ds = try Dataset.load(path)
        let lazy = try XCTUnwrap(ds.parquet)
        let opened = lazy.stats.bytes
        XCTAssertEqual(ds.count, 70)
        XCTAssertEqual(ds.columns, eager.columns)
        XCTAssertEqual(try ds.rows, eager.rows)
        XCTAssertEqual(lazy.stats.bytes - opened, try (0..<10).map { try cost($0, Self.all) }.reduce(0, +))
        XCTAssertEqual(try ds.row(-1), eager.rows[69])
    }

    func testSlicesAndSelectionsStayLazyAndEqualTheEagerRows() throws {
        let eager = try ParquetReader.read(path: path).rows
        let ds = try Dataset.load(path)
        let lazy = try XCTUnwrap(ds.parquet)
        let opened = lazy.stats.bytes
        let slice = try ds.skip(20).take(10)
        XCTAssertEqual(slice.count, 10)
        XCTAssertEqual(lazy.stats.bytes, opened, "take and skip read nothing")
        XCTAssertEqual(try slice.rows, Array(eager[20..<30]))
        // Rows 20..<30 lie in row groups 2, 3 and 4.
        XCTAssertEqual(lazy.stats.bytes - opened, try [2, 3, 4].map { try cost($0, Self.all) }.reduce(0, +))

        let picked = try slice.select(columns: ["u64", "text"])
        XCTAssertNotNil(picked.parquet)
        XCTAssertEqual(try picked.rows, eager[20..<30].map { r in DataRow(keys: ["u64", "text"], values: [r["u64"]!, r["text"]!]) })
        XCTAssertEqual(try ds.column("label"), eager.map { $0["label"]! })

        let (train, test) = try ds.split(test: .count(5), seed: nil)
        XCTAssertNotNil(test.parquet)
        XCTAssertEqual(try test.rows, Array(eager.suffix(5)))
        XCTAssertEqual(train.count, 65)
        // Operations on every row give the same rows as on the eager ones.
        XCTAssertEqual(try ds.shuffle(seed: 3).rows, try Dataset(rows: eager).shuffle(seed: 3).rows)
        XCTAssertEqual(try ds.filter { $0["label"] == 2 }.rows, eager.filter { $0["label"] == 2 })
    }

    func testUInt64AboveInt64MaxIsExactText() throws {
        let cells = try ParquetRows(paths: [path]).selecting(["u64"])
        XCTAssertEqual(try (0..<5).map { try cells.row($0)["u64"] }, [0, .int(Int64.max), "9223372036854775808", "18446744073709551615", .some(.null)])
    }

    func testHuggingfaceFeaturesNameTypesAndClassLabels() throws {
        let ds = try Dataset.load(path)
        let features = try XCTUnwrap(ds.features)
        XCTAssertEqual(features.columns, Self.all)
        XCTAssertEqual(features.types, ["int64", "string", "list<string>", "list<{content: string, role: string}>",
                                        "class_label[neg, neutral, pos]", "uint64"])
        XCTAssertEqual(features.classLabels, ["label": ["neg", "neutral", "pos"]])
        XCTAssertEqual(try ds.select(columns: ["label", "id"]).take(4).show(), """
        # | label   | id
        --+---------+---
        0 | neg     | 0
        1 | neutral | 1
        2 | pos     | 2
        3 | neg     | 3
        (4 rows × 2 columns)
        """)
        let hub = try Dataset.load(DatasetTestPaths.data("nested/openr1.pa-hub.parquet"))
        XCTAssertEqual(hub.features?.type(of: "generations"), "list<string>")
        XCTAssertEqual(hub.features?.type(of: "correctness_count"), "int64")
        XCTAssertNil(try Dataset.load(DatasetTestPaths.data("mini_math.snappy.parquet")).features)
        XCTAssertNil(DatasetFeatures(json: "{\"info\": 3}"))
        XCTAssertNil(DatasetFeatures(json: "not json"))
    }

    func testShowRendersNestedCellsCompactly() throws {
        let ds = try Dataset.load(path).select(columns: ["id", "tags", "messages"]).take(3)
        // Each message shows its first field and how many more it has; the list, how many more turns.
        XCTAssertEqual(try ds.show(), """
        # | id | tags  | messages
        --+----+-------+------------------------------------
        0 | 0  | ["a"] | [{content: "question 0", …+1}, …+1]
        1 | 1  | []    | [{content: "question 1", …+1}, …+1]
        2 | 2  | null  | [{content: "question 2", …+1}, …+1]
        (3 rows × 3 columns)
        """)
        let long = Dataset(rows: [["xs": .list((0..<50).map { .int($0) })]])
        XCTAssertEqual(try long.show(maxWidth: 20).split(separator: "\n")[2], "0 | [0, 1, 2, 3, …+46]")
        XCTAssertEqual(try long.show(maxWidth: 40).split(separator: "\n")[2], "0 | [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, …+40]")
    }

    func testDamagedFilesNameTheFile() throws {
        let work = try DatasetTestPaths.temporaryDirectory("lazy-parquet")
        defer { try? FileManager.default.removeItem(at: work) }
        var bytes = try [UInt8](Data(contentsOf: URL(fileURLWithPath: path)))
        let damaged = work.appendingPathComponent("damaged.parquet")
        // A row group's chunk bytes overwritten: opening works, reading that row group fails.
        for i in 200..<260 { bytes[i] = 0xFF }
        try Data(bytes).write(to: damaged)
        let ds = try Dataset.load(damaged.path)
        XCTAssertEqual(ds.count, 70)
        XCTAssertThrowsError(try ds.rows) { e in XCTAssertTrue("\(e)".contains("damaged.parquet"), "\(e)") }
        let truncated = work.appendingPathComponent("truncated.parquet")
        try Data(bytes.prefix(bytes.count / 2)).write(to: truncated)
        XCTAssertThrowsError(try Dataset.load(truncated.path)) { e in XCTAssertTrue("\(e)".contains("truncated.parquet"), "\(e)") }
        XCTAssertThrowsError(try ParquetRows(paths: [work.appendingPathComponent("missing.parquet").path])) { e in
            XCTAssertEqual(e as? DatasetError, .fileNotFound(work.appendingPathComponent("missing.parquet").path))
        }
    }
}
