import Foundation

/// The dataset viewer's `/rows` API: pages of at most 100 rows, used when a Hub dataset has no
/// data files the reader understands.
public enum DatasetViewer {
    public struct Page {
        public let columns: [String]
        public let rows: [DataRow]
        public let total: Int
    }

    /// Parses one `/rows` answer: `features` give the column order, `rows[].row` the cells.
    public static func parsePage(_ bytes: [UInt8], source: String) throws -> Page {
        let root = try DataCell.parseJSON(bytes, file: source)
        guard let object = root.mapValue, let rowList = object["rows"]?.listValue else {
            throw DatasetError.malformed(file: source, line: 1, message: "not a dataset viewer rows page (no \"rows\" list)")
        }
        let columns = (object["features"]?.listValue ?? []).compactMap { $0.mapValue?["name"]?.stringValue }
        let rows = try rowList.enumerated().map { i, item -> DataRow in
            guard let row = item.mapValue?["row"]?.mapValue else {
                throw DatasetError.malformed(file: source, line: 1, message: "rows[\(i)] has no \"row\" object")
            }
            return row
        }
        let total = object["num_rows_total"]?.intValue.map { Int($0) } ?? rows.count
        return Page(columns: columns.isEmpty ? Dataset.columnUnion(rows) : columns, rows: rows, total: total)
    }

    /// All rows of a split, page by page.
    static func fetchRows(_ hub: HubClient, dataset: String, config: String, split: String) throws -> Page {
        var rows: [DataRow] = []
        var columns: [String] = []
        var total = Int.max
        while rows.count < total {
            try Interruption.check()
            let query = "dataset=\(HubNames.encode(dataset, keepSlash: false))&config=\(HubNames.encode(config, keepSlash: false))"
                + "&split=\(HubNames.encode(split, keepSlash: false))&offset=\(rows.count)&length=100"
            let url = "\(hub.settings.datasetsServer)/rows?\(query)"
            let r = try hub.http.request("GET", url)
            guard r.status == 200 else { throw hub.failure(r, repo: dataset, revision: "\(config)/\(split)", file: nil) }
            let page = try parsePage(r.body, source: url)
            if columns.isEmpty { columns = page.columns }
            total = page.total
            if page.rows.isEmpty { break }
            rows += page.rows
        }
        return Page(columns: columns, rows: rows, total: total)
    }
}
