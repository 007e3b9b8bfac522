/// The column types the `datasets` library records with the data (`Features`), which it writes
/// into Parquet files as JSON under the key-value metadata key "huggingface":
/// `{"info": {"features": {"label": {"names": ["neg", "pos"], "_type": "ClassLabel"}, …}}}`.
public struct DatasetFeatures: Sendable, Equatable {
    /// Column names in the order the metadata lists them.
    public let columns: [String]
    /// Per column, its type in `datasets`' words: "string", "int64", "list<bool>",
    /// "{content: string, role: string}", "class_label[neg, pos]".
    public let types: [String]
    /// The label names of ClassLabel columns: the integer n in a row stands for names[n].
    public let classLabels: [String: [String]]

    /// The features of `json`, the metadata's text; nil where it holds none. The metadata only
    /// describes the rows, which read the same without it, so text that is not the `datasets`
    /// form gives nil rather than an error.
    public init?(json: String) {
        guard let parsed = try? DataCell.parseJSON(Array(json.utf8), file: "huggingface metadata"),
              let features = parsed.mapValue?["info"]?.mapValue?["features"]?.mapValue else { return nil }
        var labels: [String: [String]] = [:]
        for (name, feature) in zip(features.keys, features.values) {
            if let f = feature.mapValue, f["_type"] == "ClassLabel", let names = f["names"]?.listValue {
                labels[name] = names.map(\.text)
            }
        }
        columns = features.keys
        types = features.values.map(Self.describe)
        classLabels = labels
    }

    /// The type of `column`, when the metadata names it.
    public func type(of column: String) -> String? {
        columns.firstIndex(of: column).map { types[$0] }
    }

    private static func describe(_ feature: DataCell) -> String {
        // `datasets` writes a list feature of old as a one-element JSON list.
        if let list = feature.listValue, list.count == 1 { return "list<\(describe(list[0]))>" }
        guard let f = feature.mapValue else { return feature.text }
        switch f["_type"]?.stringValue {
        case "Value"?: return f["dtype"]?.text ?? "value"
        case "ClassLabel"?: return "class_label[" + (f["names"]?.listValue ?? []).map(\.text).joined(separator: ", ") + "]"
        case "Sequence"?, "List"?, "LargeList"?:
            let element = f["feature"].map(describe) ?? "?"
            if let length = f["length"]?.intValue, length >= 0 { return "list<\(element)>[\(length)]" }
            return "list<\(element)>"
        case let kind?: return kind.lowercased()
        case nil:
            // A dict of features is a struct.
            return "{" + zip(f.keys, f.values).map { "\($0): \(describe($1))" }.joined(separator: ", ") + "}"
        }
    }
}
