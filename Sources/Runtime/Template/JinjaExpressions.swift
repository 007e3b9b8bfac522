import Foundation

/// Expression evaluation with Python's semantics for values, indexing, slicing and operators.
extension JinjaInterpreter {
    mutating func eval(_ e: JinjaExpr) throws -> JinjaValue {
        depth += 1
        defer { depth -= 1 }
        switch e {
        case .literal(let v): return v
        case .name(let n, _): return lookup(n)
        case let .attribute(base, name, at):
            return try attribute(try eval(base), name, at: at)
        case let .index(base, key, at):
            return try item(try eval(base), try eval(key), at: at)
        case let .slice(base, lower, upper, step, at):
            let b = try eval(base)
            return try slice(b, try lower.map { try eval($0) }, try upper.map { try eval($0) },
                             try step.map { try eval($0) }, at: at)
        case let .call(callee, args, kwargs, at):
            let a = try args.map { try eval($0) }
            let kw = try kwargs.map { ($0.0, try eval($0.1)) }
            if case let .attribute(base, name, nameAt) = callee {
                return try callMethod(try eval(base), name, a, kw, at: nameAt)
            }
            switch (callee, try eval(callee)) {
            case let (.name(_, nameAt), .macro(m)):
                return try callMacro(m, a, kw, at: nameAt)
            case let (_, .macro(m)):
                return try callMacro(m, a, kw, at: at)
            case let (.name(_, nameAt), .function(name)):
                return try callGlobal(name, a, kw, at: nameAt)
            case let (.name(_, nameAt), .undefined(name)):
                throw map.unsupported("function '\(name)'", at: nameAt)
            case let (_, value):
                throw map.runtime("\(value.typeName) is not callable", at: at)
            }
        case let .filter(base, name, args, kwargs, at):
            let v = try eval(base)
            let a = try args.map { try eval($0) }
            let kw = try kwargs.map { ($0.0, try eval($0.1)) }
            return try applyFilter(name, v, a, kw, at: at)
        case let .test(base, name, args, negated, at):
            let v = try eval(base)
            let a = try args.map { try eval($0) }
            return .bool(try applyTest(name, v, a, at: at) != negated)
        case let .unary(op, operand, at):
            let v = try eval(operand)
            switch (op, v) {
            case ("-", .int(let i)): return .int(0 &- i)
            case ("-", .double(let d)): return .double(-d)
            case ("+", .int), ("+", .double): return v
            default: throw map.runtime("bad operand type for unary \(op): \(v.typeName)", at: at)
            }
        case let .binary(op, l, r, at):
            return try binary(op, try eval(l), try eval(r), at: at)
        case let .and(l, r):
            let a = try eval(l)
            return a.truthy ? try eval(r) : a
        case let .or(l, r):
            let a = try eval(l)
            return a.truthy ? a : try eval(r)
        case .not(let x):
            return .bool(!(try eval(x).truthy))
        case let .conditional(then, condition, otherwise):
            if try eval(condition).truthy { return try eval(then) }
            return try otherwise.map { try eval($0) } ?? .undefined("conditional expression")
        case .list(let items):
            return .list(try items.map { try eval($0) })
        case .dict(let pairs):
            var m = JinjaMap()
            for (k, v) in pairs {
                guard case .string(let key) = try eval(k) else {
                    throw map.unsupported("dictionary key that is not a string", at: 0)
                }
                m[key] = try eval(v)
            }
            return .map(m)
        }
    }

    func attribute(_ v: JinjaValue, _ name: String, at: Int) throws -> JinjaValue {
        switch v {
        case .map(let m): return m[name] ?? .undefined(name)
        case .namespace(let ns): return ns.attributes[name] ?? .undefined(name)
        case .undefined(let what): throw map.runtime("'\(what)' is undefined (reading attribute '\(name)')", at: at)
        default: return .undefined(name)
        }
    }

    func item(_ v: JinjaValue, _ key: JinjaValue, at: Int) throws -> JinjaValue {
        switch (v, key) {
        case let (.map(m), .string(k)): return m[k] ?? .undefined(k)
        case let (.namespace(ns), .string(k)): return ns.attributes[k] ?? .undefined(k)
        case let (.list(l), .int(i)):
            let j = i < 0 ? i + l.count : i
            return j >= 0 && j < l.count ? l[j] : .undefined("index \(i)")
        case let (.string(s), .int(i)):
            let chars = Array(s)
            let j = i < 0 ? i + chars.count : i
            return j >= 0 && j < chars.count ? .string(String(chars[j])) : .undefined("index \(i)")
        case (.undefined(let what), _): throw map.runtime("'\(what)' is undefined (indexing it)", at: at)
        default: return .undefined("\(key.printed)")
        }
    }

    func slice(_ v: JinjaValue, _ lower: JinjaValue?, _ upper: JinjaValue?, _ step: JinjaValue?, at: Int) throws -> JinjaValue {
        func int(_ x: JinjaValue?) throws -> Int? {
            switch x {
            case nil, .none?: return nil
            case .int(let i)?: return i
            default: throw map.runtime("slice indices must be integers", at: at)
            }
        }
        let stride = try int(step) ?? 1
        guard stride != 0 else { throw map.runtime("slice step cannot be zero", at: at) }
        func indices(_ count: Int) throws -> [Int] {
            // Python's slice.indices().
            func adjust(_ i: Int?, _ dflt: Int, lowClamp: Int, highClamp: Int) -> Int {
                guard var i else { return dflt }
                if i < 0 { i += count }
                return min(max(i, lowClamp), highClamp)
            }
            let start = adjust(try int(lower), stride > 0 ? 0 : count - 1, lowClamp: stride > 0 ? 0 : -1, highClamp: stride > 0 ? count : count - 1)
            let stop = adjust(try int(upper), stride > 0 ? count : -1, lowClamp: stride > 0 ? 0 : -1, highClamp: stride > 0 ? count : count - 1)
            var out: [Int] = []
            var i = start
            while stride > 0 ? i < stop : i > stop { out.append(i); i += stride }
            return out
        }
        switch v {
        case .list(let l): return .list(try indices(l.count).map { l[$0] })
        case .string(let s):
            let chars = Array(s)
            return .string(String(try indices(chars.count).map { chars[$0] }))
        default: throw map.runtime("\(v.typeName) cannot be sliced", at: at)
        }
    }

    func binary(_ op: String, _ a: JinjaValue, _ b: JinjaValue, at: Int) throws -> JinjaValue {
        switch op {
        case "==": return .bool(a == b)
        case "!=": return .bool(a != b)
        case "<", ">", "<=", ">=":
            let order = try compare(a, b, op: op, at: at)
            switch op {
            case "<": return .bool(order < 0)
            case ">": return .bool(order > 0)
            case "<=": return .bool(order <= 0)
            default: return .bool(order >= 0)
            }
        case "in": return .bool(try contains(b, a, at: at))
        case "~":
            for v in [a, b] where !v.isDefined { throw map.runtime("\(v.typeName) used in '~'", at: at) }
            return .string(a.printed + b.printed)
        default: break
        }
        if case .undefined = a { throw map.runtime("\(a.typeName) used with '\(op)'", at: at) }
        if case .undefined = b { throw map.runtime("\(b.typeName) used with '\(op)'", at: at) }
        switch (op, a, b) {
        case let ("+", .string(x), .string(y)): return .string(x + y)
        case let ("+", .list(x), .list(y)): return .list(x + y)
        case let ("*", .string(x), .int(n)):
            try checkSize(x.utf8.count, times: n, at: at)
            return .string(String(repeating: x, count: max(n, 0)))
        case let ("*", .list(x), .int(n)):
            try checkSize(x.count, times: n, at: at)
            return .list(Array([[JinjaValue]](repeating: x, count: max(n, 0)).joined()))
        case let (_, .int(x), .int(y)):
            switch op {
            case "+": return .int(x &+ y)
            case "-": return .int(x &- y)
            case "*": return .int(x &* y)
            case "/":
                guard y != 0 else { throw map.runtime("division by zero", at: at) }
                return .double(Double(x) / Double(y))
            case "//", "%":
                guard y != 0 else { throw map.runtime(op == "%" ? "modulo by zero" : "division by zero", at: at) }
                // Python floors the quotient; the remainder takes the divisor's sign.
                let (q, overflow) = x.dividedReportingOverflow(by: y)
                if overflow { throw map.runtime("integer overflow in '\(op)'", at: at) }
                let r = x - q &* y
                let adjust = r != 0 && (r < 0) != (y < 0)
                return op == "//" ? .int(adjust ? q - 1 : q) : .int(adjust ? r + y : r)
            case "**":
                let p = pow(Double(x), Double(y))
                guard y >= 0, abs(p) < 9.0e18 else { return .double(p) }
                return .int(Int(p))
            default: break
            }
        default: break
        }
        if let x = a.number, let y = b.number, a.isNumeric, b.isNumeric {
            switch op {
            case "+": return .double(x + y)
            case "-": return .double(x - y)
            case "*": return .double(x * y)
            case "/":
                guard y != 0 else { throw map.runtime("division by zero", at: at) }
                return .double(x / y)
            case "//":
                guard y != 0 else { throw map.runtime("division by zero", at: at) }
                return .double((x / y).rounded(.down))
            case "%":
                guard y != 0 else { throw map.runtime("modulo by zero", at: at) }
                return .double(x - y * (x / y).rounded(.down))
            case "**": return .double(pow(x, y))
            default: break
            }
        }
        if op == "%", case .string = a { throw map.unsupported("string formatting with '%'", at: at) }
        throw map.runtime("unsupported operand types for \(op): \(a.typeName) and \(b.typeName)", at: at)
    }

    /// Refuses repetitions that would build absurdly large values.
    func checkSize(_ count: Int, times n: Int, at: Int) throws {
        let (total, overflow) = count.multipliedReportingOverflow(by: max(n, 0))
        if overflow || total > 100_000_000 {
            throw map.runtime("repetition of \(n) would be too large", at: at)
        }
    }

    func compare(_ a: JinjaValue, _ b: JinjaValue, op: String, at: Int) throws -> Int {
        if let x = a.number, let y = b.number, a.isNumeric, b.isNumeric { return x < y ? -1 : (x > y ? 1 : 0) }
        if case .string(let x) = a, case .string(let y) = b {
            let xs = x.unicodeScalars.map(\.value), ys = y.unicodeScalars.map(\.value)
            return xs.lexicographicallyPrecedes(ys) ? -1 : (xs == ys ? 0 : 1)
        }
        throw map.runtime("'\(op)' not supported between \(a.typeName) and \(b.typeName)", at: at)
    }

    func contains(_ container: JinjaValue, _ element: JinjaValue, at: Int) throws -> Bool {
        switch (container, element) {
        case let (.string(s), .string(sub)): return sub.isEmpty || s.contains(sub)
        case let (.list(l), _): return l.contains(element)
        case let (.map(m), .string(k)): return m[k] != nil
        case (.map, _): return false
        // jinja2's Undefined is an empty iterable, so nothing is in it.
        case (.undefined, _): return false
        case let (.namespace(ns), .string(k)): return ns.attributes[k] != nil
        default: throw map.runtime("'in' needs a string, list or mapping on the right, not \(container.typeName)", at: at)
        }
    }
}

extension JinjaValue {
    var isNumeric: Bool {
        switch self {
        case .int, .double, .bool: return true
        default: return false
        }
    }
}
