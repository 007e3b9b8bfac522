import Foundation
import Runtime

/// `plot(values)`, `t.plot(metric)`: a line chart. A notebook shows it as an image; `.save`
/// writes the PNG.
final class ChartHandle: RichDisplay {
    let title: String
    let x: [Double]
    let y: [Double]
    let png: Data

    init(title: String, x: [Double], y: [Double], xLabel: String = "step") throws {
        self.title = title
        self.x = x
        self.y = y
        png = try Chart.line(title: title, x: x, y: y, xLabel: xLabel)
    }

    var display: String {
        let finite = y.filter(\.isFinite)
        let range = finite.isEmpty ? "" : ", \(Chart.label(finite.min()!)) … \(Chart.label(finite.max()!))"
        return "<chart '\(title)': \(y.count) points\(range); .save(file) writes the PNG>"
    }

    var mimeBundle: MimeBundle { MimeBundle(text: display, png: png) }

    /// A chart of one metric over the steps of `history` (the trainer's or a TRL run's).
    static func metric(_ name: String, of history: [[(String, Double)]]) throws -> ChartHandle {
        guard !history.isEmpty else { throw ScriptError.fail("plot: no steps yet") }
        guard history[0].contains(where: { $0.0 == name }) else {
            throw ScriptError.fail("plot: no metric '\(name)' (have: \(history[0].map(\.0).joined(separator: ", ")))")
        }
        let points = history.compactMap { r -> (Double, Double)? in
            guard let y = r.first(where: { $0.0 == name })?.1, let x = r.first(where: { $0.0 == "step" })?.1 else { return nil }
            return (x, y)
        }
        return try ChartHandle(title: name, x: points.map(\.0), y: points.map(\.1))
    }

    /// The chart of a metric method: saved when `file` is given, returned either way.
    static func metricMethod(_ history: [[(String, Double)]], _ a: Arguments) throws -> Value {
        let chart = try metric(try a.string("metric"), of: history)
        if let file = try a.optional("file", { try $0.asString($1) }) { try AtomicFile.write(chart.png, to: file) }
        return .native(chart)
    }

    static let nativeType = NativeType(
        ChartHandle.self, name: "chart",
        help: "A line chart (from plot or t.plot): shown as an image in a notebook; .save(file) writes the PNG.",
        methods: [
            Builtin("save", [Param("file", .string)], help: "Writes the chart as a PNG file.", example: "c.save(\"reward.png\")") { a in
                try AtomicFile.write(try a.this(ChartHandle.self).png, to: try a.string("file"))
                return .null
            },
        ],
        fields: [
            NativeField(ChartHandle.self, "title", help: "the chart's title") { .string($0.title) },
            NativeField(ChartHandle.self, "x", help: "the x values (steps, or 0, 1, …)") { Value(doubles: $0.x) },
            NativeField(ChartHandle.self, "y", help: "the plotted values") { Value(doubles: $0.y) },
        ])
}

enum ChartBindings {
    static let builtins: [Builtin] = [
        Builtin("plot", [Param("values", .list), Param("metric", .orNil(.string), default: .null),
                         Param("title", .orNil(.string), default: .null)],
                returns: "chart",
                help: "A line chart of a list of numbers (against 0, 1, …), or of one metric of a list of maps such as\nt.metrics or a metrics.jsonl read back (against their \"step\" where they have one). A notebook shows it as\nan image; .save(file) writes the PNG. title defaults to the metric's name.",
                example: "plot(t.metrics, \"reward\")\nplot([0.2, 0.4, 0.5], title: \"accuracy\").save(\"acc.png\")") { a in
            let items = try a.list("values").items
            let metric = try a.optional("metric", { try $0.asString($1) })
            var x: [Double] = [], y: [Double] = [], steps = metric != nil
            for (i, item) in items.enumerated() {
                if let metric {
                    let row = try item.asMap("values[\(i)]")
                    guard let v = row[metric] else { throw ScriptError.fail("plot: values[\(i)] has no '\(metric)'") }
                    y.append(v.isNil ? .nan : try v.asDouble("values[\(i)].\(metric)"))
                    if let step = row["step"] { x.append(try step.asDouble("values[\(i)].step")) } else { x.append(Double(i)); steps = false }
                } else {
                    y.append(try item.asDouble("values[\(i)] (a list of maps needs metric:)"))
                    x.append(Double(i))
                }
            }
            let title = try a.optional("title", { try $0.asString($1) }) ?? metric ?? "values"
            return .native(try ChartHandle(title: title, x: x, y: y, xLabel: steps ? "step" : "index"))
        },
    ]
}
