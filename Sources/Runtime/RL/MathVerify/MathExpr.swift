import Foundation

/// How a literal number was written. math-verify compares floats by rounding, integers
/// exactly and ignoring a percent sign, and everything else by exact value.
public enum MathNumberKind: Equatable, Sendable {
    case integer
    case rational
    case float
}

/// Mathematical constants the LaTeX parser recognises.
public enum MathConstant: Equatable, Sendable {
    case pi
    case e
    case infinity
}

/// Functions the LaTeX parser recognises (`log` carries its base as second argument).
public enum MathFunction: String, Equatable, Sendable {
    case sin, cos, tan, cot, sec, csc
    case asin, acos, atan, acot, asec, acsc
    case sinh, cosh, tanh
    case log, exp, abs, factorial, binomial, floor, ceil
    case max, min, gcd, lcm
}

/// Comparison operators of equations and inequalities.
public enum MathRelation: Equatable, Sendable {
    case equal, notEqual, less, lessEqual, greater, greaterEqual

    /// The operator that holds when both sides are swapped (`a < b` ⇔ `b > a`).
    var inverse: MathRelation {
        switch self {
        case .equal: return .equal
        case .notEqual: return .notEqual
        case .less: return .greater
        case .lessEqual: return .greaterEqual
        case .greater: return .less
        case .greaterEqual: return .lessEqual
        }
    }
}

/// An expression tree: the Swift counterpart of the SymPy objects math-verify builds.
/// Kept unevaluated, like latex2sympy's `evaluate=False` output, so that the grader can
/// tell `0.5` (float) from `\frac{1}{2}` (rational) and `12\%` from `0.12`.
public indirect enum MathExpr: Equatable, Sendable {
    case number(Double, MathNumberKind)
    case symbol(String)
    case constant(MathConstant)
    case add([MathExpr])
    case mul([MathExpr])
    case pow(MathExpr, MathExpr)
    case call(MathFunction, [MathExpr])
    /// `x\%`: x times an unevaluated 1/100.
    case percent(MathExpr)
    case relation(MathRelation, MathExpr, MathExpr)
    /// A chain such as `0 < x < 1`: the conjunction of its links.
    case conjunction([MathExpr])
    case finiteSet([MathExpr])
    case tuple([MathExpr])
    case interval(MathExpr, MathExpr, leftOpen: Bool, rightOpen: Bool)
    /// `A \cup B`.
    case union([MathExpr])
    case matrix([[MathExpr]])

    static func integer(_ v: Double) -> MathExpr { .number(v, .integer) }

    static func negate(_ x: MathExpr) -> MathExpr {
        if case .number(let v, let k) = x { return .number(-v, k) }
        return .mul([.integer(-1), x])
    }

    static func difference(_ a: MathExpr, _ b: MathExpr) -> MathExpr { .add([a, negate(b)]) }

    var isRelation: Bool {
        switch self {
        case .relation: return true
        case .conjunction(let parts): return !parts.isEmpty && parts.allSatisfy { if case .relation = $0 { return true }; return false }
        default: return false
        }
    }

    var isEquation: Bool {
        switch self {
        case .relation(let op, _, _): return op == .equal
        case .conjunction(let parts):
            return !parts.isEmpty && parts.allSatisfy { if case .relation(.equal, _, _) = $0 { return true }; return false }
        default: return false
        }
    }

    /// An expression built only from symbols (no numbers), as the left side of `x = 5`.
    var isOnlySymbols: Bool {
        switch self {
        case .symbol: return true
        case .pow(let base, .number(-1, _)): return base.isOnlySymbols
        case .add(let xs), .mul(let xs): return !xs.isEmpty && xs.allSatisfy { $0.isOnlySymbols }
        case .pow(let b, let e): return b.isOnlySymbols && e.isOnlySymbols
        default: return false
        }
    }

    /// `x = 5` or `x = y = 5`: an equation whose first left side is only symbols.
    var isAssignment: Bool {
        switch self {
        case .relation(.equal, let lhs, _): return lhs.isOnlySymbols
        case .conjunction(let parts):
            guard isEquation, case .relation(_, let lhs, _) = parts[0] else { return false }
            return lhs.isOnlySymbols
        default: return false
        }
    }

    var firstRelation: MathExpr {
        if case .conjunction(let parts) = self, let first = parts.first { return first }
        return self
    }

    var lastRelation: MathExpr {
        if case .conjunction(let parts) = self, let last = parts.last { return last.lastRelation }
        return self
    }

    var isSetLike: Bool {
        switch self {
        case .finiteSet, .tuple, .interval, .union: return true
        default: return false
        }
    }

    /// Names of the free variables.
    var freeSymbols: Set<String> {
        var out = Set<String>()
        collectSymbols(into: &out)
        return out
    }

    private func collectSymbols(into out: inout Set<String>) {
        switch self {
        case .symbol(let name): out.insert(name)
        case .number, .constant: break
        case .add(let xs), .mul(let xs), .call(_, let xs), .conjunction(let xs), .finiteSet(let xs), .tuple(let xs),
             .union(let xs):
            for x in xs { x.collectSymbols(into: &out) }
        case .pow(let a, let b), .relation(_, let a, let b), .interval(let a, let b, _, _):
            a.collectSymbols(into: &out); b.collectSymbols(into: &out)
        case .percent(let x): x.collectSymbols(into: &out)
        case .matrix(let rows): for r in rows { for x in r { x.collectSymbols(into: &out) } }
        }
    }

    /// The expression with every occurrence of the variable `name` replaced by `value`.
    func substituting(_ name: String, with value: MathExpr) -> MathExpr {
        func sub(_ x: MathExpr) -> MathExpr { x.substituting(name, with: value) }
        switch self {
        case .symbol(let n): return n == name ? value : self
        case .number, .constant: return self
        case .add(let xs): return .add(xs.map(sub))
        case .mul(let xs): return .mul(xs.map(sub))
        case .pow(let a, let b): return .pow(sub(a), sub(b))
        case .call(let f, let xs): return .call(f, xs.map(sub))
        case .percent(let x): return .percent(sub(x))
        case .relation(let op, let a, let b): return .relation(op, sub(a), sub(b))
        case .conjunction(let xs): return .conjunction(xs.map(sub))
        case .finiteSet(let xs): return .finiteSet(xs.map(sub))
        case .tuple(let xs): return .tuple(xs.map(sub))
        case .interval(let a, let b, let l, let r): return .interval(sub(a), sub(b), leftOpen: l, rightOpen: r)
        case .union(let xs): return .union(xs.map(sub))
        case .matrix(let rows): return .matrix(rows.map { $0.map(sub) })
        }
    }

    /// Numeric value with the free symbols bound by `env`; nil for non-scalars and
    /// unbound symbols. NaN marks a value outside a function's real domain.
    func evaluate(_ env: [String: Double] = [:]) -> Double? {
        switch self {
        case .number(let v, _): return v
        case .symbol(let name): return env[name]
        case .constant(.pi): return Double.pi
        case .constant(.e): return M_E
        case .constant(.infinity): return Double.infinity
        case .add(let xs):
            var s = 0.0
            for x in xs { guard let v = x.evaluate(env) else { return nil }; s += v }
            return s
        case .mul(let xs):
            var p = 1.0
            for x in xs { guard let v = x.evaluate(env) else { return nil }; p *= v }
            return p
        case .pow(let a, let b):
            guard let x = a.evaluate(env), let y = b.evaluate(env) else { return nil }
            return MathExpr.realPow(x, y)
        case .percent(let x):
            guard let v = x.evaluate(env) else { return nil }
            return v / 100
        case .call(let f, let args):
            var vals: [Double] = []
            for a in args { guard let v = a.evaluate(env) else { return nil }; vals.append(v) }
            return MathExpr.apply(f, vals)
        case .relation, .conjunction, .finiteSet, .tuple, .interval, .union, .matrix:
            return nil
        }
    }

    /// Real power: a negative base only takes integer exponents (SymPy's principal root of
    /// a negative number is complex, so it can never equal a real answer).
    private static func realPow(_ x: Double, _ y: Double) -> Double {
        if x < 0 && y != y.rounded() { return .nan }
        return Foundation.pow(x, y)
    }

    private static func apply(_ f: MathFunction, _ v: [Double]) -> Double {
        let x = v.first ?? .nan
        switch f {
        case .sin: return Foundation.sin(x)
        case .cos: return Foundation.cos(x)
        case .tan: return Foundation.tan(x)
        case .cot: return 1 / Foundation.tan(x)
        case .sec: return 1 / Foundation.cos(x)
        case .csc: return 1 / Foundation.sin(x)
        case .asin: return Foundation.asin(x)
        case .acos: return Foundation.acos(x)
        case .atan: return Foundation.atan(x)
        case .acot: return Foundation.atan(1 / x)
        case .asec: return Foundation.acos(1 / x)
        case .acsc: return Foundation.asin(1 / x)
        case .sinh: return Foundation.sinh(x)
        case .cosh: return Foundation.cosh(x)
        case .tanh: return Foundation.tanh(x)
        case .log:
            guard x > 0 else { return .nan }
            let base = v.count > 1 ? v[1] : M_E
            return Foundation.log(x) / Foundation.log(base)
        case .exp: return Foundation.exp(x)
        case .abs: return Swift.abs(x)
        case .floor: return Foundation.floor(x)
        case .ceil: return Foundation.ceil(x)
        case .factorial:
            guard x >= 0 else { return .nan }
            return Foundation.tgamma(x + 1)
        case .max: return v.max() ?? .nan
        case .min: return v.min() ?? .nan
        case .gcd, .lcm:
            guard let first = v.first, v.allSatisfy({ $0 == $0.rounded() && Swift.abs($0) < 9e15 }) else { return .nan }
            var acc = Swift.abs(first)
            for y in v.dropFirst().map({ Swift.abs($0) }) {
                var (a, b) = (acc, y)
                while b != 0 { (a, b) = (b, a.truncatingRemainder(dividingBy: b)) }
                acc = f == .gcd ? a : (a == 0 ? 0 : acc / a * y)
            }
            return acc
        case .binomial:
            let k = v.count > 1 ? v[1] : .nan
            // Exact product for small integer k; the gamma form beyond (no long loops).
            if x == x.rounded() && k == k.rounded() && k <= 1000 {
                if k < 0 || (x >= 0 && k > x) { return 0 }
                var r = 1.0
                var i = 0.0
                while i < k { r = r * (x - i) / (i + 1); i += 1 }
                return r.rounded()
            }
            return Foundation.tgamma(x + 1) / (Foundation.tgamma(k + 1) * Foundation.tgamma(x - k + 1))
        }
    }
}
