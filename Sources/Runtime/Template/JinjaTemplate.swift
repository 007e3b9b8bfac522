import Foundation

/// A compiled chat template. Rendering follows Jinja2 as transformers configures it
/// (trim_blocks, lstrip_blocks, loop controls, `raise_exception`, `strftime_now`, and a `tojson`
/// that keeps key order and non-ASCII text).
public final class JinjaTemplate {
    let nodes: [JinjaNode]
    let map: JinjaSourceMap

    public init(_ source: String) throws {
        let lexer = JinjaLexer(source)
        var parser = JinjaParser(segments: try lexer.segments(), map: lexer.map)
        nodes = try parser.parseTemplate()
        map = lexer.map
    }

    public func render(_ variables: [String: JinjaValue]) throws -> String {
        var interpreter = JinjaInterpreter(map: map, scopes: [variables])
        _ = try interpreter.run(nodes)
        return interpreter.output
    }
}

struct JinjaInterpreter {
    let map: JinjaSourceMap
    var scopes: [[String: JinjaValue]]
    var output = ""

    init(map: JinjaSourceMap, scopes: [[String: JinjaValue]]) {
        self.map = map
        self.scopes = scopes
    }

    enum Flow { case normal, breakLoop, continueLoop }

    mutating func run(_ nodes: [JinjaNode]) throws -> Flow {
        for node in nodes {
            switch node {
            case .text(let s):
                output += s
            case .output(let e):
                output += try printable(try eval(e), e)
            case let .ifChain(branches, otherwise):
                var chosen = otherwise
                for (condition, body) in branches where try eval(condition).truthy {
                    chosen = body
                    break
                }
                let flow = try run(chosen)
                if flow != .normal { return flow }
            case let .forLoop(targets, iterable, condition, body, otherwise, at):
                try runLoop(targets: targets, iterable: iterable, condition: condition, body: body, otherwise: otherwise, at: at)
            case let .set(name, attribute, valueExpr, at):
                let value = try eval(valueExpr)
                if let attribute {
                    guard case .namespace(let ns) = lookup(name) else {
                        throw map.runtime("cannot assign attribute '\(attribute)' on '\(name)', which is not a namespace", at: at)
                    }
                    ns.attributes[attribute] = value
                } else {
                    scopes[scopes.count - 1][name] = value
                }
            case .loopBreak(let at):
                guard scopes.count > 1 else { throw map.syntax("break outside a loop", at: at) }
                return .breakLoop
            case .loopContinue(let at):
                guard scopes.count > 1 else { throw map.syntax("continue outside a loop", at: at) }
                return .continueLoop
            }
        }
        return .normal
    }

    private func printable(_ v: JinjaValue, _ e: JinjaExpr) throws -> String {
        if case .namespace = v { return v.repr }
        return v.printed
    }

    private mutating func runLoop(targets: [String], iterable: JinjaExpr, condition: JinjaExpr?,
                                  body: [JinjaNode], otherwise: [JinjaNode], at: Int) throws {
        var items = try iterate(try eval(iterable), at: at)
        if let condition {
            // The loop filter sees the loop variables but not `loop`.
            var kept: [JinjaValue] = []
            for item in items {
                scopes.append(try bind(targets, item, at: at))
                defer { scopes.removeLast() }
                if try eval(condition).truthy { kept.append(item) }
            }
            items = kept
        }
        if items.isEmpty {
            _ = try run(otherwise)
            return
        }
        let n = items.count
        for (k, item) in items.enumerated() {
            var scope = try bind(targets, item, at: at)
            scope["loop"] = .map(JinjaMap([
                ("index", .int(k + 1)), ("index0", .int(k)),
                ("revindex", .int(n - k)), ("revindex0", .int(n - k - 1)),
                ("first", .bool(k == 0)), ("last", .bool(k == n - 1)), ("length", .int(n)),
                ("previtem", k > 0 ? items[k - 1] : .undefined("loop.previtem")),
                ("nextitem", k + 1 < n ? items[k + 1] : .undefined("loop.nextitem")),
            ]))
            scopes.append(scope)
            let flow = try run(body)
            scopes.removeLast()
            if flow == .breakLoop { break }
        }
    }

    private func bind(_ targets: [String], _ item: JinjaValue, at: Int) throws -> [String: JinjaValue] {
        if targets.count == 1 { return [targets[0]: item] }
        guard case .list(let parts) = item, parts.count == targets.count else {
            throw map.runtime("cannot unpack \(item.typeName) into \(targets.count) names", at: at)
        }
        return Dictionary(uniqueKeysWithValues: zip(targets, parts))
    }

    func iterate(_ v: JinjaValue, at: Int) throws -> [JinjaValue] {
        switch v {
        case .list(let l): return l
        case .map(let m): return m.keys.map { .string($0) }
        case .string(let s): return s.map { .string(String($0)) }
        case .undefined: return []
        default: throw map.runtime("\(v.typeName) is not iterable", at: at)
        }
    }

    func lookup(_ name: String) -> JinjaValue {
        for scope in scopes.reversed() {
            if let v = scope[name] { return v }
        }
        return .undefined(name)
    }

    // MARK: expressions

    mutating func eval(_ e: JinjaExpr) throws -> JinjaValue {
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
            if case let .name(name, nameAt) = callee, !lookup(name).isDefined {
                return try callGlobal(name, a, kw, at: nameAt)
            }
            throw map.runtime("value is not callable", at: at)
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
            case ("-", .int(let i)): return .int(-i)
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
        case let ("*", .string(x), .int(n)): return .string(String(repeating: x, count: max(n, 0)))
        case let ("*", .list(x), .int(n)): return .list(Array([[JinjaValue]](repeating: x, count: max(n, 0)).joined()))
        case let (_, .int(x), .int(y)):
            switch op {
            case "+": return .int(x &+ y)
            case "-": return .int(x &- y)
            case "*": return .int(x &* y)
            case "/":
                guard y != 0 else { throw map.runtime("division by zero", at: at) }
                return .double(Double(x) / Double(y))
            case "//":
                guard y != 0 else { throw map.runtime("division by zero", at: at) }
                return .int(Int((Double(x) / Double(y)).rounded(.down)))
            case "%":
                guard y != 0 else { throw map.runtime("modulo by zero", at: at) }
                let r = x % y
                return .int(r != 0 && (r < 0) != (y < 0) ? r + y : r)
            case "**":
                return y >= 0 ? .int(Int(pow(Double(x), Double(y)))) : .double(pow(Double(x), Double(y)))
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
