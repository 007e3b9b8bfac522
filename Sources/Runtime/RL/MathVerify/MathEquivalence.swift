import Foundation

/// Decides whether a predicted answer equals the gold one, following math-verify's
/// `verify(gold, target)` (float_rounding 6, strict variables). The checks, in order:
/// assignments are unwrapped (`x = 5` vs `5`), relations are compared as relations, sets
/// / tuples / intervals element by element, symbols by name, and everything else as
/// numbers (floats rounded to 6 decimals) and finally symbolically. Where math-verify
/// calls SymPy's `simplify`, this evaluates both sides at random points instead.
public enum MathEquivalence {
    /// True when any gold candidate equals any predicted candidate (expressions with
    /// expressions, fallback texts with texts).
    public static func verify(gold: [MathAnswer], prediction: [MathAnswer]) -> Bool {
        for g in gold {
            for p in prediction {
                switch (g, p) {
                case (.expression(let a), .expression(let b)):
                    if equal(a, b) { return true }
                case (.text(let a), .text(let b)):
                    let x = a.trimmingCharacters(in: .whitespacesAndNewlines)
                    let y = b.trimmingCharacters(in: .whitespacesAndNewlines)
                    if !x.isEmpty && x == y { return true }
                default: continue
                }
            }
        }
        return false
    }

    /// Expression equality with the gold answer first (the comparison is not symmetric).
    public static func equal(_ goldIn: MathExpr, _ predIn: MathExpr) -> Bool {
        var gold = goldIn, pred = predIn
        let goldAssign = gold.isAssignment, predAssign = pred.isAssignment
        let goldEq = gold.isEquation, predEq = pred.isEquation
        // `x = y = 5` is compared as `x = 5`.
        if goldAssign, case .relation(_, let l, _) = gold.firstRelation, case .relation(_, _, let r) = gold.lastRelation {
            gold = .relation(.equal, l, r)
        }
        if predAssign, case .relation(_, let l, _) = pred.firstRelation, case .relation(_, _, let r) = pred.lastRelation {
            pred = .relation(.equal, l, r)
        }
        // Follow the gold's form: an equation predicted for a plain gold keeps its value,
        // and an assignment gold matches a plain predicted value.
        if predEq && !goldEq {
            if case .relation(_, _, let r) = pred.lastRelation { pred = r }
        } else if goldAssign && !predEq {
            if case .relation(_, _, let r) = gold.lastRelation { gold = r }
        }
        // `x \ge 2` against `[2, \infty)`: the relation as the set it describes (only for
        // a predicted set, as SymPy's `Set`; a tuple is not one).
        if gold.isRelation, pred.isSetLike, !pred.isTuple, let asSet = relationAsInterval(gold) { gold = asSet }

        if structurallyEqual(gold, pred) { return true }
        if gold.isRelation && pred.isRelation { return relationsEqual(gold, pred) }
        if gold.isSetLike || pred.isSetLike { return setsEqual(gold, pred) }
        if case .symbol = gold { return symbolsEqual(gold, pred) }
        if case .symbol = pred { return symbolsEqual(gold, pred) }
        if case .matrix(let a) = gold, case .matrix(let b) = pred {
            guard a.count == b.count, zip(a, b).allSatisfy({ $0.count == $1.count }) else { return false }
            return zip(a.joined(), b.joined()).allSatisfy { equal($0, $1) }
        }
        if isMatrix(gold) || isMatrix(pred) { return false }
        return numericallyEqual(gold, pred) || symbolicallyEqual(gold, pred)
    }

    private static func isMatrix(_ x: MathExpr) -> Bool { if case .matrix = x { return true }; return false }

    // MARK: - Structure

    /// SymPy's `==` on canonical objects: same tree up to the order of sums, products and
    /// finite-set elements.
    static func structurallyEqual(_ a: MathExpr, _ b: MathExpr) -> Bool {
        switch (a, b) {
        case (.number(let x, _), .number(let y, _)): return x == y
        case (.symbol(let x), .symbol(let y)): return x == y
        case (.constant(let x), .constant(let y)): return x == y
        case (.add(let xs), .add(let ys)), (.mul(let xs), .mul(let ys)), (.finiteSet(let xs), .finiteSet(let ys)),
             (.union(let xs), .union(let ys)):
            return sameMultiset(xs, ys)
        case (.pow(let a1, let b1), .pow(let a2, let b2)):
            return structurallyEqual(a1, a2) && structurallyEqual(b1, b2)
        case (.call(let f, let xs), .call(let g, let ys)):
            return f == g && xs.count == ys.count && zip(xs, ys).allSatisfy { structurallyEqual($0, $1) }
        case (.percent(let x), .percent(let y)): return structurallyEqual(x, y)
        case (.relation(let o1, let l1, let r1), .relation(let o2, let l2, let r2)):
            return o1 == o2 && structurallyEqual(l1, l2) && structurallyEqual(r1, r2)
        case (.conjunction(let xs), .conjunction(let ys)), (.tuple(let xs), .tuple(let ys)):
            return xs.count == ys.count && zip(xs, ys).allSatisfy { structurallyEqual($0, $1) }
        case (.interval(let a1, let b1, let l1, let r1), .interval(let a2, let b2, let l2, let r2)):
            return l1 == l2 && r1 == r2 && structurallyEqual(a1, a2) && structurallyEqual(b1, b2)
        case (.matrix(let x), .matrix(let y)):
            return x.count == y.count && zip(x, y).allSatisfy { $0.count == $1.count && zip($0, $1).allSatisfy { structurallyEqual($0, $1) } }
        default: return false
        }
    }

    private static func sameMultiset(_ xs: [MathExpr], _ ys: [MathExpr]) -> Bool {
        guard xs.count == ys.count else { return false }
        var remaining = ys
        for x in xs {
            guard let k = remaining.firstIndex(where: { structurallyEqual(x, $0) }) else { return false }
            remaining.remove(at: k)
        }
        return true
    }

    // MARK: - Relations

    private static func relationsEqual(_ gold: MathExpr, _ pred: MathExpr) -> Bool {
        if case .conjunction(let gs) = gold, case .conjunction(let ps) = pred {
            return gs.count == ps.count && zip(gs, ps).allSatisfy { relationsEqual($0, $1) }
        }
        guard case .relation(let go, let gl, let gr) = gold, case .relation(let po, let pl, let pr) = pred else { return false }
        let gDiff = MathExpr.difference(gl, gr)
        if go == po && equal(gDiff, MathExpr.difference(pl, pr)) { return true }
        if go.inverse == po && equal(gDiff, MathExpr.difference(pr, pl)) { return true }
        // SymPy solves both for their variables; two relations over the same variables
        // have the same solutions when one side difference is a constant multiple of the
        // other (positive for inequalities in the same direction).
        guard gold.freeSymbols == pred.freeSymbols, !gold.freeSymbols.isEmpty else { return false }
        let pDiff = MathExpr.difference(pl, pr)
        guard let k = constantRatio(gDiff, pDiff, symbols: gold.freeSymbols) else { return false }
        switch go {
        case .equal, .notEqual: return go == po
        default: return (go == po && k > 0) || (go.inverse == po && k < 0)
        }
    }

    /// The constant c with a = c·b at every sample point, if there is one.
    private static func constantRatio(_ a: MathExpr, _ b: MathExpr, symbols: Set<String>) -> Double? {
        var ratio: Double?
        var used = 0
        for env in samplePoints(symbols) {
            guard let x = a.evaluate(env), let y = b.evaluate(env), x.isFinite, y.isFinite else { continue }
            if Swift.abs(y) < 1e-12 {
                if Swift.abs(x) > 1e-9 { return nil }
                continue
            }
            let r = x / y
            if let ratio, !close(ratio, r) { return nil }
            ratio = ratio ?? r
            used += 1
        }
        guard used >= 2, let ratio, ratio != 0 else { return nil }
        return ratio
    }

    /// `a < x < b`, `x ≥ a`, … as the interval they describe (math-verify's `as_set`).
    private static func relationAsInterval(_ rel: MathExpr) -> MathExpr? {
        func bound(_ r: MathExpr) -> (lower: MathExpr?, upper: MathExpr?, open: Bool, variable: String)? {
            guard case .relation(let op, let l, let r) = r else { return nil }
            switch (op, l, r) {
            case (.less, .symbol(let v), _), (.lessEqual, .symbol(let v), _): return (nil, r, op == .less, v)
            case (.greater, .symbol(let v), _), (.greaterEqual, .symbol(let v), _): return (r, nil, op == .greater, v)
            case (.less, _, .symbol(let v)), (.lessEqual, _, .symbol(let v)): return (l, nil, op == .less, v)
            case (.greater, _, .symbol(let v)), (.greaterEqual, _, .symbol(let v)): return (nil, l, op == .greater, v)
            default: return nil
            }
        }
        let links: [MathExpr]
        if case .conjunction(let xs) = rel { links = xs } else { links = [rel] }
        var lower: MathExpr = MathExpr.negate(.constant(.infinity)), upper: MathExpr = .constant(.infinity)
        var leftOpen = true, rightOpen = true
        var variable: String?
        for link in links {
            guard let b = bound(link), variable == nil || variable == b.variable else { return nil }
            variable = b.variable
            if let l = b.lower { lower = l; leftOpen = b.open }
            if let u = b.upper { upper = u; rightOpen = b.open }
        }
        return .interval(lower, upper, leftOpen: leftOpen, rightOpen: rightOpen)
    }

    // MARK: - Sets, tuples, intervals

    private static func setsEqual(_ gold: MathExpr, _ pred: MathExpr) -> Bool {
        let a = gold.isSetLike ? gold : .finiteSet([gold])
        let b = pred.isSetLike ? pred : .finiteSet([pred])
        switch (a, b) {
        case (.interval(let s1, let e1, let l1, let r1), .interval(let s2, let e2, let l2, let r2)):
            return l1 == l2 && r1 == r2 && equal(s1, s2) && equal(e1, e2)
        case (.interval(let s, let e, true, true), .finiteSet(let xs)), (.interval(let s, let e, true, true), .tuple(let xs)):
            return xs.count == 2 && elementsEqual([s, e], xs, ordered: true)
        case (.finiteSet(let xs), .interval(let s, let e, true, true)), (.tuple(let xs), .interval(let s, let e, true, true)):
            return xs.count == 2 && elementsEqual(xs, [s, e], ordered: true)
        case (.tuple(let xs), .tuple(let ys)), (.tuple(let xs), .finiteSet(let ys)):
            return elementsEqual(xs, ys, ordered: true)
        case (.finiteSet(let xs), .finiteSet(let ys)), (.finiteSet(let xs), .tuple(let ys)), (.union(let xs), .union(let ys)):
            return elementsEqual(xs, ys, ordered: false)
        default:
            return false
        }
    }

    /// Element-wise equality; for sets, any pairing (SymPy sorts both sides the same way).
    private static func elementsEqual(_ gold: [MathExpr], _ pred: [MathExpr], ordered: Bool) -> Bool {
        guard gold.count == pred.count else { return false }
        if ordered { return zip(gold, pred).allSatisfy { equal($0, $1) } }
        var remaining = pred
        for g in gold {
            guard let k = remaining.firstIndex(where: { equal(g, $0) }) else { return false }
            remaining.remove(at: k)
        }
        return true
    }

    // MARK: - Symbols

    private static func symbolsEqual(_ gold: MathExpr, _ pred: MathExpr) -> Bool {
        func letters(_ x: MathExpr) -> String? {
            switch x {
            case .symbol(let n): return n
            case .constant(.e): return "e"
            case .mul(let xs):
                var out = ""
                for f in xs { guard let l = letters(f), !(f.isMul) else { return nil }; out += l }
                return out
            default: return nil
            }
        }
        // `\text{answer}` parses as one symbol, `answer` as a product of letters.
        if let g = letters(gold), let p = letters(pred) { return g.lowercased() == p.lowercased() }
        return structurallyEqual(gold, pred)
    }

    // MARK: - Numbers

    private static func atomicNumber(_ x: MathExpr) -> (value: Double, kind: MathNumberKind, percent: Bool)? {
        switch x {
        case .number(let v, let k): return (v, k, false)
        case .percent(.number(let v, let k)): return (v, k, true)
        default: return nil
        }
    }

    /// math-verify's `sympy_numeric_eq`: with a float involved, both values rounded to 6
    /// decimals; two integers (percent signs ignored, so 12\% = 12) exactly; any other
    /// literal number by exact value; otherwise the difference must vanish.
    static func numericallyEqual(_ a: MathExpr, _ b: MathExpr) -> Bool {
        let na = atomicNumber(a), nb = atomicNumber(b)
        if na != nil || nb != nil {
            guard let x = a.evaluate(), let y = b.evaluate() else { return false }
            if na?.kind == .float || nb?.kind == .float {
                // SymPy rounds an integer to an Integer and anything else to a Float, and
                // Float(2.0) != Integer(2): with an integer-valued side only an exact match
                // (found by the symbolic check) counts.
                if integerValued(a) || integerValued(b) { return x == y }
                return rounded6(x) == rounded6(y)
            }
            if let na, let nb, na.kind == .integer, nb.kind == .integer { return na.value == nb.value }
            return sameValue(x, y)
        }
        guard let x = a.evaluate(), let y = b.evaluate() else { return false }
        return sameValue(x, y)
    }

    /// Whether SymPy's `doit()` would give an Integer: an exact expression (no float
    /// literal, no variable) whose value is a whole number.
    private static func integerValued(_ x: MathExpr) -> Bool {
        guard !x.containsFloat, let v = x.evaluate(), v.isFinite, Swift.abs(v) < 9e15 else { return false }
        return Swift.abs(v - v.rounded()) <= 1e-9 * Swift.max(1, Swift.abs(v))
    }

    /// SymPy's `round(6)`: to 6 decimals, ties to even (1/128 → 0.007812).
    private static func rounded6(_ x: Double) -> Double {
        guard x.isFinite else { return x }
        return (x * 1e6).rounded(.toNearestOrEven) / 1e6
    }

    private static func sameValue(_ x: Double, _ y: Double) -> Bool {
        if x.isNaN || y.isNaN { return false }
        if x.isInfinite || y.isInfinite { return x == y }
        return close(x, y)
    }

    private static func close(_ x: Double, _ y: Double) -> Bool {
        Swift.abs(x - y) <= 1e-10 * Swift.max(1, Swift.abs(x), Swift.abs(y))
    }

    /// Stand-in for `simplify(a - b) == 0`: equal values at random points of the free
    /// variables (points outside a function's domain are skipped).
    private static func symbolicallyEqual(_ a: MathExpr, _ b: MathExpr) -> Bool {
        let symbols = a.freeSymbols.union(b.freeSymbols)
        guard !symbols.isEmpty else { return false }
        var agreeing = 0
        for env in samplePoints(symbols) {
            guard let x = a.evaluate(env), let y = b.evaluate(env) else { return false }
            if x.isNaN && y.isNaN { continue }
            guard sameValueLoose(x, y) else { return false }
            agreeing += 1
        }
        return agreeing >= 3
    }

    private static func sameValueLoose(_ x: Double, _ y: Double) -> Bool {
        if x.isNaN || y.isNaN { return false }
        if x.isInfinite || y.isInfinite { return x == y }
        return Swift.abs(x - y) <= 1e-8 * Swift.max(1, Swift.abs(x), Swift.abs(y))
    }

    /// Deterministic points: eight with every variable in ±[0.3, 2.3] (both signs, so that
    /// `\sqrt{x^2}` is not mistaken for `x`), then eight larger positive ones and eight of
    /// either sign up to 100, so that expressions defined only far out (`\sqrt{x - 6}`)
    /// still get compared.
    private static func samplePoints(_ symbols: Set<String>) -> [[String: Double]] {
        var state: UInt64 = 0x9E3779B97F4A7C15
        func next() -> Double {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return Double(state >> 11) / Double(1 << 53)
        }
        let names = symbols.sorted()
        let ranges: [(low: Double, span: Double, signed: Bool)] = [(0.3, 2, true), (2.5, 30, false), (10, 90, true)]
        return ranges.flatMap { range in
            (0..<8).map { _ in
                var env: [String: Double] = [:]
                for n in names {
                    let magnitude = range.low + range.span * next()
                    env[n] = range.signed && next() < 0.5 ? -magnitude : magnitude
                }
                return env
            }
        }
    }
}

private extension MathExpr {
    var isMul: Bool { if case .mul = self { return true }; return false }
    var isTuple: Bool { if case .tuple = self { return true }; return false }

    var containsFloat: Bool {
        switch self {
        case .number(_, let kind): return kind == .float
        case .symbol, .constant: return false
        case .add(let xs), .mul(let xs), .call(_, let xs), .conjunction(let xs), .finiteSet(let xs), .tuple(let xs),
             .union(let xs):
            return xs.contains { $0.containsFloat }
        case .pow(let a, let b), .relation(_, let a, let b), .interval(let a, let b, _, _):
            return a.containsFloat || b.containsFloat
        case .percent(let x): return x.containsFloat
        case .matrix(let rows): return rows.contains { $0.contains { $0.containsFloat } }
        }
    }
}
