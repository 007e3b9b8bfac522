import Foundation
import Runtime

/// Dataset cells and rows as TinaScript values, and back.
extension Value {
    init(cell: DataCell) {
        switch cell {
        case .null: self = .null
        case .bool(let b): self = .bool(b)
        case .int(let i): self = .int(Int(i))
        case .double(let d): self = .float(d)
        case .string(let s): self = .string(s)
        case .bytes: self = .string(cell.text)  // TinaScript has no bytes type; base64 text
        case .list(let l): self = Value(l.map(Value.init(cell:)))
        case .map(let r): self = Value(row: r)
        }
    }

    init(row: DataRow) { self = Value(entries: zip(row.keys, row.values).map { ($0, Value(cell: $1)) }) }

    func dataCell(_ what: String) throws -> DataCell {
        switch self {
        case .null: return .null
        case .bool(let b): return .bool(b)
        case .int(let i): return .int(Int64(i))
        case .float(let d): return .double(d)
        case .string(let s): return .string(s)
        case .list(let l): return .list(try l.items.enumerated().map { try $1.dataCell("\(what)[\($0)]") })
        case .map(let m): return .map(DataRow(try m.entries.map { ($0, try $1.dataCell("\(what)[\"\($0)\"]")) }))
        case .function, .native: throw ScriptError.fail("'\(what)': a \(typeName) cannot be stored in a dataset")
        }
    }
}

extension DatasetPrompt {
    var value: Value {
        Value(entries: [("messages", Value(messages.map { Value(entries: [("role", .string($0.role)), ("content", .string($0.content))]) })),
                        ("answer", .string(answer)), ("row", .int(row)), ("scorer", .string(scorer.rawValue))])
    }
}

/// `ds`: rows of named columns from JSON, JSONL, CSV or Parquet, local or from the Hub.
final class DatasetHandle: NativeHandle {
    let dataset: Dataset
    init(_ d: Dataset) { dataset = d }
    var display: String { "<dataset \(dataset.source.isEmpty ? "" : dataset.source + ": ")\(dataset.count) rows × \(dataset.columns.joined(separator: ", "))>" }
    func plainValue() throws -> Value? { Value(try dataset.rows.map(Value.init(row:))) }

    /// `ds.info()`: where the rows come from, how many, and each column's type where the files
    /// record one (the `datasets` library's features), class label names included.
    var info: Value {
        let d = dataset
        let types = d.columns.map { c in (c, d.features?.type(of: c).map(Value.string) ?? .null) }
        var entries: [(String, Value)] = [("source", .string(d.source)), ("rows", .int(d.count)), ("columns", Value(entries: types))]
        let labels = d.columns.compactMap { c in d.features?.classLabels[c].map { (c, Value(strings: $0)) } }
        if !labels.isEmpty { entries.append(("class_labels", Value(entries: labels))) }
        entries.append(("lazy", .bool(d.parquet != nil)))
        return Value(entries: entries)
    }

    static func rowFunction(_ a: Arguments, _ name: String) throws -> (DataRow) throws -> Value {
        let f = try a.function(name)
        return { row in try a.call(f, [Value(row: row)]) }
    }

    static let nativeType = NativeType(
        DatasetHandle.self, name: "dataset",
        help: "A table of rows (maps column → value). len(ds), ds[i], for row in ds. Parquet rows are read a row group at a time\nas they are used: opening, len, ds[i], for, take, skip, select and show read only what they need.",
        methods: [
            Builtin("map", [Param("fn", .function)], returns: "dataset", help: "A dataset of fn(row) for each row (fn returns a map).",
                    example: "ds.map(fn(r) { r[\"answer\"] = str(r[\"answer\"]); return r })") { a in
                let f = try rowFunction(a, "fn")
                return .native(DatasetHandle(try a.this(DatasetHandle.self).dataset.map { row in
                    guard case .map(let m) = try f(row) else { throw ScriptError.fail("map: fn must return a map (a row)") }
                    return try DataRow(m.entries.map { ($0, try $1.dataCell("row[\"\($0)\"]")) })
                }))
            },
            Builtin("filter", [Param("fn", .function)], returns: "dataset", help: "The rows for which fn(row) is true.",
                    example: "ds.filter(fn(r) { r[\"level\"] == \"Level 5\" })") { a in
                let f = try rowFunction(a, "fn")
                return .native(DatasetHandle(try a.this(DatasetHandle.self).dataset.filter { try f($0).isTruthy }))
            },
            Builtin("shuffle", [Param("seed", .int, default: .int(42))], returns: "dataset", help: "The rows in a seeded random order.",
                    example: "ds.shuffle(seed: 1)") { a in
                .native(DatasetHandle(try a.this(DatasetHandle.self).dataset.shuffle(seed: UInt64(try a.int("seed")))))
            },
            Builtin("select", [Param("columns", .list)], returns: "dataset",
                    help: "Only the named columns, in that order; of Parquet files, only those columns are read from then on.",
                    example: "ds.select([\"problem\", \"answer\"])") { a in
                .native(DatasetHandle(try a.this(DatasetHandle.self).dataset.select(columns: try a.strings("columns"))))
            },
            Builtin("take", [Param("n", .int)], returns: "dataset", help: "The first n rows.", example: "ds.take(10)") { a in
                .native(DatasetHandle(try a.this(DatasetHandle.self).dataset.take(try a.int("n"))))
            },
            Builtin("skip", [Param("n", .int)], returns: "dataset", help: "All rows after the first n.", example: "ds.skip(10)") { a in
                .native(DatasetHandle(try a.this(DatasetHandle.self).dataset.skip(try a.int("n"))))
            },
            Builtin("split", [Param("test", .float), Param("seed", .int, default: .int(42))], returns: "map",
                    help: "{\"train\", \"test\"}: test is a fraction in (0, 1) or a row count; rows are shuffled with seed first.",
                    example: "let parts = ds.split(test: 0.1)") { a in
                let t = try a["test"]
                let size: DatasetSplitSize
                if case .int(let n) = t { size = .count(n) } else { size = .fraction(try t.asDouble("test")) }
                let parts = try a.this(DatasetHandle.self).dataset.split(test: size, seed: UInt64(try a.int("seed")))
                return Value(entries: [("train", .native(DatasetHandle(parts.train))), ("test", .native(DatasetHandle(parts.test)))])
            },
            Builtin("info", [], returns: "map",
                    help: "{\"source\", \"rows\", \"columns\": {name: type or nil}, \"class_labels\" (where there are), \"lazy\"}: the types are\nthose the datasets library stored in Parquet files (\"huggingface\" metadata); lazy: rows are read from the files when used.",
                    example: "ds.info()[\"columns\"]") { a in
                try a.this(DatasetHandle.self).info
            },
            Builtin("show", [Param("n", .int, default: .int(5))], help: "Prints the first n rows as a table (lists and maps compactly).",
                    example: "ds.show(3)") { a in
                let dataset = try a.this(DatasetHandle.self).dataset, n = try a.int("n")
                a.interpreter.show(MimeBundle(text: try dataset.show(n), html: try dataset.showHTML(n)))
                return .null
            },
            Builtin("to_prompts", [Param("system_prompt", .orNil(.string), default: .null), Param("question", .orNil(.string), default: .null),
                                   Param("answer", .orNil(.string), default: .null), Param("template", .orNil(.string), default: .null),
                                   Param("seed", .int, default: .int(0))],
                    returns: "list",
                    help: "Chat prompts and gold answers, one {\"messages\", \"answer\", \"row\", \"scorer\"} per row. Column names and the\nsystem prompt default to the registry's for known data sets (\"\" = no system turn); template holds {question}.\nMultiple-choice sets (gpqa_diamond) show the choices in an order drawn from seed, labelled A–D (template\nalso holds {A}…{D}); their answer is the letter and their scorer \"multiple-choice\", else \"math-verify\".",
                    example: "let prompts = ds.to_prompts(question: \"problem\", answer: \"answer\")") { a in
                let d = try a.this(DatasetHandle.self).dataset
                let prompts = try d.toPrompts(systemPrompt: try a.optional("system_prompt") { try $0.asString($1) },
                                              question: try a.optional("question") { try $0.asString($1) },
                                              answer: try a.optional("answer") { try $0.asString($1) },
                                              userTemplate: try a.optional("template") { try $0.asString($1) },
                                              seed: UInt64(try a.int("seed")))
                return Value(prompts.map(\.value))
            },
        ],
        fields: [
            NativeField(DatasetHandle.self, "columns", help: "column names") { Value(strings: $0.dataset.columns) },
            NativeField(DatasetHandle.self, "source", help: "where the rows came from") { .string($0.dataset.source) },
        ],
        length: { $0.dataset.count },
        index: { h, key in Value(row: try h.dataset.row(try key.asInt("index"))) })
}

enum DataBindings {
    static let builtins: [Builtin] = [
        Builtin("load_dataset", [Param("path", .string), Param("split", .orNil(.string), default: .null),
                                 Param("config", .orNil(.string), default: .null), Param("files", .orNil(.list), default: .null),
                                 Param("columns", .orNil(.list), default: .null)],
                returns: "dataset",
                help: "Rows from a local JSON/JSONL/CSV/Parquet file or folder (a Hub Parquet export's <config>/<split>/ layout too),\n\"json\"/\"csv\"/\"parquet\" with files:, or a Hub dataset repo (\"org/name\", or a registry alias such as \"aime24\"),\nthrough the Hugging Face cache. columns: reads only those columns (of Parquet, only their column chunks).",
                example: "let ds = load_dataset(\"open-r1/OpenR1-Math-220k\", columns: [\"problem\", \"answer\"])") { a in
            .native(DatasetHandle(try Dataset.load(try a.string("path"), split: try a.optional("split") { try $0.asString($1) },
                                                   config: try a.optional("config") { try $0.asString($1) },
                                                   files: try a.optional("files") { try $0.asStrings($1) },
                                                   columns: try a.optional("columns") { try $0.asStrings($1) })))
        },
        Builtin("dataset", [Param("rows", .list)], returns: "dataset", help: "A dataset from a list of maps.",
                example: "let ds = dataset([{\"problem\": \"1+1\", \"answer\": \"2\"}])") { a in
            let rows = try a.list("rows").items.enumerated().map { i, v -> DataRow in
                DataRow(try v.asMap("rows[\(i)]").entries.map { ($0, try $1.dataCell("rows[\(i)][\"\($0)\"]")) })
            }
            return .native(DatasetHandle(Dataset(rows: rows, source: "dataset()")))
        },
        Builtin("hub_download", [Param("repo", .string), Param("file", .string), Param("revision", .string, default: .string("main")),
                                 Param("repo_type", .string, default: .string("model"))],
                returns: "string",
                help: "Downloads one file of a Hub repo into the huggingface_hub cache (resuming, verified); returns its path.\nHonours HF_ENDPOINT, HF_TOKEN, HF_HUB_CACHE/HF_HOME and HF_HUB_OFFLINE.",
                example: "hub_download(\"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\", \"config.json\")") { a in
            .string(try HubClient().download(repo: try a.string("repo"), file: try a.string("file"), revision: try a.string("revision"),
                                             repoType: try HubRepoType(name: try a.string("repo_type"))))
        },
        Builtin("hub_snapshot", [Param("repo", .string), Param("allow", .orNil(.list), default: .null),
                                 Param("revision", .string, default: .string("main")), Param("repo_type", .string, default: .string("model"))],
                returns: "string",
                help: "Downloads a repo's files (allow: glob patterns) into the cache; returns the snapshot folder.",
                example: "hub_snapshot(\"knoveleng/open-rs\", repo_type: \"dataset\", allow: [\"*.parquet\"])") { a in
            .string(try HubClient().snapshot(repo: try a.string("repo"), revision: try a.string("revision"),
                                             repoType: try HubRepoType(name: try a.string("repo_type")),
                                             allow: try a.optional("allow") { try $0.asStrings($1) }))
        },
        Builtin("hub_files", [Param("repo", .string), Param("repo_type", .string, default: .string("model")),
                              Param("revision", .string, default: .string("main"))],
                returns: "list", help: "The files of a Hub repo: {\"path\", \"size\"} maps.",
                example: "hub_files(\"deepseek-ai/DeepSeek-R1-Distill-Qwen-1.5B\")") { a in
            let files = try HubClient().listFiles(repo: try a.string("repo"), revision: try a.string("revision"),
                                                  repoType: try HubRepoType(name: try a.string("repo_type")))
            return Value(files.map { Value(entries: [("path", .string($0.path)), ("size", $0.size.map { .int(Int($0)) } ?? .null)]) })
        },
    ]
}
