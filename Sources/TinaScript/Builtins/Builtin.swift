/// The declaration of a builtin function or native method: the single source for calling,
/// argument checking, `help` and tab completion.
public final class Builtin {
    public let name: String
    public let params: [Param]
    /// Extra positional arguments collected into `Arguments.rest` (e.g. `print(values...)`).
    public let variadic: Param?
    /// Keyword arguments the declaration does not name, collected in call order into
    /// `Arguments.extraKeywords` and checked against this parameter's type (e.g. `tok.chat`
    /// hands them to the chat template as variables). Without it an unknown keyword is an error.
    public let extraKeywords: Param?
    public let returns: String
    public let help: String
    public let example: String?
    /// A note for a parameter's line in `help` (grpo: the recipe's value), or nil.
    public let parameterNote: ((String) -> String?)?
    let body: (Arguments) throws -> Value

    public init(_ name: String, _ params: [Param] = [], variadic: Param? = nil, extraKeywords: Param? = nil,
                returns: String = "nil", help: String, example: String? = nil, parameterNote: ((String) -> String?)? = nil,
                body: @escaping (Arguments) throws -> Value) {
        self.name = name
        self.extraKeywords = extraKeywords
        self.parameterNote = parameterNote
        self.params = params
        self.variadic = variadic
        self.returns = returns
        self.help = help
        self.example = example
        self.body = body
    }

    /// `generate(prompt: string, max_tokens: int = 256) -> string`
    public var signature: String {
        var parts = params.filter { !$0.keywordOnly }.map(\.description)
        if let v = variadic { parts.append("\(v.name): \(v.type)...") }
        parts += params.filter(\.keywordOnly).map(\.description)
        // Python's spelling of "any other keyword" (`**kwargs`), the one readers know.
        if let k = extraKeywords { parts.append("**\(k.name): \(k.type)") }
        return "\(name)(\(parts.joined(separator: ", "))) -> \(returns)"
    }

    /// Signatures longer than this are shown as a list of parameters, one a line.
    static let longSignature = 100

    /// The text `help(name)` prints.
    public var helpText: String {
        let long = signature.count > Self.longSignature
        var out = (long ? shortSignature : signature)
            + "\n  " + help.split(separator: "\n").joined(separator: " ") // one paragraph: help wraps it to the terminal
        if long { out += "\n" + parameterLines }
        if let example { out += "\n  example: " + example }
        return out
    }

    /// `grpo(model, dataset, …keywords) -> trainer`: the required parameters, the rest below.
    var shortSignature: String {
        let required = params.filter { $0.defaultValue == nil }.map(\.name)
        return "\(name)(\((required + ["…"]).joined(separator: ", "))) -> \(returns)"
    }

    /// One line per parameter: name, type and default, what it does, and the builtin's note.
    var parameterLines: String {
        let listed = params + (extraKeywords.map { [$0] } ?? [])
        let heads = params.map(\.description) + (extraKeywords.map { ["**\($0.name): \($0.type)"] } ?? [])
        let width = heads.map(\.count).max() ?? 0
        let lines = zip(listed, heads).map { param, head -> String in
            let notes = [param.doc, parameterNote?(param.name)].compactMap { $0 }
            let tail = notes.isEmpty ? "" : String(repeating: " ", count: width - head.count) + "  " + notes.joined(separator: "; ")
            return "    " + head + tail
        }
        return "  parameters:\n" + lines.joined(separator: "\n")
    }
}

/// One parameter. Without a default it is required; every parameter can also be passed by name.
public struct Param: CustomStringConvertible {
    public let name: String
    public let type: ParamType
    public let defaultValue: Value?
    /// Only by name: positional arguments skip it (e.g. `print(a, b, sep: ", ")`).
    public let keywordOnly: Bool
    /// What the parameter does, for builtins whose help lists their parameters one a line.
    public let doc: String?

    public init(_ name: String, _ type: ParamType = .any, default defaultValue: Value? = nil, keywordOnly: Bool = false,
                doc: String? = nil) {
        self.name = name
        self.doc = doc
        self.type = type
        self.defaultValue = defaultValue
        self.keywordOnly = keywordOnly
    }

    public var description: String {
        "\(name): \(type)" + (defaultValue.map { " = \($0.repr)" } ?? "")
    }
}

/// The accepted types of a parameter. `float` accepts ints (converted); `orNil` also accepts nil.
public indirect enum ParamType: CustomStringConvertible {
    case any, bool, int, float, string, list, map, function
    /// A native handle of the named type ("model", "tensor", …).
    case native(String)
    case orNil(ParamType)
    case oneOf([ParamType])

    public var description: String {
        switch self {
        case .any: return "any"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "string"
        case .list: return "list"
        case .map: return "map"
        case .function: return "fn"
        case .native(let name): return name
        case .orNil(let inner): return "\(inner)?"
        case .oneOf(let types): return types.map(\.description).joined(separator: "|")
        }
    }

    /// The value as this type accepts it (ints widened for `float`), or nil when it does not fit.
    func accept(_ value: Value) -> Value? {
        switch (self, value) {
        case (.any, _), (.bool, .bool), (.int, .int), (.float, .float), (.string, .string),
             (.list, .list), (.map, .map), (.function, .function):
            return value
        case (.float, .int(let i)): return .float(Double(i))
        case (.native(let name), .native(let handle)): return handle.nativeType.name == name ? value : nil
        case (.orNil, .null): return value
        case (.orNil(let inner), _): return inner.accept(value)
        case (.oneOf(let types), _):
            for type in types { if let v = type.accept(value) { return v } }
            return nil
        default: return nil
        }
    }
}

/// The checked arguments of one builtin call: one value per declared parameter (defaults filled in).
public struct Arguments {
    public let interpreter: Interpreter
    public let builtin: Builtin
    /// The handle a native method was called on.
    public let receiver: NativeHandle?
    public let values: [Value]
    /// Extra positional arguments of a variadic builtin.
    public let rest: [Value]
    /// Keyword arguments collected by the builtin's `extraKeywords` parameter, in call order.
    public let extraKeywords: [(name: String, value: Value)]

    /// Matches positional and keyword arguments to the declaration, with errors that print the signature.
    init(_ builtin: Builtin, receiver: NativeHandle?, positional: [Value], keywords: [(String, Value)],
         interpreter: Interpreter) throws {
        let params = builtin.params
        let positionalParams = params.indices.filter { !params[$0].keywordOnly }
        func failure(_ message: String) -> ScriptError {
            .fail("\(builtin.name): \(message)\n  usage: \(receiver.map { "\($0.nativeType.name)." } ?? "")\(builtin.signature)")
        }
        if positional.count > positionalParams.count && builtin.variadic == nil {
            let n = positionalParams.count
            throw failure("takes at most \(n) positional argument\(n == 1 ? "" : "s"), got \(positional.count)")
        }
        var slots = [Value?](repeating: nil, count: params.count)
        var rest: [Value] = []
        var extras: [(name: String, value: Value)] = []
        for (i, value) in positional.enumerated() {
            if i < positionalParams.count { slots[positionalParams[i]] = value } else { rest.append(value) }
        }
        for (key, value) in keywords {
            guard let i = params.firstIndex(where: { $0.name == key }) else {
                guard let collector = builtin.extraKeywords else { throw failure("unknown keyword '\(key)'") }
                if extras.contains(where: { $0.name == key }) { throw failure("got two values for '\(key)'") }
                guard let accepted = collector.type.accept(value) else {
                    throw failure("keyword '\(key)' must be \(collector.type), got \(value.typeName)")
                }
                extras.append((key, accepted))
                continue
            }
            if slots[i] != nil { throw failure("got two values for '\(key)'") }
            slots[i] = value
        }
        var values: [Value] = []
        values.reserveCapacity(params.count)
        for (i, param) in params.enumerated() {
            guard let given = slots[i] else {
                guard let fallback = param.defaultValue else { throw failure("missing argument '\(param.name)'") }
                values.append(fallback)
                continue
            }
            guard let accepted = param.type.accept(given) else {
                throw failure("'\(param.name)' must be \(param.type), got \(given.typeName)")
            }
            values.append(accepted)
        }
        if let variadic = builtin.variadic {
            rest = try rest.map { value in
                guard let accepted = variadic.type.accept(value) else {
                    throw failure("'\(variadic.name)' must be \(variadic.type), got \(value.typeName)")
                }
                return accepted
            }
        }
        self.interpreter = interpreter
        self.builtin = builtin
        self.receiver = receiver
        self.values = values
        self.rest = rest
        self.extraKeywords = extras
    }

    /// The value of a declared parameter.
    public subscript(_ name: String) -> Value {
        get throws {
            guard let i = builtin.params.firstIndex(where: { $0.name == name }) else {
                throw ScriptError.fail("\(builtin.name) has no parameter '\(name)'")
            }
            return values[i]
        }
    }

    public func bool(_ name: String) throws -> Bool { try self[name].asBool(name) }
    public func int(_ name: String) throws -> Int { try self[name].asInt(name) }
    public func double(_ name: String) throws -> Double { try self[name].asDouble(name) }
    public func string(_ name: String) throws -> String { try self[name].asString(name) }
    public func list(_ name: String) throws -> ScriptList { try self[name].asList(name) }
    public func map(_ name: String) throws -> ScriptMap { try self[name].asMap(name) }
    public func function(_ name: String) throws -> ScriptFunction { try self[name].asFunction(name) }
    public func ints(_ name: String) throws -> [Int] { try self[name].asInts(name) }
    public func doubles(_ name: String) throws -> [Double] { try self[name].asDoubles(name) }
    public func strings(_ name: String) throws -> [String] { try self[name].asStrings(name) }
    public func native<T: NativeHandle>(_ name: String, as type: T.Type) throws -> T { try self[name].asNative(type, name) }

    /// nil when the argument is nil (an optional parameter left out).
    public func optional<T>(_ name: String, _ read: (Value, String) throws -> T) throws -> T? {
        let value = try self[name]
        return value.isNil ? nil : try read(value, name)
    }

    /// The handle a method was called on, as its Swift type.
    public func this<T: NativeHandle>(_ type: T.Type) throws -> T {
        guard let handle = receiver as? T else {
            throw ScriptError.fail("\(builtin.name) must be called on a \(T.nativeType.name)")
        }
        return handle
    }

    /// Calls a TinaScript function value (for builtins taking callbacks, e.g. reward functions).
    public func call(_ function: ScriptFunction, _ args: [Value]) throws -> Value {
        try interpreter.call(function, args)
    }

    /// Prints through the interpreter's output sink (captured for notebooks).
    public func write(_ text: String) { interpreter.write(text) }
}
