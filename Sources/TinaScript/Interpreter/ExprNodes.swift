/// The resolved tree the evaluator walks: one final class per construct, each with its own
/// `eval`. Names are already slots, so the hot path does no dictionary lookups.
class Node {
    let loc: SourceLoc
    init(_ loc: SourceLoc) { self.loc = loc }

    /// Every concrete node overrides this; the base is never instantiated by the resolver.
    func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        throw Failure("internal error: node without evaluation", at: loc)
    }
}

final class ConstNode: Node {
    let value: Value
    init(_ value: Value, _ loc: SourceLoc) { self.value = value; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value { value }
}

final class LocalGet: Node {
    let slot: Int
    init(_ slot: Int, _ loc: SourceLoc) { self.slot = slot; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value { f.slots[slot] }
}

final class UpvalueGet: Node {
    let depth: Int, slot: Int
    init(_ depth: Int, _ slot: Int, _ loc: SourceLoc) { self.depth = depth; self.slot = slot; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value { f.upvalues(depth)[slot] }
}

final class GlobalGet: Node {
    let index: Int, name: String
    init(_ index: Int, _ name: String, _ loc: SourceLoc) { self.index = index; self.name = name; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let globals = rt.globals
        guard globals.defined[index] else { throw Failure("undefined variable '\(name)'", at: loc) }
        return globals.values[index]
    }
}

class BinaryNode: Node {
    let lhs: Node, rhs: Node
    init(_ lhs: Node, _ rhs: Node, _ loc: SourceLoc) { self.lhs = lhs; self.rhs = rhs; super.init(loc) }
}

final class AddNode: BinaryNode {
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        try Ops.add(try lhs.eval(f, rt), try rhs.eval(f, rt), loc, rt)
    }
}

final class SubNode: BinaryNode {
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        try Ops.sub(try lhs.eval(f, rt), try rhs.eval(f, rt), loc)
    }
}

final class MulNode: BinaryNode {
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        try Ops.mul(try lhs.eval(f, rt), try rhs.eval(f, rt), loc, rt)
    }
}

/// The less frequent arithmetic operators share one node (`/`, `//`, `%`, `**`).
final class ArithNode: BinaryNode {
    let op: BinaryOp
    init(_ op: BinaryOp, _ lhs: Node, _ rhs: Node, _ loc: SourceLoc) { self.op = op; super.init(lhs, rhs, loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        try Ops.apply(op, try lhs.eval(f, rt), try rhs.eval(f, rt), loc, rt)
    }
}

final class EqualNode: BinaryNode {
    let negated: Bool
    init(negated: Bool, _ lhs: Node, _ rhs: Node, _ loc: SourceLoc) { self.negated = negated; super.init(lhs, rhs, loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let a = try lhs.eval(f, rt), b = try rhs.eval(f, rt)
        if case let (.int(x), .int(y)) = (a, b) { return .bool((x == y) != negated) }
        return .bool((a == b) != negated)
    }
}

/// `<` and `>` (operands swapped by the resolver for `>`).
final class LessNode: BinaryNode {
    let swapped: Bool
    init(swapped: Bool, _ lhs: Node, _ rhs: Node, _ loc: SourceLoc) { self.swapped = swapped; super.init(lhs, rhs, loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let a = try lhs.eval(f, rt), b = try rhs.eval(f, rt)
        return .bool(swapped ? try Ops.less(b, a, loc) : try Ops.less(a, b, loc))
    }
}

/// `<=` and `>=`: the negation of `>` and `<`.
final class LessEqualNode: BinaryNode {
    let swapped: Bool
    init(swapped: Bool, _ lhs: Node, _ rhs: Node, _ loc: SourceLoc) { self.swapped = swapped; super.init(lhs, rhs, loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let a = try lhs.eval(f, rt), b = try rhs.eval(f, rt)
        return .bool(!(swapped ? try Ops.less(a, b, loc) : try Ops.less(b, a, loc)))
    }
}

final class AndNode: BinaryNode {
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let a = try lhs.eval(f, rt)
        return a.isTruthy ? try rhs.eval(f, rt) : a
    }
}

final class OrNode: BinaryNode {
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let a = try lhs.eval(f, rt)
        return a.isTruthy ? a : try rhs.eval(f, rt)
    }
}

final class NotNode: Node {
    let operand: Node
    init(_ operand: Node, _ loc: SourceLoc) { self.operand = operand; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value { .bool(!(try operand.eval(f, rt)).isTruthy) }
}

final class NegateNode: Node {
    let operand: Node
    init(_ operand: Node, _ loc: SourceLoc) { self.operand = operand; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value { try Ops.negate(try operand.eval(f, rt), loc) }
}

final class ListNode: Node {
    let items: [Node]
    init(_ items: [Node], _ loc: SourceLoc) { self.items = items; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        var values: [Value] = []
        values.reserveCapacity(items.count)
        for item in items { values.append(try item.eval(f, rt)) }
        return .list(ScriptList(values))
    }
}

final class MapNode: Node {
    let keys: [Node], values: [Node]
    init(_ keys: [Node], _ values: [Node], _ loc: SourceLoc) { self.keys = keys; self.values = values; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let map = ScriptMap()
        for (k, v) in zip(keys, values) {
            guard case .string(let key) = try k.eval(f, rt) else { throw Failure("map keys must be strings", at: k.loc) }
            map[key] = try v.eval(f, rt)
        }
        return .map(map)
    }
}

/// A range used as a value (`let r = 0..<n`) is a list of ints; `for` loops over ranges never build it.
final class RangeNode: Node {
    let low: Node, high: Node, inclusive: Bool
    init(_ low: Node, _ high: Node, inclusive: Bool, _ loc: SourceLoc) {
        self.low = low; self.high = high; self.inclusive = inclusive; super.init(loc)
    }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let (lo, hi) = try bounds(f, rt)
        guard lo < hi else { return .list(ScriptList()) }
        let (count, overflow) = hi.subtractingReportingOverflow(lo)
        try rt.chargeSize(overflow ? Int.max : count, at: loc)
        return .list(ScriptList((lo..<hi).map { .int($0) }))
    }

    /// Half-open integer bounds.
    func bounds(_ f: Env, _ rt: Interpreter) throws -> (Int, Int) {
        guard case .int(let lo) = try low.eval(f, rt) else { throw Failure("range bounds must be ints", at: low.loc) }
        guard case .int(let hi) = try high.eval(f, rt) else { throw Failure("range bounds must be ints", at: high.loc) }
        if inclusive && hi == Int.max { throw Failure("range end too large", at: loc) }
        return (lo, inclusive ? hi + 1 : hi)
    }
}

final class FStringNode: Node {
    /// Literal text pieces alternate with expressions; nil marks where an expression goes.
    let texts: [String?], exprs: [Node]
    init(texts: [String?], exprs: [Node], _ loc: SourceLoc) { self.texts = texts; self.exprs = exprs; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        var out = "", next = 0
        for text in texts {
            if let text { out += text } else {
                out += try exprs[next].eval(f, rt).str
                next += 1
            }
        }
        return .string(out)
    }
}

final class IndexNode: Node {
    let object: Node, index: Node
    init(_ object: Node, _ index: Node, _ loc: SourceLoc) { self.object = object; self.index = index; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        try Access.index(try object.eval(f, rt), try index.eval(f, rt), loc)
    }
}

final class FieldNode: Node {
    let object: Node, name: String
    init(_ object: Node, _ name: String, _ loc: SourceLoc) { self.object = object; self.name = name; super.init(loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        try Access.field(try object.eval(f, rt), name, loc)
    }
}

final class ClosureNode: Node {
    let proto: FunctionProto
    init(_ proto: FunctionProto) { self.proto = proto; super.init(proto.loc) }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        // The resolver gives every function that contains a closure a heap frame.
        .function(ScriptFunction(.closure(proto, f.frame.unsafelyUnwrapped)))
    }
}

/// `callee(args…, key: value…)`: positional arguments first, then `keywords.count` labelled ones.
final class CallNode: Node {
    let callee: Node, args: [Node], keywords: [String]
    init(_ callee: Node, _ args: [Node], keywords: [String], _ loc: SourceLoc) {
        self.callee = callee; self.args = args; self.keywords = keywords; super.init(loc)
    }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let value = try callee.eval(f, rt)
        guard case .function(let function) = value else {
            throw Failure("cannot call a \(value.typeName)", at: loc)
        }
        return try rt.call(function, args, keywords, f, loc)
    }
}

/// `object.name(args…)`: native methods are called without building a bound-method value.
final class MethodCallNode: Node {
    let object: Node, name: String, args: [Node], keywords: [String]
    init(_ object: Node, _ name: String, _ args: [Node], keywords: [String], _ loc: SourceLoc) {
        self.object = object; self.name = name; self.args = args; self.keywords = keywords; super.init(loc)
    }
    override func eval(_ f: Env, _ rt: Interpreter) throws -> Value {
        let receiver = try object.eval(f, rt)
        if case .native(let handle) = receiver, let method = handle.nativeType.method(name) {
            let (positional, named) = try rt.evalArguments(args, keywords, f)
            return try rt.callBuiltin(method, handle, positional, named, loc)
        }
        let member = try Access.field(receiver, name, loc)
        guard case .function(let function) = member else {
            throw Failure("'\(name)' of \(receiver.typeName) is a \(member.typeName), not a function", at: loc)
        }
        return try rt.call(function, args, keywords, f, loc)
    }
}
