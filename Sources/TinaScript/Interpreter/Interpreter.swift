import Foundation
import Runtime

/// Runs TinaScript: parses, resolves and evaluates sources against one set of globals.
/// Builtins are predefined globals (a user `let` may shadow one). All printing goes through
/// `output`, so the REPL can capture each cell's output for notebooks.
public final class Interpreter {
    let globals = Globals()
    public let builtins: [Builtin]
    private let builtinIndex: [String: Builtin]
    /// Where `print`, `help` and builtins write. Defaults to standard output.
    public var output: (String) -> Void
    /// Where tables and charts go when the front end shows more than text (see `show`).
    public var richOutput: ((MimeBundle) -> Void)?
    /// How `input(prompt)` asks for a line: standard input by default, the front end in a notebook.
    public var readInput: (String) throws -> String = Interpreter.standardInput
    /// Calls nested deeper than this are an error ("infinite recursion?") instead of a crash.
    public var maxCallDepth = 1000
    /// When set, a run may take at most this many steps (loop iterations and calls); used by fuzzing.
    public var stepLimit: Int?
    /// Called with the seed by `seed(n)`, so Runtime generators can follow the script's seed.
    public var seedHandlers: [(UInt64) -> Void] = []
    public let random = ScriptRandom(seed: 0x7105_5eed)
    /// How the REPL echo and `show(x)` lay values out; the REPL sets the width from the terminal.
    public var displayLimits = DisplayLimits()
    /// The last report a builtin printed or produced (see `report(_:display:)`).
    public internal(set) var lastReport: Report?

    var callDepth = 0
    /// Room for the slots of calls that need no heap frame; a call that does not fit gets one.
    private let stack = ValueStack(capacity: 1 << 16)
    var returnValue: Value = .null
    /// Steps left before the next check of the interrupt flag and the step limit.
    private var budget = 0
    private var stepsLeft = Int.max
    private static let checkInterval = 1024

    public init(builtins: [Builtin] = Builtin.all, output: @escaping (String) -> Void = Interpreter.standardOutput) {
        self.builtins = builtins
        self.builtinIndex = Dictionary(builtins.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.output = output
        defineBuiltins()
    }

    public static func standardOutput(_ text: String) {
        fputs(text, stdout)
    }

    public static func standardInput(_ prompt: String) throws -> String {
        fputs(prompt, stdout)
        fflush(stdout)
        guard let line = readLine(strippingNewline: true) else { throw ScriptError.fail("input: end of input") }
        return line
    }

    private func defineBuiltins() {
        for builtin in builtins { globals.set(builtin.name, .function(ScriptFunction(builtin: builtin))) }
    }

    /// Forgets all user variables; builtins come back.
    public func reset() {
        for i in globals.names.indices { globals.undefine(i) }
        defineBuiltins()
    }

    public func write(_ text: String) { output(text) }

    public func builtin(named name: String) -> Builtin? { builtinIndex[name] }

    // MARK: globals

    public func global(_ name: String) -> Value? { globals.get(name) }

    public func setGlobal(_ name: String, _ value: Value) { globals.set(name, value) }

    /// Defined globals that are not untouched builtins, in order of first mention.
    public var userVariables: [(name: String, value: Value)] {
        globals.names.enumerated().compactMap { i, name in
            guard globals.defined[i] else { return nil }
            let value = globals.values[i]
            if let b = builtinIndex[name], case .function(let f) = value, f.builtin === b { return nil }
            return (name, value)
        }
    }

    /// Every defined global name (builtins included), for completion.
    public var globalNames: [String] {
        globals.names.enumerated().compactMap { globals.defined[$0] ? $1 : nil }
    }

    // MARK: running

    /// Runs a source; returns the value of its last statement when that is an expression.
    @discardableResult
    public func run(_ source: SourceText) throws -> Value? {
        let statements = try Parser.parse(source)
        var resolver = Resolver(globals: globals)
        let program = try resolver.resolveProgram(statements)
        let frame = Frame(count: program.frameSize, parent: nil)
        budget = Self.checkInterval
        stepsLeft = stepLimit ?? Int.max
        callDepth = 0
        do {
            return try withExtendedLifetime(frame) {
                let env = Env(frame)
                for stmt in program.body { _ = try stmt.exec(env, self) }
                return try program.result?.eval(env, self)
            }
        } catch let failure as Failure {
            throw failure.scriptError
        }
    }

    public func run(_ text: String, name: String = "<input>") throws -> Value? {
        try run(SourceText(name: name, text: text))
    }

    /// Calls a function value from Swift (builtins with callbacks).
    public func call(_ function: ScriptFunction, _ args: [Value], keywords: [(String, Value)] = []) throws -> Value {
        switch function.body {
        case .closure(let proto, let captured):
            let callee = activation(proto, captured)
            defer { finish(callee) }
            var given = [Bool](repeating: false, count: proto.params.count)
            try bind(proto, args, keywords, callee.env.slots, &given, loc: proto.loc)
            return try invoke(proto, callee.env, given, callSite: proto.loc)
        case .builtin(let b):
            return try callBuiltin(b, nil, args, keywords, nil)
        case .method(let b, let handle):
            return try callBuiltin(b, handle, args, keywords, nil)
        }
    }

    // MARK: evaluation support

    /// Counts a step (loop iteration or call); every `checkInterval` steps polls Ctrl-C and the step limit.
    @inline(__always)
    func tick(_ loc: SourceLoc?) throws {
        budget &-= 1
        if budget < 0 { try refill(loc) }
    }

    /// Strings and lists longer than this are refused before they are built (an error, not an out-of-memory crash).
    public static let maxSize = 1 << 28

    /// Checks the size of a string or list about to be built, and charges work proportional to
    /// it against the step limit (so a limited run cannot grow data without bound).
    @inline(__always)
    func chargeSize(_ size: Int, at loc: SourceLoc? = nil) throws {
        if size < 4096 { return }
        if size > Self.maxSize { throw Failure("result too large (\(size) elements; the limit is \(Self.maxSize))", at: loc) }
        budget &-= size / 64
        while budget < 0 { try refill(nil) }
    }

    private func refill(_ loc: SourceLoc?) throws {
        if Interruption.isPending {
            throw Failure("interrupted", at: loc, catchable: false, interrupted: true)
        }
        if stepLimit != nil {
            stepsLeft -= Self.checkInterval
            if stepsLeft < 0 { throw Failure("step limit of \(stepLimit ?? 0) exceeded", at: loc, catchable: false) }
        }
        budget += Self.checkInterval
    }

    func evalArguments(_ args: [Node], _ keywords: [String], _ f: Env) throws -> ([Value], [(String, Value)]) {
        let positionalCount = args.count - keywords.count
        var positional: [Value] = []
        positional.reserveCapacity(positionalCount)
        for i in 0..<positionalCount { positional.append(try args[i].eval(f, self)) }
        var named: [(String, Value)] = []
        for (i, key) in keywords.enumerated() { named.append((key, try args[positionalCount + i].eval(f, self))) }
        return (positional, named)
    }

    /// A call from TinaScript code: arguments are evaluated straight into the callee's frame.
    @inline(__always)
    func call(_ function: ScriptFunction, _ args: [Node], _ keywords: [String], _ f: Env, _ loc: SourceLoc) throws -> Value {
        if let proto = function.proto {
            return try proto._withUnsafeGuaranteedRef { proto in
                let callee = activation(proto, function.captured?.takeUnretainedValue())
                defer { finish(callee) }
                let paramCount = proto.params.count
                if keywords.isEmpty && args.count == paramCount {
                    var i = 0
                    while i < paramCount {
                        callee.env.slots[i] = try args.withElement(i) { try $0.eval(f, self) }
                        i += 1
                    }
                    return try invoke(proto, callee.env, nil, callSite: loc)
                }
                let (positional, named) = try evalArguments(args, keywords, f)
                var given = [Bool](repeating: false, count: paramCount)
                try bind(proto, positional, named, callee.env.slots, &given, loc: loc)
                return try invoke(proto, callee.env, given, callSite: loc)
            }
        }
        switch function.body {
        case .closure: fatalError("closures are called above")
        case .builtin(let b):
            let (positional, named) = try evalArguments(args, keywords, f)
            return try callBuiltin(b, nil, positional, named, loc)
        case .method(let b, let handle):
            let (positional, named) = try evalArguments(args, keywords, f)
            return try callBuiltin(b, handle, positional, named, loc)
        }
    }

    /// The slots of one call; `frame` holds a heap frame alive until `finish`.
    private struct Activation {
        let env: Env
        let frame: Frame?
        let size: Int
    }

    /// A fresh activation of `proto`: a window of the value stack, or a heap frame when the
    /// function creates closures (they outlive the call) or the stack is full.
    @inline(__always)
    private func activation(_ proto: FunctionProto, _ captured: Frame?) -> Activation {
        let size = proto.frameSize
        if !proto.capturesFrame, let slots = stack.push(size) {
            return Activation(env: Env(slots: slots, parent: captured), frame: nil, size: size)
        }
        let frame = Frame(count: size, parent: captured)
        return Activation(env: Env(frame), frame: frame, size: size)
    }

    @inline(__always)
    private func finish(_ activation: Activation) {
        if activation.frame == nil { stack.pop(activation.size) }
    }

    private func bind(_ proto: FunctionProto, _ positional: [Value], _ named: [(String, Value)], _ slots: UnsafeMutablePointer<Value>,
                      _ given: inout [Bool], loc: SourceLoc) throws {
        let usage = "\n  usage: \(proto.signature)"
        guard positional.count <= proto.params.count else {
            throw Failure("\(proto.name) takes \(proto.params.count) argument\(proto.params.count == 1 ? "" : "s"), got \(positional.count)\(usage)", at: loc)
        }
        for (i, value) in positional.enumerated() {
            slots[i] = value
            given[i] = true
        }
        for (key, value) in named {
            guard let i = proto.params.firstIndex(of: key) else {
                throw Failure("\(proto.name) has no parameter '\(key)'\(usage)", at: loc)
            }
            if given[i] { throw Failure("\(proto.name) got two values for '\(key)'\(usage)", at: loc) }
            slots[i] = value
            given[i] = true
        }
    }

    /// Runs a function body in its prepared frame; parameters not in `given` take their defaults.
    private func invoke(_ proto: FunctionProto, _ env: Env, _ given: [Bool]?, callSite: SourceLoc) throws -> Value {
        callDepth += 1
        defer { callDepth -= 1 }
        do {
            if callDepth > maxCallDepth {
                throw Failure("call depth over \(maxCallDepth) (infinite recursion?)", at: callSite)
            }
            try tick(callSite)
            if let given {
                for (i, wasGiven) in given.enumerated() where !wasGiven {
                    guard let fallback = proto.defaults[i] else {
                        throw Failure("\(proto.name): missing argument '\(proto.params[i])'\n  usage: \(proto.signature)", at: callSite)
                    }
                    env.slots[i] = try fallback.eval(env, self)
                }
            }
            if try execBlock(proto.body, env, self) == .returned {
                let value = returnValue
                returnValue = .null
                return value
            }
            return .null
        } catch let failure as Failure {
            failure.trace.append(ScriptError.TraceEntry(function: proto.name, callSite: callSite))
            throw failure
        }
    }

    /// Checks arguments against the declaration and runs the body. Any Swift error thrown inside
    /// becomes a TinaScript runtime error (or "interrupted" after Ctrl-C).
    func callBuiltin(_ builtin: Builtin, _ receiver: NativeHandle?, _ positional: [Value], _ named: [(String, Value)],
                     _ loc: SourceLoc?) throws -> Value {
        do {
            try tick(loc)
            let args = try Arguments(builtin, receiver: receiver, positional: positional, keywords: named, interpreter: self)
            let result = try builtin.body(args)
            // Big results cost steps too, so a step-limited run cannot grow data without bound.
            switch result {
            case .string(let s): try chargeSize(s.utf8.count)
            case .list(let l): try chargeSize(l.items.count)
            default: break
            }
            return result
        } catch let failure as Failure {
            if failure.loc == nil { failure.loc = loc }
            throw failure
        } catch {
            // Ctrl-C ends the run whichever loop noticed it, even one that took the press.
            if error is Interrupted || Interruption.isPending { throw Failure("interrupted", at: loc, catchable: false, interrupted: true) }
            let message: String
            if let scriptError = error as? ScriptError { message = scriptError.message } else { message = String(describing: error) }
            throw Failure(message, at: loc)
        }
    }
}
