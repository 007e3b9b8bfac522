import Foundation

/// The meaning of the binary and unary operators. Ints stay ints (overflow is an error, not a
/// wrap), `/` always gives a float, `//` and `%` floor like Python.
enum Ops {
    @inline(__always)
    static func add(_ a: Value, _ b: Value, _ loc: SourceLoc, _ rt: Interpreter) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let (r, overflow) = x.addingReportingOverflow(y)
            if overflow { throw overflowFailure(loc) }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x + y)
        case let (.int(x), .float(y)): return .float(Double(x) + y)
        case let (.float(x), .int(y)): return .float(x + Double(y))
        case let (.string(x), .string(y)):
            try rt.chargeSize(x.utf8.count + y.utf8.count, at: loc)
            return .string(x + y)
        case let (.list(x), .list(y)):
            try rt.chargeSize(x.items.count + y.items.count, at: loc)
            return .list(ScriptList(x.items + y.items))
        default: throw mismatch("+", a, b, loc)
        }
    }

    @inline(__always)
    static func sub(_ a: Value, _ b: Value, _ loc: SourceLoc) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let (r, overflow) = x.subtractingReportingOverflow(y)
            if overflow { throw overflowFailure(loc) }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x - y)
        case let (.int(x), .float(y)): return .float(Double(x) - y)
        case let (.float(x), .int(y)): return .float(x - Double(y))
        default: throw mismatch("-", a, b, loc)
        }
    }

    @inline(__always)
    static func mul(_ a: Value, _ b: Value, _ loc: SourceLoc, _ rt: Interpreter) throws -> Value {
        switch (a, b) {
        case let (.int(x), .int(y)):
            let (r, overflow) = x.multipliedReportingOverflow(by: y)
            if overflow { throw overflowFailure(loc) }
            return .int(r)
        case let (.float(x), .float(y)): return .float(x * y)
        case let (.int(x), .float(y)): return .float(Double(x) * y)
        case let (.float(x), .int(y)): return .float(x * Double(y))
        case let (.string(s), .int(n)), let (.int(n), .string(s)):
            // "-" * 40: a separator line.
            let (size, overflow) = s.utf8.count.multipliedReportingOverflow(by: max(n, 0))
            try rt.chargeSize(overflow ? Int.max : size, at: loc)
            return .string(String(repeating: s, count: max(n, 0)))
        default: throw mismatch("*", a, b, loc)
        }
    }

    static func div(_ a: Value, _ b: Value, _ loc: SourceLoc) throws -> Value {
        guard let x = a.number, let y = b.number else { throw mismatch("/", a, b, loc) }
        if y == 0 { throw Failure("division by zero", at: loc) }
        return .float(x / y)
    }

    static func floorDiv(_ a: Value, _ b: Value, _ loc: SourceLoc) throws -> Value {
        if case let (.int(x), .int(y)) = (a, b) {
            if y == 0 { throw Failure("division by zero", at: loc) }
            if x == Int.min && y == -1 { throw overflowFailure(loc) }
            let q = x / y
            return .int((x % y != 0 && (x < 0) != (y < 0)) ? q - 1 : q)
        }
        guard let x = a.number, let y = b.number else { throw mismatch("//", a, b, loc) }
        if y == 0 { throw Failure("division by zero", at: loc) }
        return .float((x / y).rounded(.down))
    }

    static func mod(_ a: Value, _ b: Value, _ loc: SourceLoc) throws -> Value {
        if case let (.int(x), .int(y)) = (a, b) {
            if y == 0 { throw Failure("modulo by zero", at: loc) }
            if y == -1 { return .int(0) }
            let r = x % y
            return .int(r != 0 && (r < 0) != (y < 0) ? r + y : r)
        }
        guard let x = a.number, let y = b.number else { throw mismatch("%", a, b, loc) }
        if y == 0 { throw Failure("modulo by zero", at: loc) }
        let r = x.truncatingRemainder(dividingBy: y)
        return .float(r != 0 && (r < 0) != (y < 0) ? r + y : r)
    }

    static func pow(_ a: Value, _ b: Value, _ loc: SourceLoc) throws -> Value {
        if case let (.int(base), .int(exp)) = (a, b), exp >= 0 {
            var result = 1, factor = base, e = exp
            while e > 0 {
                if e & 1 == 1 {
                    let (r, o) = result.multipliedReportingOverflow(by: factor)
                    if o { throw overflowFailure(loc) }
                    result = r
                }
                e >>= 1
                if e > 0 {
                    let (f, o) = factor.multipliedReportingOverflow(by: factor)
                    if o { throw overflowFailure(loc) }
                    factor = f
                }
            }
            return .int(result)
        }
        guard let x = a.number, let y = b.number else { throw mismatch("**", a, b, loc) }
        return .float(Foundation.pow(x, y))
    }

    /// Ordering for `<` and `sort`: numbers, strings, and lists element by element.
    static func compare(_ a: Value, _ b: Value, _ loc: SourceLoc?, depth: Int = 0) throws -> Int {
        switch (a, b) {
        case let (.int(x), .int(y)): return x < y ? -1 : x > y ? 1 : 0
        case let (.string(x), .string(y)): return x < y ? -1 : x > y ? 1 : 0
        case let (.list(x), .list(y)):
            // A list containing itself would otherwise recurse forever.
            guard depth < Value.maxCompareDepth else { throw Failure("cannot compare lists nested this deeply", at: loc) }
            for (p, q) in zip(x.items, y.items) {
                let c = try compare(p, q, loc, depth: depth + 1)
                if c != 0 { return c }
            }
            return x.items.count < y.items.count ? -1 : x.items.count > y.items.count ? 1 : 0
        default:
            guard let x = a.number, let y = b.number else {
                throw Failure("cannot compare \(a.typeName) with \(b.typeName)", at: loc)
            }
            if x.isNaN || y.isNaN { throw Failure("cannot order nan", at: loc) }
            return x < y ? -1 : x > y ? 1 : 0
        }
    }

    @inline(__always)
    static func less(_ a: Value, _ b: Value, _ loc: SourceLoc) throws -> Bool {
        if case let (.int(x), .int(y)) = (a, b) { return x < y }
        return try compare(a, b, loc) < 0
    }

    static func negate(_ a: Value, _ loc: SourceLoc) throws -> Value {
        switch a {
        case .int(let x):
            if x == Int.min { throw overflowFailure(loc) }
            return .int(-x)
        case .float(let x): return .float(-x)
        default: throw Failure("cannot negate \(a.typeName)", at: loc)
        }
    }

    /// The operator behind `x op= y` and other non-hot uses.
    static func apply(_ op: BinaryOp, _ a: Value, _ b: Value, _ loc: SourceLoc, _ rt: Interpreter) throws -> Value {
        switch op {
        case .add: return try add(a, b, loc, rt)
        case .sub: return try sub(a, b, loc)
        case .mul: return try mul(a, b, loc, rt)
        case .div: return try div(a, b, loc)
        case .floorDiv: return try floorDiv(a, b, loc)
        case .mod: return try mod(a, b, loc)
        case .pow: return try pow(a, b, loc)
        case .eq: return .bool(a == b)
        case .ne: return .bool(a != b)
        case .lt: return .bool(try compare(a, b, loc) < 0)
        case .le: return .bool(try compare(a, b, loc) <= 0)
        case .gt: return .bool(try compare(a, b, loc) > 0)
        case .ge: return .bool(try compare(a, b, loc) >= 0)
        }
    }

    private static func overflowFailure(_ loc: SourceLoc) -> Failure {
        Failure("integer overflow (use floats for large numbers)", at: loc)
    }

    private static func mismatch(_ op: String, _ a: Value, _ b: Value, _ loc: SourceLoc) -> Failure {
        Failure("cannot apply '\(op)' to \(a.typeName) and \(b.typeName)", at: loc)
    }
}

extension Value {
    /// The numeric value of an int or float.
    var number: Double? {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: return nil
        }
    }
}
