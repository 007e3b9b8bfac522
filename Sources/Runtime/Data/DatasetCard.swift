/// The `configs:` section of a dataset card's YAML header (README.md), which maps each
/// configuration and split to file patterns, e.g.
///
///     configs:
///     - config_name: default
///       data_files:
///       - split: train
///         path: data/train-*
///
/// Only this section is read, with a line-based reader that knows its few shapes (a scalar,
/// a block list, a flow list `[a, b]`).
struct DatasetCardConfigs: Equatable {
    /// config name → split → path patterns.
    var configs: [String: [String: [String]]] = [:]
    /// The config marked `default: true`, or the one named "default".
    var defaultConfig: String?

    init(readme: String) {
        let lines = readme.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        guard lines.first?.trimmingCharacters(in: .whitespaces) == "---" else { return }
        var inConfigs = false
        var config: String?
        var split = "train"
        var listTarget = false  // the next "- item" lines are paths
        for raw in lines.dropFirst() {
            if raw.trimmingCharacters(in: .whitespaces) == "---" { break }
            if raw.trimmingCharacters(in: .whitespaces).isEmpty || raw.trimmingCharacters(in: .whitespaces).hasPrefix("#") { continue }
            let topLevel = !raw.hasPrefix(" ") && !raw.hasPrefix("-")
            if topLevel {
                inConfigs = raw.hasPrefix("configs:")
                continue
            }
            guard inConfigs else { continue }
            var text = raw.trimmingCharacters(in: .whitespaces)
            let isItem = text.hasPrefix("- ")
            if isItem { text = String(text.dropFirst(2)).trimmingCharacters(in: .whitespaces) }
            guard let colon = DatasetCardConfigs.keyColon(text) else {
                if isItem, listTarget, let config { add(config, split, DatasetCardConfigs.unquote(text)) }
                continue
            }
            let key = String(text[..<colon]).trimmingCharacters(in: .whitespaces)
            let value = String(text[text.index(after: colon)...]).trimmingCharacters(in: .whitespaces)
            switch key {
            case "config_name":
                config = DatasetCardConfigs.unquote(value)
                split = "train"
                listTarget = false
                if configs[config!] == nil { configs[config!] = [:] }
                if config == "default" && defaultConfig == nil { defaultConfig = "default" }
            case "default":
                if value == "true", let config { defaultConfig = config }
            case "data_files", "path":
                if key == "data_files" { split = "train" }
                listTarget = value.isEmpty
                if let config { for p in DatasetCardConfigs.values(value) { add(config, split, p) } }
            case "split":
                split = DatasetCardConfigs.unquote(value)
                listTarget = false
            default:
                listTarget = false
            }
        }
    }

    private mutating func add(_ config: String, _ split: String, _ pattern: String) {
        configs[config, default: [:]][split, default: []].append(pattern)
    }

    /// The colon that ends a `key:` (followed by a space or the end), not one inside a path.
    private static func keyColon(_ s: String) -> String.Index? {
        guard let c = s.firstIndex(of: ":") else { return nil }
        let next = s.index(after: c)
        return next == s.endIndex || s[next] == " " ? c : nil
    }

    private static func unquote(_ s: String) -> String {
        var t = s.trimmingCharacters(in: .whitespaces)
        if t.count >= 2, let f = t.first, f == t.last, f == "\"" || f == "'" { t = String(t.dropFirst().dropLast()) }
        return t
    }

    /// A scalar or a flow list as patterns.
    private static func values(_ s: String) -> [String] {
        if s.isEmpty { return [] }
        if s.hasPrefix("["), s.hasSuffix("]") {
            return s.dropFirst().dropLast().split(separator: ",").map { unquote(String($0)) }.filter { !$0.isEmpty }
        }
        return [unquote(s)]
    }

    /// The patterns of a split: the named config, else the default one, else the only one.
    func patterns(config: String?, split: String) -> [String]? {
        let name = config ?? defaultConfig ?? (configs.count == 1 ? configs.keys.first : nil)
        guard let name, let splits = configs[name] else { return nil }
        return splits[split]
    }
}
