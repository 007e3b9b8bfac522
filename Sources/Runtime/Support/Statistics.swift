/// Summary statistics of rewards and metrics, computed as torch computes them, so that the
/// figures logged here match TRL's.
enum Statistics {
    /// The arithmetic mean; 0 for no values (an empty metric logs as 0).
    static func mean<C: Collection>(_ xs: C) -> Double where C.Element == Double {
        xs.isEmpty ? 0 : xs.reduce(0, +) / Double(xs.count)
    }

    /// The unbiased (n − 1) standard deviation, torch.std's default; `undefined` for fewer than
    /// two values (torch gives NaN; a logged metric wants 0).
    static func unbiasedStd<C: Collection>(_ xs: C, undefined: Double = .nan) -> Double where C.Element == Double {
        guard xs.count > 1 else { return undefined }
        let m = mean(xs)
        return (xs.reduce(0) { $0 + ($1 - m) * ($1 - m) } / Double(xs.count - 1)).squareRoot()
    }
}
