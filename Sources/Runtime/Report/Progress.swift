import Foundation

/// A progress bar on stderr for downloads, training steps, generation and evaluation.
///
/// On a terminal it redraws one line in place (`\r`) at most every `redrawInterval` seconds;
/// when stderr is a file or pipe it prints a full line only every `lineInterval` seconds (and at
/// the end), so logs stay readable.
public final class ProgressBar {
    /// What is being counted: bytes print as kB/MB/GB with a B/s rate, steps as plain counts.
    public enum Unit: Sendable, Equatable {
        case bytes
        case steps(String)
    }

    public let label: String
    public let unit: Unit
    public private(set) var total: Int64?
    public private(set) var current: Int64 = 0
    /// Free text shown after the rate, e.g. "loss 0.412" during training.
    public var status: String = ""

    private let startTime: Double
    /// The count and time when this bar began; a resumed download starts above zero but its
    /// rate must count only the bytes moved in this session.
    private let startCount: Int64
    private var lastDraw: Double = -1
    private var finished = false
    private let isTTY: Bool
    private let redrawInterval: Double
    private let lineInterval: Double
    private let sink: (String) -> Void
    private let drawsLive: Bool

    /// Where bars without an `output` of their own are drawn when the front end shows them
    /// itself (the Jupyter kernel: one display per bar, updated in place): the bar, its text and
    /// whether it is the final draw. Nil: stderr.
    nonisolated(unsafe) public static var liveDisplay: ((ProgressBar, String, Bool) -> Void)?

    /// `output` receives each drawn line; the default writes to stderr.
    public init(label: String, total: Int64?, unit: Unit = .steps("it"), initial: Int64 = 0,
                isTerminal: Bool? = nil, redrawInterval: Double = 0.1, lineInterval: Double = 5,
                output: ((String) -> Void)? = nil) {
        self.label = label
        self.unit = unit
        self.total = total
        self.current = initial
        self.startCount = initial
        self.startTime = ProgressBar.now()
        self.drawsLive = output == nil && ProgressBar.liveDisplay != nil
        self.isTTY = isTerminal ?? (drawsLive || isatty(STDERR_FILENO) == 1)
        self.redrawInterval = redrawInterval
        self.lineInterval = lineInterval
        self.sink = output ?? { text in FileHandle.standardError.write(Data(text.utf8)) }
    }

    public func advance(by n: Int64 = 1) { update(to: current + n) }

    public func update(to value: Int64) {
        current = value
        guard !finished else { return }
        let t = ProgressBar.now()
        let interval = isTTY ? redrawInterval : lineInterval
        if lastDraw < 0 && !isTTY { lastDraw = t; return }  // no line at 0% in logs
        if t - lastDraw >= interval { draw(at: t, final: false) }
    }

    /// Draws the final state and ends the line. Safe to call more than once.
    public func finish() {
        guard !finished else { return }
        draw(at: ProgressBar.now(), final: true)
        finished = true
    }

    /// The text of the bar at the current state (without `\r` or newline).
    public func render(elapsed: Double) -> String {
        var parts: [String] = []
        if !label.isEmpty { parts.append(label) }
        if let total, total > 0 {
            let fraction = min(1, max(0, Double(current) / Double(total)))
            let width = 24
            let filled = Int(fraction * Double(width))
            let bar = String(repeating: "█", count: filled) + String(repeating: " ", count: width - filled)
            parts.append(String(format: "%3d%%", Int(fraction * 100)) + " |" + bar + "|")
            parts.append("\(amount(current))/\(amount(total))")
        } else {
            parts.append(amount(current))
        }
        let moved = Double(current - startCount)
        let rate = elapsed > 0 ? moved / elapsed : 0
        parts.append(rateText(rate))
        if let total, total > 0, rate > 0, current < total {
            parts.append("ETA " + ProgressBar.clock(Double(total - current) / rate))
        } else {
            parts.append(ProgressBar.clock(elapsed))
        }
        if !status.isEmpty { parts.append(status) }
        return parts.joined(separator: "  ")
    }

    /// Whether a bar has drawn on the terminal's current line without ending it.
    nonisolated(unsafe) private static var lineOpen = false

    /// Ends a bar's unfinished terminal line (a failed step leaves one behind), so that what is
    /// printed next, an error above all, starts on a line of its own.
    public static func endOpenLine() {
        guard lineOpen else { return }
        lineOpen = false
        FileHandle.standardError.write(Data("\n".utf8))
    }

    private func draw(at t: Double, final: Bool) {
        lastDraw = t
        let text = render(elapsed: t - startTime)
        if drawsLive, let live = ProgressBar.liveDisplay {
            live(self, text, final)
        } else if isTTY {
            // Clear to end of line: the previous draw may have been longer.
            sink("\r" + text + "\u{1B}[K" + (final ? "\n" : ""))
            ProgressBar.lineOpen = !final
        } else {
            sink(text + "\n")
        }
    }

    private func amount(_ n: Int64) -> String {
        switch unit {
        case .bytes: return ProgressBar.bytes(Double(n))
        case .steps: return String(n)
        }
    }

    private func rateText(_ rate: Double) -> String {
        switch unit {
        case .bytes: return ProgressBar.bytes(rate) + "/s"
        case .steps(let name):
            if rate > 0 && rate < 1 { return String(format: "%.2f s/%@", 1 / rate, name) }
            return String(format: "%.2f %@/s", rate, name)
        }
    }

    static func bytes(_ n: Double) -> String {
        let units = ["B", "kB", "MB", "GB", "TB"]
        var v = n, i = 0
        while v >= 1000 && i < units.count - 1 { v /= 1000; i += 1 }
        return i == 0 ? String(format: "%.0f %@", v, units[i]) : String(format: "%.1f %@", v, units[i])
    }

    static func clock(_ seconds: Double) -> String {
        guard seconds.isFinite else { return "?" }
        let s = Int(seconds.rounded())
        if s >= 3600 { return String(format: "%d:%02d:%02d", s / 3600, (s / 60) % 60, s % 60) }
        return String(format: "%d:%02d", s / 60, s % 60)
    }

    private static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }
}
