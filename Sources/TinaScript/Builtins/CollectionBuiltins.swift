/// Lists and maps: building, reading, transforming and summarising.
enum CollectionBuiltins {
    static let builtins: [Builtin] = [
        Builtin("keys", [Param("map", .map)], returns: "list", help: "The keys of a map, in insertion order.",
                example: "keys({\"a\": 1, \"b\": 2})  # [\"a\", \"b\"]") { a in
            Value(strings: try a.map("map").keys)
        },
        Builtin("values", [Param("map", .map)], returns: "list", help: "The values of a map, in insertion order.",
                example: "values({\"a\": 1, \"b\": 2})  # [1, 2]") { a in
            Value(try a.map("map").values)
        },
        Builtin("get", [Param("map", .map), Param("key", .string), Param("default", default: .null)], returns: "any",
                help: "m[key] when the key exists, otherwise the default (m[key] alone is an error for a missing key).",
                example: "get(row, \"score\", 0)") { a in
            try a.map("map")[try a.string("key")] ?? a.values[2]
        },
        Builtin("push", [Param("list", .list), Param("value")], help: "Appends a value to a list in place.",
                example: "let xs = []; push(xs, 1)  # xs is [1]") { a in
            try a.list("list").items.append(a.values[1])
            return .null
        },
        Builtin("pop", [Param("container", .oneOf([.list, .map])), Param("key", .orNil(.oneOf([.int, .string])), default: .null)],
                returns: "any",
                help: "Removes and returns the last element of a list (or the one at index `key`), or a map's entry `key`.",
                example: "pop([1, 2, 3])  # 3") { a in
            switch a.values[0] {
            case .list(let list):
                guard !list.items.isEmpty else { throw ScriptError.fail("pop: the list is empty") }
                guard case .int(let i) = a.values[1] else { return list.items.removeLast() }
                let p = i < 0 ? i + list.items.count : i
                guard p >= 0 && p < list.items.count else { throw ScriptError.fail("pop: index \(i) out of range (length \(list.items.count))") }
                return list.items.remove(at: p)
            case .map(let map):
                guard case .string(let key) = a.values[1] else { throw ScriptError.fail("pop: a map needs a string key") }
                guard let value = map.remove(key) else { throw ScriptError.fail("pop: map has no key \(Value.quote(key))") }
                return value
            default: return .null
            }
        },
        Builtin("slice", [Param("value", .oneOf([.list, .string])), Param("start", .int), Param("stop", .orNil(.int), default: .null)],
                returns: "list|string",
                help: "Elements start..<stop of a list or string (negative counts from the end; stop nil = to the end).",
                example: "slice([1, 2, 3, 4], 1, -1)  # [2, 3]") { a in
            func bounds(_ count: Int) throws -> Range<Int> {
                func clamp(_ i: Int) -> Int { min(max(i < 0 ? i + count : i, 0), count) }
                let start = clamp(try a.int("start")), stop = clamp(try a.optional("stop") { try $0.asInt($1) } ?? count)
                return start..<max(start, stop)
            }
            if case .string(let s) = a.values[0] {
                let chars = Array(s)
                return .string(String(chars[try bounds(chars.count)]))
            }
            let items = try a.list("value").items
            return Value(Array(items[try bounds(items.count)]))
        },
        Builtin("map", [Param("list", .list), Param("fn", .function)], returns: "list",
                help: "A new list with fn applied to each element.", example: "map([1, 2], fn(x) { return x * 10 })  # [10, 20]") { a in
            let f = try a.function("fn")
            return Value(try a.list("list").items.map { try a.call(f, [$0]) })
        },
        Builtin("filter", [Param("list", .list), Param("fn", .function)], returns: "list",
                help: "A new list of the elements for which fn returns a true value.",
                example: "filter([1, 2, 3], fn(x) { return x > 1 })  # [2, 3]") { a in
            let f = try a.function("fn")
            return Value(try a.list("list").items.filter { try a.call(f, [$0]).isTruthy })
        },
        Builtin("sum", [Param("list", .list)], returns: "int|float", help: "The sum of a list of numbers (0 when empty).",
                example: "sum([1, 2, 3.5])  # 6.5") { a in
            var ints = 0, floats = 0.0, isFloat = false
            for x in try a.list("list").items {
                switch x {
                case .int(let i) where !isFloat:
                    let (r, overflow) = ints.addingReportingOverflow(i)
                    if overflow { throw ScriptError.fail("sum: integer overflow") }
                    ints = r
                case .int(let i): floats += Double(i)
                case .float(let d):
                    if !isFloat { isFloat = true; floats = Double(ints) }
                    floats += d
                default: throw ScriptError.fail("sum: elements must be numbers, got \(x.typeName)")
                }
            }
            return isFloat ? .float(floats) : .int(ints)
        },
        extremum("min", -1), extremum("max", 1),
        Builtin("mean", [Param("list", .list)], returns: "float", help: "The arithmetic mean of a non-empty list of numbers.",
                example: "mean([1, 2, 3, 4])  # 2.5") { a in
            let xs = try a.doubles("list")
            guard !xs.isEmpty else { throw ScriptError.fail("mean: the list is empty") }
            return .float(xs.reduce(0, +) / Double(xs.count))
        },
        Builtin("sort", [Param("list", .list), Param("key", .orNil(.function), default: .null), Param("reverse", .bool, default: .bool(false))],
                returns: "list",
                help: "A new sorted list (stable); `key` maps each element to what is compared.",
                example: "sort(rows, key: fn(r) { return r[\"score\"] }, reverse: true)") { a in
            let items = try a.list("list").items
            let keyFn = try a.optional("key") { try $0.asFunction($1) }
            let keys = try keyFn.map { f in try items.map { try a.call(f, [$0]) } } ?? items
            let reverse = try a.bool("reverse")
            var failure: Error?
            let order = items.indices.sorted { i, j in
                guard failure == nil else { return false }
                do {
                    let c = try Ops.compare(keys[i], keys[j], nil)
                    return c != 0 ? (reverse ? c > 0 : c < 0) : i < j
                } catch {
                    failure = error
                    return false
                }
            }
            if let failure { throw failure }
            return Value(order.map { items[$0] })
        },
        Builtin("contains", [Param("container", .oneOf([.list, .map, .string])), Param("item")], returns: "bool",
                help: "Whether a list holds the item, a map has the key, or a string contains the substring.",
                example: "contains(\"\\\\boxed{4}\", \"boxed\")  # true") { a in
            switch a.values[0] {
            case .list(let list): return .bool(list.items.contains(a.values[1]))
            case .map(let map): return .bool(map[try a.values[1].asString("item")] != nil)
            case .string(let s): return .bool(s.contains(try a.values[1].asString("item")))
            default: return .bool(false)
            }
        },
    ]

    /// min/max of a list, or of several arguments.
    private static func extremum(_ name: String, _ sign: Int) -> Builtin {
        Builtin(name, variadic: Param("values"), returns: "any",
                help: "The \(name == "min" ? "smallest" : "largest") of a list, or of the arguments.",
                example: "\(name)([3, 1, 2])  # \(sign < 0 ? 1 : 3)") { a in
            var items = a.rest
            if items.count == 1, case .list(let list) = items[0] { items = list.items }
            guard var best = items.first else { throw ScriptError.fail("\(name): needs a non-empty list or some arguments") }
            for x in items.dropFirst() where try Ops.compare(x, best, nil) * sign > 0 { best = x }
            return best
        }
    }
}
