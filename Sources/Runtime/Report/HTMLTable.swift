/// A table as HTML, for notebook front ends that show tables (`ds.show()`, `compare`) as such.
public enum HTMLTable {
    public static func render(header: [String], rows: [[String]], caption: String? = nil) -> String {
        var out = "<table>\n"
        if let caption { out += "<caption>\(escape(caption))</caption>\n" }
        out += "<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in rows { out += "<tr>" + row.map { "<td>\(escape($0))</td>" }.joined() + "</tr>\n" }
        return out + "</tbody>\n</table>"
    }

    public static func escape(_ text: String) -> String {
        var out = ""
        for c in text {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(c)
            }
        }
        return out
    }
}
