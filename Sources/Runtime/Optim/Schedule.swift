import Foundation

/// Learning-rate multipliers of transformers' schedulers (all with linear warmup).
public struct LRSchedule: Equatable, Codable {
    public enum Kind: String, Codable, CaseIterable, Sendable { case constant, linear, cosine, cosineWithMinLR = "cosine_with_min_lr" }

    public var kind: Kind
    public var warmupSteps: Int
    public var totalSteps: Int
    public var minLRRate: Double

    public init(kind: Kind, warmupSteps: Int = 0, totalSteps: Int = 1, minLRRate: Double = 0) throws {
        guard warmupSteps >= 0, totalSteps >= 1, (0...1).contains(minLRRate) else {
            throw OptimError.invalid("schedule: need warmup ≥ 0, total ≥ 1, 0 ≤ min_lr_rate ≤ 1")
        }
        self.kind = kind; self.warmupSteps = warmupSteps; self.totalSteps = totalSteps; self.minLRRate = minLRRate
    }

    /// Multiplier of the base learning rate at `step` (0-based, as the scheduler's step count).
    public func multiplier(at step: Int) -> Double {
        if step < warmupSteps { return Double(step) / Double(max(1, warmupSteps)) }
        let progress = Double(step - warmupSteps) / Double(max(1, totalSteps - warmupSteps))
        switch kind {
        case .constant: return 1
        case .linear: return max(0, Double(totalSteps - step) / Double(max(1, totalSteps - warmupSteps)))
        case .cosine: return max(0, 0.5 * (1 + cos(Double.pi * progress)))
        case .cosineWithMinLR:
            let factor = 0.5 * (1 + cos(Double.pi * progress))
            return factor * (1 - minLRRate) + minLRRate
        }
    }
}
