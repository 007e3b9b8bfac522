import Foundation

/// The width of the terminal the REPL draws on, read before each cell (windows get resized).
enum TerminalSize {
    /// Columns of standard output's terminal; `COLUMNS`, then 80, when it is not one.
    static func columns() -> Int {
        var size = winsize()
        if ioctl(1, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let text = ProcessInfo.processInfo.environment["COLUMNS"], let n = Int(text), n > 0 { return n }
        return 80
    }
}
