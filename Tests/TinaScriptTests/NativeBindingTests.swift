import CKernels
import TinaScript
import XCTest

/// A stand-in for a Runtime object, bound the way Bindings/ files bind models and datasets.
private final class Accumulator: NativeHandle {
    var values: [Double] = []
    var enabled = true

    static let nativeType = NativeType(
        Accumulator.self, name: "accumulator", help: "Collects numbers (a test handle).",
        methods: [
            Builtin("add", [Param("x", .float), Param("times", .int, default: .int(1))], returns: "int",
                    help: "Adds x, `times` times; returns the count.", example: "acc.add(2.5, times: 2)") { a in
                let acc = try a.this(Accumulator.self)
                for _ in 0..<max(0, try a.int("times")) { acc.values.append(try a.double("x")) }
                return .int(acc.values.count)
            },
            Builtin("fail", help: "Throws a Swift error.") { _ in throw TestFailure.boom },
            Builtin("spin", help: "Loops until the interrupt flag is set, as Runtime loops do.") { _ in
                tina_interrupt_set()
                while tina_interrupt_pending() == 0 {}
                throw TestFailure.stopped
            },
        ],
        fields: [
            NativeField(Accumulator.self, "count", help: "number of values", get: { .int($0.values.count) }),
            NativeField(Accumulator.self, "enabled", help: "whether add works", get: { .bool($0.enabled) },
                        set: { acc, v in acc.enabled = try v.asBool("enabled") }),
        ],
        length: { $0.values.count },
        index: { acc, key in
            let i = try key.asInt("index")
            guard acc.values.indices.contains(i) else { throw TestFailure.boom }
            return .float(acc.values[i])
        })

    var display: String { "<accumulator of \(values.count)>" }
    func plainValue() throws -> Value? { Value(doubles: values) }
}

private enum TestFailure: Error, CustomStringConvertible {
    case boom, stopped
    var description: String { self == .boom ? "boom from Swift" : "stopped" }
}

private let makeAccumulator = Builtin("accumulator", returns: "accumulator", help: "A new accumulator.") { _ in
    .native(Accumulator())
}

final class NativeBindingTests: XCTestCase {
    private func session() -> CapturedSession {
        CapturedSession(echo: false, interpreter: Interpreter(builtins: Builtin.all + [makeAccumulator]))
    }

    func testMethodsFieldsIndexAndJSON() {
        let s = session()
        let out = s.run("""
        let acc = accumulator()
        acc.add(1)
        print(acc.add(2.5, times: 2), acc.count, len(acc), acc[1], type(acc), acc)
        acc.enabled = false
        print(acc.enabled, json(acc))
        let seen = []
        for x in acc { push(seen, x) }
        print(seen)
        """)
        XCTAssertEqual(out, "3 3 3 2.5 accumulator <accumulator of 3>\nfalse [1.0,2.5,2.5]\n[1.0, 2.5, 2.5]\n")
    }

    func testErrorsNameTheSignatureAndAreCatchable() {
        let s = session()
        XCTAssertEqual(s.run("let acc = accumulator()\ntry { acc.add(\"x\") } catch e { print(e) }"),
                       "add: 'x' must be float, got string\n  usage: accumulator.add(x: float, times: int = 1) -> int\n")
        XCTAssertEqual(s.run("try { acc.fail() } catch e { print(e) }"), "boom from Swift\n")
        XCTAssertEqual(s.run("try { acc.count = 3 } catch e { print(e) }"), "field 'count' of accumulator is read-only\n")
        XCTAssertEqual(s.run("try { acc.nope() } catch e { print(e) }"),
                       "accumulator has no field or method 'nope' (try help(accumulator))\n")
        XCTAssertTrue(s.run("acc.fail()").hasPrefix("[5]:1:1: error: boom from Swift"))
    }

    func testHelpAndCompletion() {
        let s = session()
        s.run("let acc = accumulator()")
        XCTAssertEqual(s.run("help(acc.add)"), """
        accumulator.add(x: float, times: int = 1) -> int
          Adds x, `times` times; returns the count.
          example: acc.add(2.5, times: 2)

        """)
        XCTAssertTrue(s.run("help(acc)").contains("enabled (settable) — whether add works"))
        let interpreter = s.session.interpreter
        XCTAssertEqual(Completer.candidates("acc.", line: "acc.", interpreter: interpreter),
                       ["acc.add", "acc.count", "acc.enabled", "acc.fail", "acc.spin"])
        XCTAssertEqual(Completer.candidates("ti", line: "acc.add(1, ti", interpreter: interpreter), ["time", "times:"])
        XCTAssertEqual(Completer.candidates("pu", line: "pu", interpreter: interpreter), ["push"])
        XCTAssertEqual(Completer.candidates("wh", line: "wh", interpreter: interpreter), ["while"])
        XCTAssertEqual(Completer.candidates(":sa", line: ":sa", interpreter: interpreter), [":save"])
    }

    /// Ctrl-C during a builtin: Runtime code sees the flag and throws; the session survives.
    func testInterruptDuringBuiltinKeepsSession() {
        let s = session()
        s.run("let acc = accumulator()\nlet kept = 41")
        let out = s.run("try { acc.spin() } catch e { print(\"must not catch\") }")
        XCTAssertTrue(out.hasPrefix("[2]:1:7: interrupted"), out)
        XCTAssertEqual(s.run("print(kept + 1)"), "42\n")
    }

    /// Ctrl-C during a TinaScript loop is noticed at the loop's back edge.
    func testInterruptDuringLoop() {
        let s = session()
        let interpreter = s.session.interpreter
        interpreter.setGlobal("raise_interrupt", .function(ScriptFunction(builtin: Builtin("raise_interrupt", help: "") { _ in
            tina_interrupt_set()
            return .null
        })))
        let out = s.run("let n = 0\nwhile true { n += 1\n if n == 10 { raise_interrupt() } }")
        XCTAssertTrue(out.hasPrefix("[1]:2:1: interrupted"), out)
        XCTAssertEqual(s.run("print(n >= 10)"), "true\n")
    }

    func testConversionHelpers() throws {
        XCTAssertEqual(try Value(doubles: [1, 2]).asDoubles("xs"), [1, 2])
        XCTAssertEqual(try Value(ints: [3]).asInts("ids"), [3])
        XCTAssertThrowsError(try Value(strings: ["a"]).asInts("ids")) { error in
            XCTAssertEqual((error as? ScriptError)?.message, "'ids[0]' must be an int, got string")
        }
        let map = Value(entries: [("role", .string("user")), ("content", .string("hi"))])
        XCTAssertEqual(try map.asStringMap("message").map { $0.0 + "=" + $0.1 }, ["role=user", "content=hi"])
        XCTAssertEqual(Value(dictionary: ["b": .int(1), "a": .int(2)]).repr, "{\"a\": 2, \"b\": 1}")
        XCTAssertEqual(try Value(rows: [[1, 2], [3]]).asRows("batch"), [[1, 2], [3]])
        XCTAssertEqual(try map.asDictionary("message")["role"], .string("user"))
        XCTAssertThrowsError(try Value(ints: [1]).asRows("batch")) { error in
            XCTAssertEqual((error as? ScriptError)?.message, "'batch[0]' must be a list, got int")
        }
    }
}
