import Foundation

/// Printing, types and conversions, numbers, randomness, time and help.
enum CoreBuiltins {
    static let builtins: [Builtin] = [
        Builtin("print", [Param("sep", .string, default: .string(" "), keywordOnly: true),
                          Param("end", .string, default: .string("\n"), keywordOnly: true)],
                variadic: Param("values"), help: "Prints the values separated by `sep`, then `end`.",
                example: "print(\"loss\", 0.25)  # loss 0.25") { a in
            a.write(a.rest.map(\.str).joined(separator: try a.string("sep")) + (try a.string("end")))
            return .null
        },
        Builtin("input", [Param("prompt", .string, default: .string(""))], returns: "string",
                help: "Shows prompt and returns the line the user types (without its newline): read from standard input in\nthe REPL and scripts, asked through the front end in a Jupyter notebook. An error at the end of input.",
                example: "let name = input(\"run name? \")") { a in
            .string(try a.interpreter.readInput(try a.string("prompt")))
        },
        Builtin("show", [Param("value")],
                help: "Prints a value as the REPL shows it, but whole: every item of a long list or map and every\ncharacter of a long string (the REPL's echo keeps the head and tail past \(DisplayLimits().items) items or\n\(DisplayLimits().characters) characters). Entries go one a line when the value is wider than the terminal.",
                example: "show(range(0, 500))") { a in
            a.write(try a["value"].display(.unlimited(width: a.interpreter.displayLimits.width)) + "\n")
            return .null
        },
        Builtin("type", [Param("value")], returns: "string",
                help: "The type name: nil, bool, int, float, string, list, map, fn, or a handle type such as model.",
                example: "type([1, 2])  # \"list\"") { a in
            .string(a.values[0].typeName)
        },
        Builtin("str", [Param("value")], returns: "string",
                help: "The value as text, as print shows it.", example: "str(2.5) + \"s\"  # \"2.5s\"") { a in
            .string(a.values[0].str)
        },
        Builtin("int", [Param("value", .oneOf([.int, .float, .string, .bool]))], returns: "int",
                help: "Converts to an int: floats are truncated toward zero, strings parsed.",
                example: "int(\"42\") + int(3.9)  # 45") { a in
            switch a.values[0] {
            case .int(let i): return .int(i)
            case .bool(let b): return .int(b ? 1 : 0)
            case .float(let d):
                guard d.isFinite, abs(d) < 9.2e18 else { throw ScriptError.fail("int: \(Value.format(d)) does not fit in an int") }
                return .int(Int(d))
            case .string(let s):
                guard let i = Int(s.trimmingCharacters(in: .whitespaces)) else { throw ScriptError.fail("int: cannot parse \(Value.quote(s))") }
                return .int(i)
            default: return .null
            }
        },
        Builtin("float", [Param("value", .oneOf([.float, .string]))], returns: "float",
                help: "Converts an int or a numeric string to a float.", example: "float(\"1e-3\")  # 0.001") { a in
            switch a.values[0] {
            case .float(let d): return .float(d)
            case .string(let s):
                guard let d = Double(s.trimmingCharacters(in: .whitespaces)) else { throw ScriptError.fail("float: cannot parse \(Value.quote(s))") }
                return .float(d)
            default: return .null
            }
        },
        Builtin("len", [Param("value")], returns: "int",
                help: "Number of elements of a list, map, string (characters) or dataset.", example: "len([1, 2, 3])  # 3") { a in
            guard let n = try Access.length(a.values[0]) else { throw ScriptError.fail("len: a \(a.values[0].typeName) has no length") }
            return .int(n)
        },
        Builtin("range", [Param("start", .int), Param("stop", .orNil(.int), default: .null), Param("step", .int, default: .int(1))],
                returns: "list",
                help: "range(n) is [0, …, n-1]; range(a, b, step) counts from a up to (not including) b.",
                example: "range(0, 10, 3)  # [0, 3, 6, 9]") { a in
            var start = try a.int("start"), stop = try a.optional("stop") { try $0.asInt($1) }
            let step = try a.int("step")
            if stop == nil { (start, stop) = (0, start) }
            guard let stop, step != 0 else { throw ScriptError.fail("range: step must not be 0") }
            let count = max(0, ((Double(stop) - Double(start)) / Double(step)).rounded(.up))
            try a.interpreter.chargeSize(Int(min(count, 9.0e18)))
            var values: [Value] = []
            values.reserveCapacity(Int(count))
            var v = start
            while step > 0 ? v < stop : v > stop {
                values.append(.int(v))
                let (next, overflow) = v.addingReportingOverflow(step)
                if overflow { break }
                v = next
            }
            return .list(ScriptList(values))
        },
        Builtin("abs", [Param("x", .oneOf([.int, .float]))], returns: "int|float", help: "Absolute value.", example: "abs(-3)  # 3") { a in
            switch a.values[0] {
            case .int(let i) where i != Int.min: return .int(Swift.abs(i))
            case let v: return .float(Swift.abs(try v.asDouble("x")))
            }
        },
        Builtin("round", [Param("x", .float), Param("digits", .int, default: .int(0))], returns: "int|float",
                help: "Rounds half away from zero; with digits > 0 returns a float.", example: "round(2.567, digits: 2)  # 2.57") { a in
            let x = try a.double("x"), digits = try a.int("digits")
            if digits <= 0 {
                let r = x.rounded()
                guard r.isFinite, Swift.abs(r) < 9.2e18 else { throw ScriptError.fail("round: \(Value.format(x)) does not fit in an int") }
                return .int(Int(r))
            }
            let scale = Foundation.pow(10, Double(min(digits, 15)))
            return .float((x * scale).rounded() / scale)
        },
        math("sqrt", "Square root.", "sqrt(2.0)  # 1.4142135623730951", Foundation.sqrt),
        math("exp", "e to the power x.", "exp(0)  # 1.0", Foundation.exp),
        math("log", "Natural logarithm.", "log(exp(2))  # 2.0", Foundation.log),
        Builtin("random", returns: "float", help: "A uniform random float in [0, 1); reproducible after seed(n).",
                example: "seed(1); random()") { a in
            .float(a.interpreter.random.uniform())
        },
        Builtin("randint", [Param("low", .int), Param("high", .int)], returns: "int",
                help: "A uniform random int in low..high (both included).", example: "randint(1, 6)") { a in
            let low = try a.int("low"), high = try a.int("high")
            let (span, overflow) = high.subtractingReportingOverflow(low)
            guard low <= high, !overflow, span < Int.max else { throw ScriptError.fail("randint: need low <= high (and a range that fits in an int)") }
            return .int(low + a.interpreter.random.below(span + 1))
        },
        Builtin("shuffle", [Param("list", .list)], returns: "list",
                help: "Shuffles a list in place (Fisher–Yates) and returns it.", example: "shuffle([1, 2, 3])") { a in
            let list = try a.list("list")
            var i = list.items.count - 1
            while i > 0 {
                list.items.swapAt(i, a.interpreter.random.below(i + 1))
                i -= 1
            }
            return .list(list)
        },
        Builtin("seed", [Param("n", .int)], help: "Seeds the random generators (script and runtime) for reproducible runs.",
                example: "seed(42)") { a in
            let n = UInt64(bitPattern: Int64(try a.int("n")))
            a.interpreter.random.seed(n)
            for handler in a.interpreter.seedHandlers { handler(n) }
            return .null
        },
        Builtin("time", returns: "float", help: "Seconds since 1970 (wall clock), for timing code.",
                example: "let t = time(); work(); print(time() - t)") { _ in
            .float(Date().timeIntervalSince1970)
        },
        Builtin("error", [Param("message", .string)], help: "Raises a runtime error (catch it with try/catch).",
                example: "if x < 0 { error(\"x must be positive\") }") { a in
            throw ScriptError.fail(try a.string("message"))
        },
        Builtin("help", [Param("topic", default: .null)],
                help: "Lists the builtins, or explains one: help(len), help(\"len\"), help(m.generate), help(\"m.generate\"),\nhelp(m), help(\"model\"). In the REPL ?name and name? do the same, and :apropos word searches every help text.",
                example: "help(push)") { a in
            a.write(Help.wrap(Help.text(for: a.values[0], in: a.interpreter), width: a.interpreter.displayLimits.width) + "\n")
            return .null
        },
    ]

    private static func math(_ name: String, _ help: String, _ example: String, _ f: @escaping (Double) -> Double) -> Builtin {
        Builtin(name, [Param("x", .float)], returns: "float", help: help, example: example) { a in
            .float(f(try a.double("x")))
        }
    }
}
