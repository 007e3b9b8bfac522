import Foundation
import Runtime
import XCTest

/// The nested Parquet fixtures (../shared/fixtures/data/nested, see its README) against the rows
/// pyarrow reads from them, under the README's comparison rules.
final class NestedParquetTests: XCTestCase {
    private static let folder = DatasetTestPaths.fixtures.appendingPathComponent("data/nested")

    /// Top-level columns whose type tree holds a float32, per file, from MANIFEST.json.
    private func float32Columns() throws -> [String: Set<String>] {
        let data = try Data(contentsOf: Self.folder.appendingPathComponent("MANIFEST.json"))
        let manifest = try XCTUnwrap(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let files = try XCTUnwrap(manifest["files"] as? [String: [String: Any]])
        func holdsFloat32(_ type: Any?) -> Bool {
            guard let t = type as? [String: Any] else { return false }
            if t["type"] as? String == "float" { return true }
            return t.values.contains { v in holdsFloat32(v) || ((v as? [Any])?.contains { holdsFloat32(($0 as? [String: Any])?["type"]) } ?? false) }
        }
        return files.mapValues { entry in
            Set(((entry["columns"] as? [[String: Any]]) ?? []).filter { holdsFloat32($0["type"]) }.compactMap { $0["name"] as? String })
        }
    }

    /// Why `actual` differs from the reference `expected`, or nil when they match.
    private func mismatch(_ actual: DataCell, _ expected: DataCell, float32: Bool, at path: String) -> String? {
        let differ = "\(path): \(actual) != \(expected)"
        switch (actual, expected) {
        case (_, .null):
            if case .double(let d) = actual, d.isNaN { return nil }
            return actual == .null ? nil : differ
        case (.double(let a), .double(let b)):
            let tolerance = float32 ? 1e-6 : 1e-12
            return abs(a - b) <= tolerance * abs(b) ? nil : differ
        case (.double(let a), .int(let b)):
            return a == Double(b) ? nil : differ
        case (.string(let a), .string(let b)):
            if a == b || Data(a.utf8).base64EncodedString() == b { return nil }
            return instant(a) == instant(b) ? nil : differ
        case (.bytes(let a), .string(let b)):
            return Data(a).base64EncodedString() == b ? nil : differ
        case (.int, _), (.string, _):
            // A decimal may come back as a number.
            if case .string(let b) = expected, let a = actual.doubleValue, let d = Double(b), a == d { return nil }
            return actual == expected ? nil : differ
        case (.map(let m), .list(let pairs)):
            // A map as [key, value] pairs in the reference.
            guard m.count == pairs.count else { return differ }
            for (i, pair) in pairs.enumerated() {
                guard let kv = pair.listValue, kv.count == 2, kv[0] == .string(m.keys[i]) else { return differ }
                if let why = mismatch(m.values[i], kv[1], float32: float32, at: "\(path)[\(m.keys[i])]") { return why }
            }
            return nil
        case (.list(let a), .list(let b)):
            guard a.count == b.count else { return "\(path): \(a.count) items, expected \(b.count): \(actual) != \(expected)" }
            for i in a.indices {
                if let why = mismatch(a[i], b[i], float32: float32, at: "\(path)[\(i)]") { return why }
            }
            return nil
        case (.map(let a), .map(let b)):
            guard a.keys == b.keys else { return "\(path): fields \(a.keys) != \(b.keys)" }
            for (k, v) in zip(b.keys, b.values) {
                if let why = mismatch(a[k] ?? .null, v, float32: float32, at: "\(path).\(k)") { return why }
            }
            return nil
        default:
            return actual == expected ? nil : differ
        }
    }

    /// An ISO 8601 timestamp without its UTC designator, so that Z, +00:00 and none compare equal.
    private func instant(_ s: String) -> String? {
        guard s.count >= 19, s.dropFirst(10).first == "T" else { return nil }
        for suffix in ["Z", "+00:00"] where s.hasSuffix(suffix) { return String(s.dropLast(suffix.count)) }
        return s
    }

    private func assertMatches(_ rows: [DataRow], columns: [String], expected: [DataRow], float32: Set<String>, _ name: String) {
        XCTAssertEqual(rows.count, expected.count, "\(name): rows")
        XCTAssertEqual(columns, expected.first?.keys ?? [], "\(name): columns")
        var failures = 0
        for (i, (row, want)) in zip(rows, expected).enumerated() {
            let why = row.keys != want.keys ? "row \(i): columns \(row.keys) != \(want.keys)"
                : zip(want.keys, want.values).lazy.compactMap { k, v in
                    self.mismatch(row[k] ?? .null, v, float32: float32.contains(k), at: "row \(i) \(k)")
                }.first
            guard let why else { continue }
            XCTFail("\(name): \(why)")
            failures += 1
            if failures >= 3 { break }
        }
    }

    func testEveryNestedFileEqualsItsReferenceRows() throws {
        let floats = try float32Columns()
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { $0.hasSuffix(".parquet") }.sorted()
        XCTAssertEqual(names.count, 22)
        for name in names {
            let path = Self.folder.appendingPathComponent(name).path
            do {
                let (columns, rows) = try ParquetReader.read(path: path)
                assertMatches(rows, columns: columns, expected: try DatasetFiles.read(path: path + ".rows.jsonl"), float32: floats[name] ?? [], name)
            } catch {
                XCTFail("\(name): \(error)")
            }
        }
    }

    func testSpotValuesOfTheGeneralFile() throws {
        let (_, rows) = try ParquetReader.read(path: Self.folder.appendingPathComponent("general.pa-hub.parquet").path)
        XCTAssertEqual(rows[0]["id"], .int(9_007_199_254_740_993))
        XCTAssertEqual(rows[0]["u32"], .int(4_294_967_295))
        XCTAssertEqual(rows[1]["id"], .int(Int64.min))
        XCTAssertEqual(rows[1]["s"], .map(["a": nil, "b": nil]))
        XCTAssertEqual(rows[0]["ts"], "1952-10-20T03:56:27.927391Z")
        let (_, gpqa) = try ParquetReader.read(path: Self.folder.appendingPathComponent("gpqa.pl-zstd.parquet").path)
        let accuracy = gpqa.compactMap { $0["Expert Validator Accuracy"]?.doubleValue }
        XCTAssertTrue(accuracy.contains { $0.isNaN }, "GPQA keeps its NaN")
        XCTAssertFalse(DataCell.list(gpqa.map { $0["Expert Validator Accuracy"] ?? .null }).jsonText.contains("nan"))
    }

    /// The Hub's refs/convert/parquet layout: <config>/<split>/NNNN.parquet.
    func testHubLayoutFolderLoadsAsSplits() throws {
        let hub = Self.folder.appendingPathComponent("openr1-hub").path
        let references = Self.folder.appendingPathComponent("openr1-hub.rows/default")
        func reference(_ parts: [String]) throws -> [DataRow] {
            try parts.flatMap { try DatasetFiles.read(path: references.appendingPathComponent("\($0).parquet.rows.jsonl").path) }
        }
        let train = try Dataset.load(hub)
        XCTAssertEqual(train.count, 36)
        assertMatches(try train.rows, columns: train.columns, expected: try reference(["train/0000", "train/0001"]), float32: [], "openr1-hub train")
        let test = try Dataset.load(hub, split: "test")
        XCTAssertEqual(test.count, 4)
        assertMatches(try test.rows, columns: test.columns, expected: try reference(["test/0000"]), float32: [], "openr1-hub test")
        XCTAssertEqual(try Dataset.load(hub, split: "test", config: "default").count, 4)
        XCTAssertThrowsError(try Dataset.load(hub, split: "validation"))
    }

    // MARK: - Damaged files: errors name the file, the column and the page.

    private func assertFails(_ writer: ParquetTestWriter, _ expected: String, file: StaticString = #filePath, line: UInt = #line) {
        XCTAssertThrowsError(try ParquetReader.read(bytes: writer.bytes(), file: "damaged.parquet"), file: file, line: line) { e in
            let text = "\(e)"
            for part in ["damaged.parquet", "column 'xs.list.element'", "page ", expected] {
                XCTAssertTrue(text.contains(part), "'\(part)' missing from: \(text)", file: file, line: line)
            }
        }
    }

    func testTheHandWrittenFileReads() throws {
        let cells: [DataCell] = [[1, 2], [], nil, [3, nil]]
        XCTAssertEqual(try ParquetReader.read(bytes: ParquetTestWriter().bytes(), file: "ok.parquet").rows.map { $0["xs"] }, cells)
        var dictionary = ParquetTestWriter()
        dictionary.dictionary = [7, 1, 3, 2]
        dictionary.values = [1, 3, 2]
        XCTAssertEqual(try ParquetReader.read(bytes: dictionary.bytes(), file: "ok.parquet").rows.map { $0["xs"] }, cells)
        var empty = ParquetTestWriter()
        (empty.repetitions, empty.definitions, empty.values, empty.rows) = ([], [], [], 0)
        XCTAssertEqual(try ParquetReader.read(bytes: empty.bytes(), file: "empty.parquet").columns, ["xs"])
    }

    func testLZ4AndBrotliPagesAndAMissingCodecNamed() throws {
        let cells: [DataCell] = [[1, 2], [], nil, [3, nil]]
        for codec in [4, 5, 7] {
            var w = ParquetTestWriter()
            w.codec = codec
            w.dictionary = [7, 1, 3, 2]
            w.values = [1, 3, 2]
            XCTAssertEqual(try ParquetReader.read(bytes: w.bytes(), file: "codec.parquet").rows.map { $0["xs"] }, cells, "codec \(codec)")
        }
        var lzo = ParquetTestWriter()
        lzo.codec = 3
        assertFails(lzo, "LZO")
    }

    func testPromptsFromAMessagesColumn() throws {
        let path = Self.folder.appendingPathComponent("openr1.pa-hub.parquet").path
        let full = try Dataset.load(path)
        let prompts = try full.select(columns: ["messages", "answer"]).toPrompts()
        XCTAssertEqual(prompts.count, full.count)
        for (i, p) in prompts.enumerated() {
            let turns = try XCTUnwrap(try full.row(i)["messages"]?.listValue)
            let lastUser = turns.last { $0.mapValue?["role"] == "user" }?.mapValue?["content"]?.text
            XCTAssertEqual(p.messages.map(\.role), ["user"], "row \(i)")
            XCTAssertEqual(p.messages.last?.content, lastUser, "row \(i)")
            XCTAssertEqual(p.answer, try full.row(i)["answer"]?.text)
        }
        let chat: DataCell = [.map(["role": "system", "content": "Think first."]), .map(["role": "user", "content": "1+1?"]),
                              .map(["role": "assistant", "content": "2"]), .map(["role": "user", "content": "And 2+2?"])]
        let ds = Dataset(rows: [["messages": chat, "answer": "4"]])
        let made = try XCTUnwrap(try ds.toPrompts().first)
        XCTAssertEqual(made.messages, [.init(role: "system", content: "Think first."), .init(role: "user", content: "And 2+2?")])
        XCTAssertEqual(try ds.toPrompts(systemPrompt: "").first?.messages.map(\.role), ["user"])
    }

    func testLevelsThatOverrunThePage() {
        var w = ParquetTestWriter()
        w.repetitionLength = 4096
        assertFails(w, "repetition levels run past the page")
    }

    func testRepetitionLevelThatStartsNoRecord() {
        var w = ParquetTestWriter()
        w.repetitions = [1, 1, 0, 0, 0, 1]
        assertFails(w, "repetition level 1 at entry 0 starts no record")
    }

    func testDictionaryIndexOutOfRange() {
        var w = ParquetTestWriter()
        w.dictionary = [10, 20]
        w.values = [0, 5, 1]
        assertFails(w, "dictionary index 5 out of range (2 entries)")
    }

    func testPageCountThatLies() {
        var w = ParquetTestWriter()
        w.pageCount = 7
        assertFails(w, "the pages hold 7 values, the column metadata says 6")
        var fewer = ParquetTestWriter()
        fewer.rows = 5
        assertFails(fewer, "levels end before the row group's rows do")
    }

    /// Every byte of the hand-written files (footer, page headers, levels, dictionary, values)
    /// damaged in turn: rows or a thrown error, never a trap.
    func testEveryDamagedByteOfASmallNestedFileIsSurvived() {
        var dictionary = ParquetTestWriter()
        dictionary.dictionary = [7, 1, 3, 2]
        dictionary.values = [1, 3, 2]
        dictionary.codec = 7
        for writer in [ParquetTestWriter(), dictionary] {
            let bytes = writer.bytes()
            for at in 4..<(bytes.count - 4) {
                for flip: UInt8 in [0x01, 0x80, 0xFF] {
                    var copy = bytes
                    copy[at] ^= flip
                    _ = try? ParquetReader.read(bytes: copy, file: "damaged.parquet")
                }
            }
        }
    }

    func testFlippedBytesInNestedFilesNeverCrash() throws {
        for name in ["general.pa-plain-v2-legacy.parquet", "openr1.pa-delta.parquet", "general.duck-zstd-v2.parquet"] {
            let bytes = [UInt8](try Data(contentsOf: Self.folder.appendingPathComponent(name)))
            ParquetReaderTests.readWithFlippedBytes(bytes, file: name, seed: 21, times: 300)
        }
    }
}
