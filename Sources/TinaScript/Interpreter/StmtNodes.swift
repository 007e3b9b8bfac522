/// How a statement finished; a `return` leaves its value in `Interpreter.returnValue`.
enum Flow {
    case normal, breakLoop, continueLoop, returned
}

/// Statement nodes. `exec` reports how the statement finished, so loops and calls handle
/// break/continue/return without Swift exceptions.
class StmtNode {
    let loc: SourceLoc
    init(_ loc: SourceLoc) { self.loc = loc }

    /// Every concrete statement overrides this; the base is never instantiated by the resolver.
    func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        throw Failure("internal error: statement without execution", at: loc)
    }
}

@inline(__always)
func execBlock(_ body: [StmtNode], _ f: Env, _ rt: Interpreter) throws -> Flow {
    var i = 0
    while i < body.count {
        let flow = try body.withElement(i) { try $0.exec(f, rt) }
        if flow != .normal { return flow }
        i += 1
    }
    return .normal
}

final class ExprStmt: StmtNode {
    let expr: Node
    init(_ expr: Node) { self.expr = expr; super.init(expr.loc) }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        _ = try expr.eval(f, rt)
        return .normal
    }
}

final class SetLocal: StmtNode {
    let slot: Int, value: Node
    init(_ slot: Int, _ value: Node, _ loc: SourceLoc) { self.slot = slot; self.value = value; super.init(loc) }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        f.slots[slot] = try value.eval(f, rt)
        return .normal
    }
}

final class SetUpvalue: StmtNode {
    let depth: Int, slot: Int, value: Node
    init(_ depth: Int, _ slot: Int, _ value: Node, _ loc: SourceLoc) {
        self.depth = depth; self.slot = slot; self.value = value; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        let v = try value.eval(f, rt)
        f.upvalues(depth)[slot] = v
        return .normal
    }
}

/// `let` at top level defines a global; plain assignment requires it to exist already.
final class SetGlobal: StmtNode {
    let index: Int, name: String, value: Node, defines: Bool
    init(_ index: Int, _ name: String, _ value: Node, defines: Bool, _ loc: SourceLoc) {
        self.index = index; self.name = name; self.value = value; self.defines = defines; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        let v = try value.eval(f, rt)
        let globals = rt.globals
        if !defines && !globals.defined[index] {
            throw Failure("assignment to undefined variable '\(name)' (declare it with let)", at: loc)
        }
        globals.values[index] = v
        globals.defined[index] = true
        return .normal
    }
}

final class SetIndex: StmtNode {
    let object: Node, index: Node, value: Node
    /// For `xs[i] op= v`: the object and index are evaluated once.
    let op: BinaryOp?
    init(_ object: Node, _ index: Node, _ value: Node, op: BinaryOp?, _ loc: SourceLoc) {
        self.object = object; self.index = index; self.value = value; self.op = op; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        let o = try object.eval(f, rt), k = try index.eval(f, rt)
        var v = try value.eval(f, rt)
        if let op { v = try Ops.apply(op, try Access.index(o, k, loc), v, loc, rt) }
        try Access.setIndex(o, k, v, loc)
        return .normal
    }
}

final class SetField: StmtNode {
    let object: Node, name: String, value: Node, op: BinaryOp?
    init(_ object: Node, _ name: String, _ value: Node, op: BinaryOp?, _ loc: SourceLoc) {
        self.object = object; self.name = name; self.value = value; self.op = op; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        let o = try object.eval(f, rt)
        var v = try value.eval(f, rt)
        if let op { v = try Ops.apply(op, try Access.field(o, name, loc), v, loc, rt) }
        try Access.setField(o, name, v, loc)
        return .normal
    }
}

final class IfNode: StmtNode {
    let condition: Node, then: [StmtNode], otherwise: [StmtNode]
    init(_ condition: Node, _ then: [StmtNode], _ otherwise: [StmtNode], _ loc: SourceLoc) {
        self.condition = condition; self.then = then; self.otherwise = otherwise; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        // Not `cond ? then : otherwise`: choosing the array first would retain it.
        if try condition.eval(f, rt).isTruthy { return try execBlock(then, f, rt) }
        return try execBlock(otherwise, f, rt)
    }
}

final class WhileNode: StmtNode {
    let condition: Node, body: [StmtNode]
    init(_ condition: Node, _ body: [StmtNode], _ loc: SourceLoc) { self.condition = condition; self.body = body; super.init(loc) }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        while try condition.eval(f, rt).isTruthy {
            try rt.tick(loc)
            switch try execBlock(body, f, rt) {
            case .breakLoop: return .normal
            case .returned: return .returned
            case .normal, .continueLoop: continue
            }
        }
        return .normal
    }
}

/// `for i in a..b` / `for i in a..<b` without building a list.
final class ForRangeNode: StmtNode {
    let slot: Int, range: RangeNode, body: [StmtNode]
    init(_ slot: Int, _ range: RangeNode, _ body: [StmtNode], _ loc: SourceLoc) {
        self.slot = slot; self.range = range; self.body = body; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        let (lo, hi) = try range.bounds(f, rt)
        var i = lo
        while i < hi {
            try rt.tick(loc)
            f.slots[slot] = .int(i)
            switch try execBlock(body, f, rt) {
            case .breakLoop: return .normal
            case .returned: return .returned
            case .normal, .continueLoop: break
            }
            i += 1
        }
        return .normal
    }
}

/// `for x in xs`, `for i, x in xs`, `for k in m`, `for k, v in m`, `for c in "text"`, `for row in dataset`.
final class ForEachNode: StmtNode {
    let slot: Int, secondSlot: Int?, iterable: Node, body: [StmtNode]
    init(_ slot: Int, _ secondSlot: Int?, _ iterable: Node, _ body: [StmtNode], _ loc: SourceLoc) {
        self.slot = slot; self.secondSlot = secondSlot; self.iterable = iterable; self.body = body; super.init(loc)
    }

    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        let collection = try iterable.eval(f, rt)
        switch collection {
        case .list(let list):
            // Index-based, so pushing inside the loop is seen (as in Python).
            var i = 0
            while i < list.items.count {
                let item = list.items[i]
                if let second = secondSlot { f.slots[slot] = .int(i); f.slots[second] = item } else { f.slots[slot] = item }
                i += 1
                if let flow = try step(f, rt) { return flow }
            }
        case .map(let map):
            for (key, value) in Array(map.entries) {
                f.slots[slot] = .string(key)
                if let second = secondSlot { f.slots[second] = value }
                if let flow = try step(f, rt) { return flow }
            }
        case .string(let s):
            for (i, ch) in s.enumerated() {
                if let second = secondSlot { f.slots[slot] = .int(i); f.slots[second] = .string(String(ch)) } else { f.slots[slot] = .string(String(ch)) }
                if let flow = try step(f, rt) { return flow }
            }
        case .native(let handle):
            guard let count = try Access.length(collection), handle.nativeType.index != nil else {
                throw Failure("cannot loop over a \(collection.typeName)", at: iterable.loc)
            }
            for i in 0..<count {
                let item = try Access.index(collection, .int(i), loc)
                if let second = secondSlot { f.slots[slot] = .int(i); f.slots[second] = item } else { f.slots[slot] = item }
                if let flow = try step(f, rt) { return flow }
            }
        default:
            throw Failure("cannot loop over a \(collection.typeName)", at: iterable.loc)
        }
        return .normal
    }

    /// Runs the body once; a non-nil answer ends the loop with that flow.
    @inline(__always)
    private func step(_ f: Env, _ rt: Interpreter) throws -> Flow? {
        try rt.tick(loc)
        switch try execBlock(body, f, rt) {
        case .breakLoop: return .normal
        case .returned: return .returned
        case .normal, .continueLoop: return nil
        }
    }
}

final class TryNode: StmtNode {
    let body: [StmtNode], slot: Int, handler: [StmtNode]
    init(_ body: [StmtNode], _ slot: Int, _ handler: [StmtNode], _ loc: SourceLoc) {
        self.body = body; self.slot = slot; self.handler = handler; super.init(loc)
    }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        do {
            return try execBlock(body, f, rt)
        } catch let failure as Failure where failure.catchable {
            f.slots[slot] = .string(failure.message)
            return try execBlock(handler, f, rt)
        }
    }
}

final class BreakNode: StmtNode {
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow { .breakLoop }
}

final class ContinueNode: StmtNode {
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow { .continueLoop }
}

final class ReturnNode: StmtNode {
    let value: Node?
    init(_ value: Node?, _ loc: SourceLoc) { self.value = value; super.init(loc) }
    override func exec(_ f: Env, _ rt: Interpreter) throws -> Flow {
        rt.returnValue = try value?.eval(f, rt) ?? .null
        return .returned
    }
}
