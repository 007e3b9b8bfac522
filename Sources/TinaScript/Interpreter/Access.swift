/// Indexing and field access shared by reads, writes and builtins. Lists and strings take
/// negative indices from the end; maps accept `m["k"]` and `m.k`; native handles use their table.
enum Access {
    static func index(_ object: Value, _ key: Value, _ loc: SourceLoc) throws -> Value {
        switch object {
        case .list(let list):
            return list.items[try position(key, list.items.count, loc)]
        case .map(let map):
            guard case .string(let k) = key else { throw Failure("map keys are strings, got \(key.typeName)", at: loc) }
            guard let value = map[k] else { throw Failure("map has no key \(Value.quote(k))", at: loc) }
            return value
        case .string(let s):
            let chars = Array(s)
            return .string(String(chars[try position(key, chars.count, loc)]))
        case .native(let handle):
            guard let index = handle.nativeType.index else { throw Failure("cannot index a \(object.typeName)", at: loc) }
            do { return try index(handle, key) } catch let failure as Failure { throw failure } catch {
                // A handle's own error (a row out of range) at the place it was indexed.
                throw Failure((error as? ScriptError)?.message ?? String(describing: error), at: loc)
            }
        default:
            throw Failure("cannot index a \(object.typeName)", at: loc)
        }
    }

    static func setIndex(_ object: Value, _ key: Value, _ value: Value, _ loc: SourceLoc) throws {
        switch object {
        case .list(let list):
            list.items[try position(key, list.items.count, loc)] = value
        case .map(let map):
            guard case .string(let k) = key else { throw Failure("map keys are strings, got \(key.typeName)", at: loc) }
            map[k] = value
        default:
            throw Failure("cannot assign into a \(object.typeName) by index", at: loc)
        }
    }

    private static func position(_ key: Value, _ count: Int, _ loc: SourceLoc) throws -> Int {
        guard case .int(let i) = key else { throw Failure("index must be an int, got \(key.typeName)", at: loc) }
        let p = i < 0 ? i + count : i
        guard p >= 0 && p < count else { throw Failure("index \(i) out of range (length \(count))", at: loc) }
        return p
    }

    static func field(_ object: Value, _ name: String, _ loc: SourceLoc) throws -> Value {
        switch object {
        case .map(let map):
            guard let value = map[name] else { throw Failure("map has no key \(Value.quote(name))", at: loc) }
            return value
        case .native(let handle):
            let type = handle.nativeType
            if let field = type.field(name) { return try field.getter(handle) }
            if let method = type.method(name) { return .function(ScriptFunction(.method(method, handle))) }
            throw Failure("\(type.name) has no field or method '\(name)' (try help(\(type.name)))", at: loc)
        default:
            throw Failure("\(object.typeName) has no field '\(name)'", at: loc)
        }
    }

    static func setField(_ object: Value, _ name: String, _ value: Value, _ loc: SourceLoc) throws {
        switch object {
        case .map(let map):
            map[name] = value
        case .native(let handle):
            let type = handle.nativeType
            guard let field = type.field(name) else { throw Failure("\(type.name) has no field '\(name)'", at: loc) }
            guard let set = field.setter else { throw Failure("field '\(name)' of \(type.name) is read-only", at: loc) }
            try set(handle, value)
        default:
            throw Failure("cannot set field '\(name)' on a \(object.typeName)", at: loc)
        }
    }

    /// Number of elements for `len` and loops over native handles.
    static func length(_ value: Value) throws -> Int? {
        switch value {
        case .list(let l): return l.items.count
        case .map(let m): return m.count
        case .string(let s): return s.count
        case .native(let handle): return try handle.nativeType.length.map { try $0(handle) }
        default: return nil
        }
    }
}
