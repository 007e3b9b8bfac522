import Foundation

/// Best wall time of `body` over repeated runs lasting at least `minSeconds` (at least 2 runs):
/// the minimum is the least noisy figure on a shared machine.
func bestTime(minSeconds: Double = 0.4, _ body: () throws -> Void) rethrows -> Double {
    var best = Double.infinity, total = 0.0, runs = 0
    while runs < 2 || total < minSeconds {
        let t0 = DispatchTime.now().uptimeNanoseconds
        try body()
        let dt = Double(DispatchTime.now().uptimeNanoseconds - t0) / 1e9
        best = min(best, dt); total += dt; runs += 1
    }
    return best
}

func pad(_ s: String, _ n: Int) -> String { s.count >= n ? s : s + String(repeating: " ", count: n - s.count) }
func fmt(_ x: Double, _ digits: Int = 1) -> String { String(format: "%.\(digits)f", x) }
