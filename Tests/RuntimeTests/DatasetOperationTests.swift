import Foundation
import Runtime
import XCTest

final class DatasetOperationTests: XCTestCase {
    private func mini() throws -> Dataset { try Dataset.load(DatasetTestPaths.data("mini_math.jsonl")) }

    func testRowAccessMapFilterTakeSkip() throws {
        let ds = try mini()
        XCTAssertEqual(try ds.row(-1), try ds.rows[59])
        XCTAssertThrowsError(try ds.row(60)) { e in
            XCTAssertEqual("\(e)", "row index 60 is out of range for a dataset of 60 rows")
        }
        let level1 = try ds.filter { $0["level"] == "Level 1" }
        XCTAssertEqual(level1.count, 12)
        let mapped = try ds.map { r in
            var r = r
            r["n"] = .int(Int64(r["answer"]!.text.count))
            r["level"] = nil
            return r
        }
        XCTAssertEqual(mapped.columns, ["problem", "solution", "answer", "n"])
        XCTAssertEqual(try mapped.row(0)["n"], 3)
        XCTAssertEqual(try ds.take(5).rows, Array(try ds.rows.prefix(5)))
        XCTAssertEqual(try ds.skip(55).rows, Array(try ds.rows.suffix(5)))
        XCTAssertEqual(try ds.take(100).count, 60)
        XCTAssertThrowsError(try ds.take(-1))
        XCTAssertEqual(try ds.column("answer").prefix(2), ["148", "754"])
        XCTAssertThrowsError(try ds.column("nope")) { e in
            XCTAssertEqual("\(e)", "no column 'nope' in the dataset (columns: problem, solution, answer, level)")
        }
    }

    func testShuffleAndSplitAreSeeded() throws {
        let ds = try mini()
        let a = try ds.shuffle(seed: 42), b = try ds.shuffle(seed: 42), c = try ds.shuffle(seed: 7)
        XCTAssertEqual(try a.rows, try b.rows)
        XCTAssertNotEqual(try a.rows, try c.rows)
        XCTAssertNotEqual(try a.rows, try ds.rows)
        XCTAssertEqual(Set(try a.rows.map(\.description)), Set(try ds.rows.map(\.description)))
        // The order is SeededRandom's Fisher–Yates permutation.
        var rng = SeededRandom(seed: 42)
        XCTAssertEqual(try a.rows, try rng.permutation(60).map { try ds.rows[$0] })

        let (train, test) = try ds.split(test: .fraction(0.1), seed: 42)
        XCTAssertEqual(train.count, 54)
        XCTAssertEqual(test.count, 6)
        XCTAssertEqual((try train.rows) + (try test.rows), try a.rows)
        let (t2, s2) = try ds.split(test: .count(10), seed: nil)
        XCTAssertEqual(try s2.rows, Array(try ds.rows.suffix(10)))
        XCTAssertEqual(t2.count, 50)
        XCTAssertThrowsError(try ds.split(test: .fraction(1.5)))
        XCTAssertThrowsError(try ds.split(test: .count(61)))
    }

    func testShowRendersATable() throws {
        let ds = try mini().select(columns: ["answer", "level"])
        XCTAssertEqual(try ds.show(2), """
        # | answer | level
        --+--------+--------
        0 | 148    | Level 1
        1 | 754    | Level 2
        (60 rows × 2 columns, showing 2)
        """)
        let long = Dataset(rows: [["text": .string("line one\nline two is rather long")], ["text": nil]])
        XCTAssertEqual(try long.show(5, maxWidth: 12), """
        # | text
        --+-------------
        0 | line one↵li…
        1 | null
        (2 rows × 1 columns)
        """)
    }

    func testPromptsFromTheRegistryAndFromArguments() throws {
        let ds = try mini()
        // No registry entry: the usual column names are found.
        let plain = try ds.toPrompts(systemPrompt: "Be brief.")
        XCTAssertEqual(plain.count, 60)
        XCTAssertEqual(plain[0].messages, [.init(role: "system", content: "Be brief."), .init(role: "user", content: "What is $67 + 81$?")])
        XCTAssertEqual(plain[0].answer, "Adding, $67 + 81 = 148$. The answer is $\\boxed{148}$.")
        let chosen = try ds.toPrompts(systemPrompt: "", answer: "answer", userTemplate: "Q: {question}\nA:")
        XCTAssertEqual(chosen[1].messages, [.init(role: "user", content: "Q: Compute $29 \\times 26$.\nA:")])
        XCTAssertEqual(chosen[1].answer, "754")
        XCTAssertThrowsError(try ds.toPrompts(question: "prompt")) { e in
            XCTAssertEqual("\(e)", "no column 'prompt' in the dataset (columns: problem, solution, answer, level)")
        }

        // As knoveleng/open-rs: open-rs's system prompt and the solution as gold, like Tina.
        let openRS = Dataset(rows: try ds.rows, source: "knoveleng/open-rs", spec: DatasetRegistry.spec(for: "knoveleng/open-rs"))
        let p = try openRS.toPrompts()
        XCTAssertEqual(p[0].messages.first?.content, TinaSystemPrompts.openRS)
        XCTAssertTrue(TinaSystemPrompts.openRS.contains("within \\boxed{{}} ."))
        XCTAssertEqual(p[0].answer, try ds.rows[0]["solution"]?.text)
        // As DeepScaleR: the bare answer, wrapped in $…$.
        let deep = Dataset(rows: try ds.rows, spec: DatasetRegistry.spec(for: "deepscaler"))
        XCTAssertEqual(try deep.toPrompts()[0].answer, "$148$")
        XCTAssertEqual(try deep.toPrompts()[0].messages.first?.content, TinaSystemPrompts.openR1)
        // As an evaluation set: no system turn, open-rs's lighteval math query.
        let aime = Dataset(rows: try ds.rows, spec: DatasetRegistry.spec(for: "aime24"))
        let q = try aime.toPrompts()[0]
        XCTAssertEqual(q.messages.count, 1)
        XCTAssertTrue(q.messages[0].content.hasSuffix("Think step by step before answering.\n\nWhat is $67 + 81$?"))
        XCTAssertEqual(q.answer, "148")
    }

    func testRegistryCoversTinasDataSets() throws {
        let training = ["knoveleng/open-rs", "knoveleng/open-s1", "agentica-org/DeepScaleR-Preview-Dataset",
                        "RUC-AIBOX/STILL-3-Preview-RL-Data", "Intelligent-Internet/II-Thought-RL-v0-Math-50K",
                        "GAIR/LIMR", "open-r1/OpenR1-Math-220k"]
        let evaluation = ["HuggingFaceH4/aime_2024", "yentinglin/aime_2025", "knoveleng/AMC-23", "HuggingFaceH4/MATH-500",
                          "knoveleng/Minerva-Math", "Idavidrein/gpqa"]
        for id in training { XCTAssertEqual(DatasetRegistry.spec(for: id)?.role, .training, id) }
        for id in evaluation { XCTAssertEqual(DatasetRegistry.spec(for: id)?.role, .evaluation, id) }
        XCTAssertEqual(DatasetRegistry.spec(for: "KNOVELENG/OPEN-RS")?.questionColumn, "problem")
        XCTAssertEqual(DatasetRegistry.spec(for: "math500")?.split, "test")
        XCTAssertEqual(DatasetRegistry.spec(for: "gpqa")?.config, "gpqa_diamond")
        XCTAssertNil(DatasetRegistry.spec(for: "someone/else"))
    }

    func testCellConversions() {
        XCTAssertEqual(DataCell.double(3).intValue, 3)
        XCTAssertNil(DataCell.double(3.5).intValue)
        XCTAssertEqual(DataCell.int(2).doubleValue, 2)
        XCTAssertEqual(DataCell.string("x").text, "x")
        XCTAssertEqual(DataCell.null.text, "")
        XCTAssertEqual(DataCell.double(2).jsonText, "2.0")
        XCTAssertEqual(DataCell.map(["a": [1, "b"]]).jsonText, "{\"a\": [1, \"b\"]}")
        XCTAssertEqual(DataCell.string("q\"\n").jsonText, "\"q\\\"\\n\"")
        var row: DataRow = ["a": 1, "b": 2]
        row["a"] = nil
        row["c"] = 3
        XCTAssertEqual(row.keys, ["b", "c"])
    }
}
