/// A Runtime object exposed to TinaScript (model, tokenizer, tensor, dataset, trainer …).
/// Handles are references; their methods and fields are declared once in a `NativeType` table,
/// which serves calls, `help(m.generate)`, `help(m)` and tab completion after `m.`.
public protocol NativeHandle: AnyObject {
    /// One shared table per Swift type: name, methods, fields.
    static var nativeType: NativeType { get }
    /// How the REPL shows the handle, e.g. `<model qwen2, 28 layers>`.
    var display: String { get }
    /// The handle as plain data for `json(...)` (a tensor as nested lists); nil when there is none.
    func plainValue() throws -> Value?
    /// Bytes the object holds (weights, rows), for `:who`; nil when it is small or unknown.
    var memoryBytes: Int? { get }
}

extension NativeHandle {
    public var nativeType: NativeType { Self.nativeType }
    public var display: String { "<\(Self.nativeType.name)>" }
    public func plainValue() throws -> Value? { nil }
    public var memoryBytes: Int? { nil }
}

public final class NativeType {
    public let name: String
    public let help: String
    public let methods: [Builtin]
    public let fields: [NativeField]
    /// `len(h)`, and with `index` also `h[i]` and `for x in h` (datasets).
    let length: ((NativeHandle) throws -> Int)?
    let index: ((NativeHandle, Value) throws -> Value)?
    private let methodIndex: [String: Builtin]
    private let fieldIndex: [String: NativeField]

    public init<T: NativeHandle>(_ type: T.Type, name: String, help: String, methods: [Builtin] = [], fields: [NativeField] = [],
                                 length: ((T) throws -> Int)? = nil, index: ((T, Value) throws -> Value)? = nil) {
        func typed(_ handle: NativeHandle) throws -> T {
            guard let t = handle as? T else { throw ScriptError.fail("expected a \(name), got \(handle.nativeType.name)") }
            return t
        }
        self.name = name
        self.help = help
        self.methods = methods
        self.fields = fields
        self.length = length.map { f in { try f(typed($0)) } }
        self.index = index.map { f in { try f(typed($0), $1) } }
        self.methodIndex = Dictionary(methods.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        self.fieldIndex = Dictionary(fields.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
    }

    public func method(_ name: String) -> Builtin? { methodIndex[name] }
    public func field(_ name: String) -> NativeField? { fieldIndex[name] }

    /// Names completed after `handle.`.
    public var memberNames: [String] { (methods.map(\.name) + fields.map(\.name)).sorted() }

    public var helpText: String {
        var out = "\(name): \(help)"
        if !fields.isEmpty {
            out += "\nfields:"
            for f in fields { out += "\n  \(f.name)\(f.isSettable ? " (settable)" : "") — \(f.help)" }
        }
        if !methods.isEmpty {
            out += "\nmethods:"
            for m in methods { out += "\n  .\(m.signature)" }
        }
        return out
    }
}

/// A readable (and optionally settable) field of a native type, e.g. `m.adapter_enabled = false`.
public struct NativeField {
    public let name: String
    public let help: String
    let getter: (NativeHandle) throws -> Value
    let setter: ((NativeHandle, Value) throws -> Void)?

    public var isSettable: Bool { setter != nil }

    public init<T: NativeHandle>(_ type: T.Type, _ name: String, help: String,
                                 get: @escaping (T) throws -> Value,
                                 set: ((T, Value) throws -> Void)? = nil) {
        func typed(_ handle: NativeHandle) throws -> T {
            guard let t = handle as? T else { throw ScriptError.fail("field '\(name)' belongs to \(T.nativeType.name)") }
            return t
        }
        self.name = name
        self.help = help
        self.getter = { try get(typed($0)) }
        self.setter = set.map { f in { try f(typed($0), $1) } }
    }
}
