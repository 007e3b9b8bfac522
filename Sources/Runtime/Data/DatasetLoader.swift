import Foundation

extension Dataset {
    /// `load_dataset`: a local file or folder, or a Hub dataset repository ("org/name", or a
    /// registry alias such as "aime24").
    ///
    /// - `split`: which split (default: the registry's, else "train"). Files are matched by split
    ///   name as `datasets` does (train-00000-of-00002.parquet, data/test/…, valid.jsonl).
    /// - `config`: a configuration (subfolder or file-name stem); default the registry's.
    /// - `files`: glob patterns of the repository files to read, bypassing split matching.
    /// - `columns`: the columns to read (default the registry's; nested Parquet columns outside
    ///   this list are skipped).
    /// Without data files in the repository it reads the Hub's Parquet conversion
    /// (`refs/convert/parquet`), then the dataset viewer's `/rows` pages.
    public static func load(_ pathOrRepo: String, split: String? = nil, config: String? = nil, files: [String]? = nil,
                            columns: [String]? = nil, revision: String = "main", hub: HubClient? = nil) throws -> Dataset {
        let fm = FileManager.default
        if let format = DatasetFileFormat(rawValue: pathOrRepo.lowercased()), let files {
            return try loadFiles(files, format: format, columns: columns)
        }
        var isDir: ObjCBool = false
        if fm.fileExists(atPath: pathOrRepo, isDirectory: &isDir) {
            if !isDir.boolValue {
                return try open([pathOrRepo], columns: columns, source: pathOrRepo)
            }
            return try loadFolder(pathOrRepo, split: split ?? "train", config: config, files: files, columns: columns)
        }
        if DatasetFileFormat(path: pathOrRepo) != nil || pathOrRepo.hasPrefix("/") || pathOrRepo.hasPrefix(".") {
            throw DatasetError.fileNotFound(pathOrRepo)
        }
        return try loadHub(pathOrRepo, split: split, config: config, files: files, columns: columns,
                           revision: revision, hub: hub ?? HubClient())
    }

    /// `load_dataset("json", files: ["a.jsonl", "parts/*.jsonl"])`: local files (globs allowed)
    /// read in the given format whatever their extension.
    private static func loadFiles(_ patterns: [String], format: DatasetFileFormat, columns: [String]?) throws -> Dataset {
        var paths: [String] = []
        for pattern in patterns {
            var g = glob_t()
            defer { globfree(&g) }
            guard glob(pattern, 0, nil, &g) == 0 else { throw DatasetError.fileNotFound(pattern) }
            for i in 0..<Int(g.gl_pathc) { if let p = g.gl_pathv[i] { paths.append(String(cString: p)) } }
        }
        return try open(paths, format: format, columns: columns, source: patterns.joined(separator: ", "))
    }

    /// The dataset of `paths`: Parquet files stay on disk, their rows read when asked for; the
    /// text formats are read now.
    private static func open(_ paths: [String], format: DatasetFileFormat? = nil, columns: [String]?, source: String,
                             spec: DatasetSpec? = nil) throws -> Dataset {
        if !paths.isEmpty, paths.allSatisfy({ (format ?? DatasetFileFormat(path: $0)) == .parquet }) {
            return Dataset(parquet: try ParquetRows(paths: paths, columns: columns), source: source, spec: spec)
        }
        let rows = try paths.flatMap { try DatasetFiles.read(path: $0, format: format, columns: columns) }
        return Dataset(rows: rows, source: source, spec: spec)
    }

    private static func loadFolder(_ dir: String, split: String, config: String?, files: [String]?, columns: [String]?) throws -> Dataset {
        guard let walker = FileManager.default.enumerator(atPath: dir) else { throw DatasetError.unreadable(path: dir, reason: "cannot list the folder") }
        var all: [String] = []
        while let rel = walker.nextObject() as? String {
            if DatasetFileFormat(path: rel) != nil { all.append(rel) }
        }
        let chosen = DatasetFileSelection.choose(all.sorted(), split: split, config: config, files: files)
        guard !chosen.isEmpty else { throw DatasetError.noDataFiles(dataset: dir, detail: "no \(split) files among \(all.count) data files") }
        return try open(chosen.map { dir + "/" + $0 }, columns: columns, source: "\(dir):\(split)")
    }

    private static func loadHub(_ name: String, split: String?, config: String?, files: [String]?, columns: [String]?,
                                revision: String, hub: HubClient) throws -> Dataset {
        let spec = DatasetRegistry.spec(for: name)
        let repo = spec?.id ?? name
        let split = split ?? spec?.split ?? "train"
        let config = config ?? spec?.config
        let columns = columns ?? spec?.columns
        let source = "\(repo)\(config.map { "/" + $0 } ?? ""):\(split)"

        /// Rows whose layout the registry rewrites are read now: normalising may add columns.
        func finish(_ ds: Dataset) throws -> Dataset {
            guard let spec, DatasetRegistry.normalises(spec) else { return ds }
            let rows = try DatasetRegistry.normalise(ds.rows, spec: spec, file: source)
            return Dataset(rows: rows, columns: rows.isEmpty ? ds.columns : nil, source: source, spec: spec)
        }
        func read(_ paths: [String], revision: String) throws -> Dataset {
            let local = try paths.map { try hub.download(repo: repo, file: $0, revision: revision, repoType: .dataset) }
            return try open(local, columns: columns, source: source, spec: spec)
        }

        let listing = try hub.listFiles(repo: repo, revision: revision, repoType: .dataset).map(\.path)
        let dataFiles = listing.filter { DatasetFileFormat(path: $0) != nil }
        // The card's `configs:` section decides first, as in `datasets`.
        var patterns = files
        if patterns == nil, listing.contains("README.md"),
           let card = try? String(contentsOfFile: hub.download(repo: repo, file: "README.md", revision: revision, repoType: .dataset),
                                  encoding: .utf8) {
            patterns = DatasetCardConfigs(readme: card).patterns(config: config, split: split)
        }
        let chosen = DatasetFileSelection.choose(dataFiles, split: split, config: config, files: patterns)
        if !chosen.isEmpty { return try finish(try read(chosen, revision: revision)) }
        if files != nil { throw DatasetError.noDataFiles(dataset: repo, detail: "no file matches \(files!.joined(separator: ", "))") }

        // The Hub's own Parquet export: <config>/<split>/0000.parquet on refs/convert/parquet.
        let converted = "refs/convert/parquet"
        let configName = config ?? "default"
        if let exported = try? hub.listFiles(repo: repo, revision: converted, repoType: .dataset).map(\.path) {
            let parts = exported.filter { p in
                let c = p.split(separator: "/").map(String.init)
                return c.count >= 2 && c[0] == configName && p.hasSuffix(".parquet")
                    && (c.count >= 3 ? c[1] == split || c[1].hasPrefix(split + "-") : c[1].contains("-\(split)"))
            }.sorted()
            if !parts.isEmpty { return try finish(try read(parts, revision: converted)) }
        }
        if hub.settings.offline {
            throw DatasetError.noDataFiles(dataset: repo, detail: "no cached \(split) files (HF_HUB_OFFLINE=1)")
        }
        let page: DatasetViewer.Page
        do {
            page = try DatasetViewer.fetchRows(hub, dataset: repo, config: configName, split: split)
        } catch let e as HubError {
            throw DatasetError.noDataFiles(dataset: repo, detail: "no \(split) data files in the repository (\(dataFiles.count) data files listed), "
                + "no Parquet export, and the dataset viewer failed: \(e)")
        }
        var rows = page.rows
        if let columns {
            for c in columns where !page.columns.contains(c) { throw DatasetError.noSuchColumn(c, available: page.columns) }
            rows = rows.map { r in DataRow(keys: columns, values: columns.map { r[$0] ?? .null }) }
        }
        return try finish(Dataset(rows: rows, columns: rows.isEmpty ? columns ?? page.columns : nil, source: source, spec: spec))
    }
}

/// Which data files make up a split, following the conventions of `datasets`: a split name (or
/// a synonym) as a folder or as a delimited word in the file name; files without any split name
/// are all "train"; and when several formats are present, the most common one is read.
enum DatasetFileSelection {
    static let synonyms: [String: [String]] = [
        "train": ["train", "training"],
        "validation": ["validation", "valid", "dev", "val"],
        "test": ["test", "testing", "eval", "evaluation"],
    ]

    /// True when `word` occurs in `path` bounded by delimiters (-._ / digits) or the ends.
    static func mentions(_ path: String, _ word: String) -> Bool {
        let p = Array(path.lowercased().utf8), w = Array(word.lowercased().utf8)
        guard w.count <= p.count else { return false }
        func delimiter(_ c: UInt8) -> Bool { "-._ /0123456789".utf8.contains(c) }
        for start in 0...(p.count - w.count) where Array(p[start..<(start + w.count)]) == w {
            let before = start == 0 || delimiter(p[start - 1])
            let end = start + w.count
            let after = end == p.count || delimiter(p[end])
            if before && after { return true }
        }
        return false
    }

    static func choose(_ files: [String], split: String, config: String?, files patterns: [String]?) -> [String] {
        if let patterns {
            return files.filter { f in patterns.contains { fnmatch($0, f, 0) == 0 } }
        }
        var pool = files
        if let config, config != "default" {
            pool = pool.filter { f in f.split(separator: "/").dropLast().contains { $0 == config } || mentions((f as NSString).lastPathComponent, config) }
        }
        let names = synonyms[split.lowercased()] ?? [split]
        var chosen = pool.filter { f in names.contains { mentions(f, $0) } }
        if chosen.isEmpty && split.lowercased() == "train" {
            let allSplitWords = synonyms.values.flatMap { $0 }
            let unnamed = pool.filter { f in !allSplitWords.contains { mentions(f, $0) } }
            chosen = unnamed
        }
        // One format only: the most common, preferring Parquet on a tie.
        let byFormat = Dictionary(grouping: chosen) { DatasetFileFormat(path: $0)! }
        let preference: [DatasetFileFormat] = [.parquet, .jsonl, .json, .csv]
        guard let best = preference.enumerated().min(by: { a, b in
            let ca = byFormat[a.element]?.count ?? 0, cb = byFormat[b.element]?.count ?? 0
            return ca != cb ? ca > cb : a.offset < b.offset
        }), let picked = byFormat[best.element] else { return [] }
        return picked.sorted()
    }
}
