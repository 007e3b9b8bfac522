/// Conversions between `Value` and Swift types for builtin and binding code. Each `as…` names
/// the argument in its error, e.g. "'max_tokens' must be an int, got string".
extension Value {
    public init(_ b: Bool) { self = .bool(b) }
    public init(_ i: Int) { self = .int(i) }
    public init(_ d: Double) { self = .float(d) }
    public init(_ s: String) { self = .string(s) }
    public init(_ items: [Value]) { self = .list(ScriptList(items)) }
    public init(ints: [Int]) { self = .list(ScriptList(ints.map { .int($0) })) }
    public init(doubles: [Double]) { self = .list(ScriptList(doubles.map { .float($0) })) }
    public init(floats: [Float]) { self = .list(ScriptList(floats.map { Value(float32: $0) })) }
    /// A float32 as the double nearest its shortest decimal (0.001, not 0.0010000000474974513),
    /// so it prints as written; converting it back to float32 gives the same float32.
    public init(float32 f: Float) { self = .float(f.isFinite ? Double(f.description) ?? Double(f) : Double(f)) }
    /// A double that may have been widened from a float32 (Runtime metrics mix both): one that
    /// a float32 holds exactly is taken as one, since a computed double almost never is (short
    /// time differences are the exception, and lose nothing a reader sees).
    public init(measured d: Double) {
        let f = Float(d)
        self = Double(f) == d ? Value(float32: f) : .float(d)
    }
    public init(strings: [String]) { self = .list(ScriptList(strings.map { .string($0) })) }
    /// Rows as nested lists (a 2-D tensor for `json`).
    public init(rows: [[Double]]) { self = .list(ScriptList(rows.map { Value(doubles: $0) })) }
    /// An ordered map from key/value pairs.
    public init(entries: [(String, Value)]) { self = .map(ScriptMap(entries)) }
    /// A map from a dictionary, keys sorted (dictionaries have no order of their own).
    public init(dictionary: [String: Value]) { self = .map(ScriptMap(dictionary.sorted { $0.key < $1.key })) }
    public init(_ handle: NativeHandle) { self = .native(handle) }

    private func mismatch(_ what: String, _ expected: String) -> ScriptError {
        .fail("'\(what)' must be \(expected), got \(typeName)")
    }

    public func asBool(_ what: String) throws -> Bool {
        guard case .bool(let b) = self else { throw mismatch(what, "a bool") }
        return b
    }

    public func asInt(_ what: String) throws -> Int {
        switch self {
        case .int(let i): return i
        case .float(let d) where d == d.rounded() && abs(d) < 9.0e15: return Int(d)
        default: throw mismatch(what, "an int")
        }
    }

    public func asDouble(_ what: String) throws -> Double {
        switch self {
        case .int(let i): return Double(i)
        case .float(let d): return d
        default: throw mismatch(what, "a number")
        }
    }

    public func asString(_ what: String) throws -> String {
        guard case .string(let s) = self else { throw mismatch(what, "a string") }
        return s
    }

    public func asList(_ what: String) throws -> ScriptList {
        guard case .list(let l) = self else { throw mismatch(what, "a list") }
        return l
    }

    public func asMap(_ what: String) throws -> ScriptMap {
        guard case .map(let m) = self else { throw mismatch(what, "a map") }
        return m
    }

    public func asFunction(_ what: String) throws -> ScriptFunction {
        guard case .function(let f) = self else { throw mismatch(what, "a function") }
        return f
    }

    public func asNative<T: NativeHandle>(_ type: T.Type, _ what: String) throws -> T {
        guard case .native(let handle) = self, let typed = handle as? T else {
            throw mismatch(what, "a \(T.nativeType.name)")
        }
        return typed
    }

    public func asInts(_ what: String) throws -> [Int] {
        try asList(what).items.enumerated().map { try $1.asInt("\(what)[\($0)]") }
    }

    public func asDoubles(_ what: String) throws -> [Double] {
        try asList(what).items.enumerated().map { try $1.asDouble("\(what)[\($0)]") }
    }

    public func asFloats(_ what: String) throws -> [Float] {
        try asDoubles(what).map { Float($0) }
    }

    public func asStrings(_ what: String) throws -> [String] {
        try asList(what).items.enumerated().map { try $1.asString("\(what)[\($0)]") }
    }

    /// A map of strings to strings (e.g. chat messages), order kept.
    public func asStringMap(_ what: String) throws -> [(String, String)] {
        try asMap(what).entries.map { ($0, try $1.asString("\(what)[\"\($0)\"]")) }
    }

    /// A list of lists of numbers (e.g. a batch of rows).
    public func asRows(_ what: String) throws -> [[Double]] {
        try asList(what).items.enumerated().map { try $1.asDoubles("\(what)[\($0)]") }
    }

    /// A map's entries as a dictionary (order dropped).
    public func asDictionary(_ what: String) throws -> [String: Value] {
        Dictionary(try asMap(what).entries.map { ($0, $1) }, uniquingKeysWith: { _, last in last })
    }

    /// A list of maps (e.g. a chat: [{"role": …, "content": …}]).
    public func asMaps(_ what: String) throws -> [ScriptMap] {
        try asList(what).items.enumerated().map { try $1.asMap("\(what)[\($0)]") }
    }
}

extension ScriptError {
    /// A runtime error without position; the interpreter adds the position and trace when it passes a call.
    public static func fail(_ message: String) -> ScriptError {
        .runtime(message: message, at: nil, trace: [])
    }
}
