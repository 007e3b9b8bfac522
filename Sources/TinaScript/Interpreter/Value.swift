import Foundation

/// A TinaScript value. Lists, maps, functions and native handles are shared references:
/// every name bound to the same list sees `push(xs, v)`.
public enum Value {
    case null
    case bool(Bool)
    case int(Int)
    case float(Double)
    case string(String)
    case list(ScriptList)
    case map(ScriptMap)
    case function(ScriptFunction)
    case native(NativeHandle)

    /// The name `type(x)` returns; native handles report their declared type name.
    public var typeName: String {
        switch self {
        case .null: return "nil"
        case .bool: return "bool"
        case .int: return "int"
        case .float: return "float"
        case .string: return "string"
        case .list: return "list"
        case .map: return "map"
        case .function: return "fn"
        case .native(let handle): return handle.nativeType.name
        }
    }

    /// nil, false, 0, 0.0, "" and empty lists and maps are false; everything else is true.
    @inline(__always)
    public var isTruthy: Bool {
        switch self {
        case .bool(let b): return b
        case .null: return false
        case .int(let i): return i != 0
        case .float(let d): return d != 0
        case .string(let s): return !s.isEmpty
        case .list(let l): return !l.items.isEmpty
        case .map(let m): return m.count != 0
        case .function, .native: return true
        }
    }

    public var isNil: Bool {
        if case .null = self { return true }
        return false
    }
}

/// A mutable list shared by reference.
public final class ScriptList {
    public var items: [Value]
    public init(_ items: [Value] = []) { self.items = items }

    /// Frees nested containers iteratively: a recursive deinit of a list nested millions deep
    /// would overflow the stack.
    deinit { Value.release(&items) }
}

/// A mutable map from string keys to values that remembers insertion order (as JSON objects read).
public final class ScriptMap {
    public private(set) var keys: [String] = []
    public private(set) var values: [Value] = []

    deinit { Value.release(&values) }
    private var slots: [String: Int] = [:]

    public init() {}

    public init<S: Sequence>(_ entries: S) where S.Element == (String, Value) {
        for (key, value) in entries { self[key] = value }
    }

    public var count: Int { keys.count }

    public subscript(key: String) -> Value? {
        get { slots[key].map { values[$0] } }
        set {
            if let value = newValue {
                if let slot = slots[key] {
                    values[slot] = value
                } else {
                    slots[key] = keys.count
                    keys.append(key)
                    values.append(value)
                }
            } else {
                _ = remove(key)
            }
        }
    }

    /// Removes a key, keeping the order of the others; returns its value.
    public func remove(_ key: String) -> Value? {
        guard let slot = slots.removeValue(forKey: key) else { return nil }
        keys.remove(at: slot)
        let value = values.remove(at: slot)
        for i in slot..<keys.count { slots[keys[i]] = i }
        return value
    }

    public var entries: Zip2Sequence<[String], [Value]> { zip(keys, values) }
}

/// A callable value: a TinaScript closure, a builtin, or a native method bound to its handle.
public final class ScriptFunction {
    enum Body {
        case closure(FunctionProto, Frame?)
        case builtin(Builtin)
        case method(Builtin, NativeHandle)
    }

    let body: Body
    /// A closure's prototype and captured frame again, unretained (`body` owns them), so a call
    /// reads them without reference counting.
    let proto: Unmanaged<FunctionProto>?
    let captured: Unmanaged<Frame>?

    init(_ body: Body) {
        self.body = body
        if case .closure(let proto, let captured) = body {
            self.proto = .passUnretained(proto)
            self.captured = captured.map(Unmanaged.passUnretained)
        } else {
            proto = nil
            captured = nil
        }
    }

    public convenience init(builtin: Builtin) { self.init(.builtin(builtin)) }

    public var name: String {
        switch body {
        case .closure(let proto, _): return proto.name
        case .builtin(let b): return b.name
        case .method(let b, let handle): return "\(handle.nativeType.name).\(b.name)"
        }
    }

    /// The declaration behind a builtin or method (for `help`), nil for TinaScript functions.
    public var builtin: Builtin? {
        switch body {
        case .closure: return nil
        case .builtin(let b), .method(let b, _): return b
        }
    }

    /// `name(a, b = 1)` for TinaScript functions, the declared signature for builtins.
    public var signature: String {
        switch body {
        case .closure(let proto, _): return proto.signature
        case .builtin(let b): return b.signature
        case .method(let b, let handle): return "\(handle.nativeType.name).\(b.signature)"
        }
    }
}

extension Value {
    /// Empties `values` without recursion: while one release runs on a thread, the containers
    /// freed under it hand their values to its list instead of releasing them themselves, so
    /// a list nested millions deep is freed in a loop, not on the stack.
    static func release(_ values: inout [Value]) {
        guard values.contains(where: \.isContainer) else { return }
        if let outer = ReleaseList.current {
            outer.values.append(contentsOf: values)
            values = []
            return
        }
        let list = ReleaseList()
        ReleaseList.current = list
        swap(&list.values, &values)
        while let value = list.values.popLast() { _ = value } // its deinit may append more
        ReleaseList.current = nil
    }

    var isContainer: Bool {
        switch self {
        case .list, .map: return true
        default: return false
        }
    }
}

/// The values a running `Value.release` still has to drop, one per thread.
final class ReleaseList {
    var values: [Value] = []
    private static let key: pthread_key_t = {
        var key = pthread_key_t()
        pthread_key_create(&key, nil)
        return key
    }()

    static var current: ReleaseList? {
        get { pthread_getspecific(key).map { Unmanaged<ReleaseList>.fromOpaque($0).takeUnretainedValue() } }
        set {
            if let old = pthread_getspecific(key) { Unmanaged<ReleaseList>.fromOpaque(old).release() }
            pthread_setspecific(key, newValue.map { Unmanaged.passRetained($0).toOpaque() })
        }
    }
}
