import Foundation

/// AdamW as torch.optim.AdamW computes it: decoupled weight decay p ← p·(1 − lr·wd), then the
/// bias-corrected Adam update.
public final class AdamW {
    public var lr: Float
    public let beta1: Float, beta2: Float, eps: Float, weightDecay: Float
    public private(set) var step = 0
    /// First and second moments per parameter, in parameter order.
    var m: [Tensor] = [], v: [Tensor] = []

    public init(lr: Float = 1e-3, betas: (Float, Float) = (0.9, 0.999), eps: Float = 1e-8, weightDecay: Float = 0.01) throws {
        guard lr >= 0, eps > 0, weightDecay >= 0, (0..<1).contains(betas.0), (0..<1).contains(betas.1) else {
            throw OptimError.invalid("adamw: need lr ≥ 0, 0 ≤ betas < 1, eps > 0, weight_decay ≥ 0")
        }
        self.lr = lr; beta1 = betas.0; beta2 = betas.1; self.eps = eps; self.weightDecay = weightDecay
    }

    /// One update of every parameter from its `grad` (parameters without a gradient are skipped
    /// this step but keep their moments). `lr` overrides the optimiser's rate (schedules).
    public func update(_ params: [Tensor], lr rate: Float? = nil) throws {
        if m.isEmpty {
            m = params.map { Tensor(zeros: $0.shape) }
            v = params.map { Tensor(zeros: $0.shape) }
        }
        guard m.count == params.count, zip(m, params).allSatisfy({ $0.shape == $1.shape }) else {
            throw OptimError.invalid("adamw: the parameter list changed since the first step")
        }
        step += 1
        let lr = rate ?? self.lr
        let c1 = 1 - powf(beta1, Float(step)), c2 = 1 - powf(beta2, Float(step))
        let stepSize = lr / c1, c2root = c2.squareRoot()
        for (i, p) in params.enumerated() {
            guard let g = p.grad else { continue }
            let pp = p.data, gp = g.data, mp = m[i].data, vp = v[i].data
            let (b1, b2, wd, e) = (beta1, beta2, weightDecay, eps)
            for j in 0..<p.count {
                pp[j] *= 1 - lr * wd
                mp[j] = b1 * mp[j] + (1 - b1) * gp[j]
                vp[j] = b2 * vp[j] + (1 - b2) * gp[j] * gp[j]
                pp[j] -= stepSize * mp[j] / (vp[j].squareRoot() / c2root + e)
            }
        }
    }

    /// Moments and step, for training-state checkpoints.
    public var state: (step: Int, m: [Tensor], v: [Tensor]) { (step, m, v) }

    public func restore(step: Int, m: [Tensor], v: [Tensor]) {
        self.step = step; self.m = m; self.v = v
    }
}

public enum OptimError: Error, CustomStringConvertible, Equatable {
    case invalid(String)
    case nonFinite(String)
    public var description: String {
        switch self {
        case let .invalid(why): return why
        case let .nonFinite(why): return why
        }
    }
}

/// Gradient utilities over a parameter list.
public enum Gradients {
    /// √Σ g² over every parameter's gradient.
    public static func globalNorm(_ params: [Tensor]) -> Float {
        var s: Double = 0
        for p in params { if let g = p.grad { for j in 0..<g.count { s += Double(g.data[j]) * Double(g.data[j]) } } }
        return Float(s.squareRoot())
    }

    /// Scales gradients so their global norm is at most `maxNorm` (as torch's clip_grad_norm_,
    /// coefficient maxNorm / (norm + 1e-6)); returns the norm before clipping.
    @discardableResult
    public static func clip(_ params: [Tensor], maxNorm: Float) -> Float {
        let norm = globalNorm(params)
        let coef = maxNorm / (norm + 1e-6)
        if coef < 1 { scale(params, by: coef) }
        return norm
    }

    public static func scale(_ params: [Tensor], by factor: Float) {
        for p in params { if let g = p.grad { for j in 0..<g.count { g.data[j] *= factor } } }
    }

    public static func allFinite(_ params: [Tensor]) -> Bool {
        params.allSatisfy { p in p.grad.map { g in (0..<g.count).allSatisfy { g.data[$0].isFinite } } ?? true }
    }

    public static func zero(_ params: [Tensor]) { for p in params { p.zeroGrad() } }
}
