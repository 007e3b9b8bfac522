import Dispatch
import Foundation

/// `:timeit code`: runs the code as one cell (so its errors show once) and then again, silently,
/// until it has run at least three times and about a second; reports the best and the median.
enum Timing {
    static let minimumRuns = 3
    static let budgetSeconds = 1.0
    static let maximumRuns = 1000

    static func timeit(_ code: String, in session: Session) -> String {
        let first = DispatchTime.now().uptimeNanoseconds
        guard session.run(code) else { return "timeit: the code failed; nothing timed" }
        var times = [Double(DispatchTime.now().uptimeNanoseconds - first) / 1e9]
        let interpreter = session.interpreter
        let saved = interpreter.output
        interpreter.output = { _ in }
        defer { interpreter.output = saved }
        let source = SourceText(name: ":timeit", text: code)
        while times.count < maximumRuns && (times.count < minimumRuns || times.reduce(0, +) < budgetSeconds) {
            let start = DispatchTime.now().uptimeNanoseconds
            do {
                _ = try interpreter.run(source)
            } catch {
                return "timeit: stopped after \(times.count) runs: \(error)"
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9)
        }
        let sorted = times.sorted()
        return "timeit: \(times.count) runs, best \(format(sorted[0])), median \(format(sorted[sorted.count / 2]))"
    }

    /// Seconds in the unit that reads best (s, ms or µs).
    static func format(_ seconds: Double) -> String {
        if seconds >= 1 { return String(format: "%.3f s", seconds) }
        if seconds >= 1e-3 { return String(format: "%.3f ms", seconds * 1e3) }
        return String(format: "%.1f µs", seconds * 1e6)
    }
}
