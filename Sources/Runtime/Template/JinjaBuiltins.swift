import Foundation

/// Filters, tests, methods and global functions the chat templates of common models use.
extension JinjaInterpreter {
    func callGlobal(_ name: String, _ args: [JinjaValue], _ kwargs: [(String, JinjaValue)], at: Int) throws -> JinjaValue {
        switch name {
        case "namespace", "dict":
            var attributes = JinjaMap()
            for a in args {
                guard case .map(let m) = a else { throw map.runtime("\(name)() takes a mapping or keyword arguments", at: at) }
                for (k, v) in m.pairs { attributes[k] = v }
            }
            for (k, v) in kwargs { attributes[k] = v }
            return name == "namespace" ? .namespace(JinjaNamespace(attributes)) : .map(attributes)
        case "range":
            let ints = try args.map { a -> Int in
                guard case .int(let i) = a else { throw map.runtime("range() takes integers", at: at) }
                return i
            }
            let (start, stop, step): (Int, Int, Int)
            switch ints.count {
            case 1: (start, stop, step) = (0, ints[0], 1)
            case 2: (start, stop, step) = (ints[0], ints[1], 1)
            case 3: (start, stop, step) = (ints[0], ints[1], ints[2])
            default: throw map.runtime("range() takes 1 to 3 arguments", at: at)
            }
            guard step != 0 else { throw map.runtime("range() step cannot be zero", at: at) }
            guard (Double(stop) - Double(start)) / Double(step) <= 10_000_000 else {
                throw map.runtime("range() of more than 10000000 numbers", at: at)
            }
            return .list(Swift.stride(from: start, to: stop, by: step).map { .int($0) })
        case "raise_exception":
            let (l, c) = map.location(at)
            throw JinjaError.raised(message: args.first?.printed ?? "", line: l, column: c)
        case "strftime_now":
            guard case .string(let format)? = args.first else { throw map.runtime("strftime_now() takes a format string", at: at) }
            var now = time(nil)
            var parts = tm()
            localtime_r(&now, &parts)
            var buffer = [Int8](repeating: 0, count: 256)
            let n = strftime(&buffer, buffer.count, format, &parts)
            return .string(String(decoding: buffer[0..<n].map { UInt8(bitPattern: $0) }, as: UTF8.self))
        default:
            throw map.runtime("unknown function '\(name)'", at: at)
        }
    }

    func callMethod(_ target: JinjaValue, _ name: String, _ args: [JinjaValue], _ kwargs: [(String, JinjaValue)], at: Int) throws -> JinjaValue {
        func arg(_ i: Int, _ key: String) -> JinjaValue? {
            i < args.count ? args[i] : kwargs.first { $0.0 == key }?.1
        }
        func string(_ i: Int, _ key: String) throws -> String? {
            switch arg(i, key) {
            case nil, .none?: return nil
            case .string(let s)?: return s
            default: throw map.runtime("\(name)() needs a string argument", at: at)
            }
        }
        switch target {
        case .string(let s):
            switch name {
            case "split":
                let maxSplit: Int
                if case .int(let m)? = arg(1, "maxsplit") { maxSplit = m } else { maxSplit = -1 }
                return .list(try pythonSplit(s, try string(0, "sep"), maxSplit: maxSplit, at: at).map { .string($0) })
            case "strip": return .string(pythonStrip(s, try string(0, "chars"), left: true, right: true))
            case "lstrip": return .string(pythonStrip(s, try string(0, "chars"), left: true, right: false))
            case "rstrip": return .string(pythonStrip(s, try string(0, "chars"), left: false, right: true))
            case "startswith", "endswith":
                let candidates: [String]
                switch arg(0, "prefix") {
                case .string(let p)?: candidates = [p]
                case .list(let l)?: candidates = l.compactMap { if case .string(let p) = $0 { return p }; return nil }
                default: throw map.runtime("\(name)() needs a string", at: at)
                }
                let bytes = Array(s.utf8)
                return .bool(candidates.contains { c in
                    let cb = Array(c.utf8)
                    return name == "startswith" ? bytes.starts(with: cb) : bytes.reversed().starts(with: cb.reversed())
                })
            case "upper": return .string(s.uppercased())
            case "lower": return .string(s.lowercased())
            case "title": return .string(pythonTitle(s))
            case "capitalize": return .string(s.prefix(1).uppercased() + s.dropFirst().lowercased())
            case "replace":
                guard let old = try string(0, "old"), let new = try string(1, "new") else {
                    throw map.runtime("replace() needs two strings", at: at)
                }
                return .string(old.isEmpty ? s : s.replacingOccurrences(of: old, with: new))
            case "find":
                guard let sub = try string(0, "sub") else { throw map.runtime("find() needs a string", at: at) }
                guard let r = s.range(of: sub) else { return .int(-1) }
                return .int(s.distance(from: s.startIndex, to: r.lowerBound))
            default: break
            }
        case .map(let m):
            switch name {
            case "items": return .list(m.pairs.map { .list([.string($0.0), $0.1]) })
            case "keys": return .list(m.keys.map { .string($0) })
            case "values": return .list(m.pairs.map { $0.1 })
            case "get":
                guard case .string(let k)? = arg(0, "key") else { throw map.runtime("get() needs a string key", at: at) }
                return m[k] ?? arg(1, "default") ?? .none
            default:
                // A key holding no callable: Jinja would fail to call it.
                break
            }
        case .undefined(let what):
            throw map.runtime("'\(what)' is undefined (calling its method '\(name)')", at: at)
        default: break
        }
        throw map.unsupported("method '\(name)' of \(target.typeName)", at: at)
    }

    func applyFilter(_ name: String, _ v: JinjaValue, _ args: [JinjaValue], _ kwargs: [(String, JinjaValue)], at: Int) throws -> JinjaValue {
        func arg(_ i: Int, _ key: String) -> JinjaValue? {
            i < args.count ? args[i] : kwargs.first { $0.0 == key }?.1
        }
        switch name {
        case "default", "d":
            let useFalsy = arg(1, "boolean")?.truthy ?? false
            if !v.isDefined || (useFalsy && !v.truthy) { return arg(0, "default_value") ?? .string("") }
            return v
        case "safe":
            return v
        case "tojson":
            var indent: Int?
            if case .int(let n)? = arg(0, "indent") { indent = n }
            var out = ""
            try JinjaJSONWriter(map: map, at: at, indent: indent).write(v, depth: 0, into: &out)
            return .string(out)
        default: break
        }
        if case .undefined(let what) = v {
            if name == "length" || name == "count" || name == "list" { return name == "list" ? .list([]) : .int(0) }
            if name == "string" || name == "trim" { return .string("") }
            throw map.runtime("'\(what)' is undefined (filter '\(name)')", at: at)
        }
        switch (name, v) {
        case let ("trim", .string(s)):
            var chars: String?
            if case .string(let c)? = arg(0, "chars") { chars = c }
            return .string(pythonStrip(s, chars, left: true, right: true))
        case ("length", _), ("count", _):
            switch v {
            case .string(let s): return .int(s.count)
            case .list(let l): return .int(l.count)
            case .map(let m): return .int(m.count)
            default: throw map.runtime("\(v.typeName) has no length", at: at)
            }
        case ("string", _): return .string(v.printed)
        case let ("upper", .string(s)): return .string(s.uppercased())
        case let ("lower", .string(s)): return .string(s.lowercased())
        case let ("capitalize", .string(s)): return .string(s.prefix(1).uppercased() + s.dropFirst().lowercased())
        case let ("title", .string(s)): return .string(pythonTitle(s))
        case let ("items", .map(m)): return .list(m.pairs.map { .list([.string($0.0), $0.1]) })
        case ("list", _): return .list(try iterate(v, at: at))
        case ("first", _):
            return try iterate(v, at: at).first ?? .undefined("first item")
        case ("last", _):
            return try iterate(v, at: at).last ?? .undefined("last item")
        case ("reverse", .string(let s)): return .string(String(s.reversed()))
        case ("reverse", _): return .list(try iterate(v, at: at).reversed())
        case ("join", _):
            var separator = ""
            if case .string(let s)? = arg(0, "d") { separator = s }
            return .string(try iterate(v, at: at).map(\.printed).joined(separator: separator))
        case let ("replace", .string(s)):
            guard case .string(let old)? = arg(0, "old"), case .string(let new)? = arg(1, "new") else {
                throw map.runtime("replace needs two strings", at: at)
            }
            return .string(old.isEmpty ? s : s.replacingOccurrences(of: old, with: new))
        case ("int", _):
            switch v {
            case .int: return v
            case .double(let d): return .int(Int(d))
            case .bool(let b): return .int(b ? 1 : 0)
            case .string(let s): return .int(Int(s.trimmingCharacters(in: .whitespaces)) ?? 0)
            default: return .int(0)
            }
        case ("selectattr", .list(let l)), ("rejectattr", .list(let l)):
            guard case .string(let attr)? = args.first else { throw map.runtime("\(name) needs an attribute name", at: at) }
            let keep = try l.filter { item in
                let value = try attribute(item, attr, at: at)
                let passes: Bool
                if args.count >= 2, case .string(let test) = args[1] {
                    passes = try applyTest(test, value, Array(args.dropFirst(2)), at: at)
                } else {
                    passes = value.truthy
                }
                return passes == (name == "selectattr")
            }
            return .list(keep)
        case ("select", .list(let l)), ("reject", .list(let l)):
            let keep = try l.filter { item in
                let passes: Bool
                if case .string(let test)? = args.first {
                    passes = try applyTest(test, item, Array(args.dropFirst()), at: at)
                } else {
                    passes = item.truthy
                }
                return passes == (name == "select")
            }
            return .list(keep)
        case ("map", .list(let l)):
            guard case .string(let attr)? = kwargs.first(where: { $0.0 == "attribute" })?.1 else {
                throw map.unsupported("map filter without attribute=", at: at)
            }
            return .list(try l.map { try attribute($0, attr, at: at) })
        default:
            throw map.unsupported("filter '\(name)' on \(v.typeName)", at: at)
        }
    }

    func applyTest(_ name: String, _ v: JinjaValue, _ args: [JinjaValue], at: Int) throws -> Bool {
        switch name {
        case "defined": return v.isDefined
        case "undefined": return !v.isDefined
        case "none": if case .none = v { return true }; return false
        case "string": if case .string = v { return true }; return false
        case "mapping": if case .map = v { return true }; return false
        case "boolean": if case .bool = v { return true }; return false
        case "true": return v == .bool(true) && { if case .bool = v { return true }; return false }()
        case "false": return v == .bool(false) && { if case .bool = v { return true }; return false }()
        case "integer": if case .int = v { return true }; return false
        case "float": if case .double = v { return true }; return false
        case "number": if case .int = v { return true }; if case .double = v { return true }; return false
        case "iterable", "sequence":
            // jinja2's Undefined iterates as empty and has a length (0), so it passes both tests
            // (jinja2 tests.py: test_iterable tries iter(), test_sequence len() and __getitem__).
            switch v {
            case .string, .list, .map, .undefined: return true
            default: return false
            }
        case "callable":
            switch v {
            case .function, .macro: return true
            default: return false
            }
        case "odd", "even":
            guard case .int(let i) = v else { throw map.runtime("\(name) test needs an integer", at: at) }
            return (i % 2 != 0) == (name == "odd")
        case "divisibleby":
            guard case .int(let i) = v, case .int(let d)? = args.first, d != 0 else { throw map.runtime("divisibleby needs integers", at: at) }
            return i % d == 0
        case "eq", "equalto", "==", "sameas": return args.first.map { $0 == v } ?? false
        case "ne": return args.first.map { $0 != v } ?? false
        case "in":
            guard let container = args.first else { throw map.runtime("in test needs a container", at: at) }
            return try contains(container, v, at: at)
        case "lt", "gt", "le", "ge":
            guard let other = args.first else { throw map.runtime("\(name) test needs a value", at: at) }
            let ops = ["lt": "<", "gt": ">", "le": "<=", "ge": ">="]
            return try binary(ops[name]!, v, other, at: at).truthy
        default:
            throw map.unsupported("test '\(name)'", at: at)
        }
    }

    func pythonSplit(_ s: String, _ sep: String?, maxSplit: Int, at: Int) throws -> [String] {
        guard let sep else {
            // Runs of white space separate; no empty strings.
            var parts: [String] = []
            var current = ""
            var rest = Substring(s)
            while let c = rest.first {
                if c.isWhitespace {
                    if !current.isEmpty {
                        parts.append(current)
                        current = ""
                        if maxSplit >= 0 && parts.count == maxSplit {
                            let tail = rest.drop { $0.isWhitespace }
                            if !tail.isEmpty { parts.append(String(tail)) }
                            return parts
                        }
                    }
                } else {
                    current.append(c)
                }
                rest = rest.dropFirst()
            }
            if !current.isEmpty { parts.append(current) }
            return parts
        }
        guard !sep.isEmpty else { throw map.runtime("split() separator is empty", at: at) }
        var parts: [String] = []
        var rest = Substring(s)
        while maxSplit < 0 || parts.count < maxSplit, let r = rest.range(of: sep) {
            parts.append(String(rest[..<r.lowerBound]))
            rest = rest[r.upperBound...]
        }
        parts.append(String(rest))
        return parts
    }

    func pythonStrip(_ s: String, _ chars: String?, left: Bool, right: Bool) -> String {
        let scalars = Array(s.unicodeScalars)
        let remove: (Unicode.Scalar) -> Bool
        if let chars {
            let set = Set(chars.unicodeScalars)
            remove = { set.contains($0) }
        } else {
            remove = { $0.properties.isWhitespace }
        }
        var lo = 0
        var hi = scalars.count
        if left { while lo < hi && remove(scalars[lo]) { lo += 1 } }
        if right { while hi > lo && remove(scalars[hi - 1]) { hi -= 1 } }
        var out = String.UnicodeScalarView()
        out.append(contentsOf: scalars[lo..<hi])
        return String(out)
    }

    func pythonTitle(_ s: String) -> String {
        var out = ""
        var previousCased = false
        for c in s {
            out += previousCased ? c.lowercased() : c.uppercased()
            previousCased = c.isLetter
        }
        return out
    }
}

/// Python's json.dumps(value, ensure_ascii=False, indent=indent) — what transformers' tojson does.
struct JinjaJSONWriter {
    let map: JinjaSourceMap
    let at: Int
    let indent: Int?

    func write(_ v: JinjaValue, depth: Int, into out: inout String) throws {
        switch v {
        case .none: out += "null"
        case .bool(let b): out += b ? "true" : "false"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isNaN { out += "NaN" } else if d.isInfinite { out += d < 0 ? "-Infinity" : "Infinity" } else { out += d.description }
        case .string(let s): Self.quote(s, into: &out)
        case .list(let l):
            try container("[", "]", l.count, depth: depth, into: &out) { i, o in try write(l[i], depth: depth + 1, into: &o) }
        case .map(let m):
            let pairs = m.pairs
            try container("{", "}", pairs.count, depth: depth, into: &out) { i, o in
                Self.quote(pairs[i].0, into: &o)
                o += ": "
                try write(pairs[i].1, depth: depth + 1, into: &o)
            }
        case .namespace, .undefined, .function, .macro:
            throw map.runtime("tojson cannot serialise \(v.typeName)", at: at)
        }
    }

    private func container(_ open: String, _ close: String, _ count: Int, depth: Int, into out: inout String,
                           item: (Int, inout String) throws -> Void) throws {
        out += open
        guard count > 0 else { out += close; return }
        for i in 0..<count {
            if let indent {
                out += (i == 0 ? "" : ",") + "\n" + String(repeating: " ", count: indent * (depth + 1))
            } else if i > 0 {
                out += ", "
            }
            try item(i, &out)
        }
        if let indent { out += "\n" + String(repeating: " ", count: indent * depth) }
        out += close
    }

    static func quote(_ s: String, into out: inout String) { JSONText.quote(s, into: &out) }
}
