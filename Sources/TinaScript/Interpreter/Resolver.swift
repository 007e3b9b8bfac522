/// Binds every name to a slot and builds the evaluator's tree. Each function gets one frame;
/// block scopes (if/while/for/try bodies) take fresh slots in it, so closures see the variables
/// of their enclosing functions through the frame chain. Names at the top level of a cell are
/// globals; a name found nowhere is taken as a global that a later `let` may define.
struct Resolver {
    private final class FunctionScope {
        var scopes: [[String: Int]] = [[:]]
        var slotCount = 0
        var loopDepth = 0
        /// Set when a closure is defined inside: it captures this function's frame.
        var createsClosures = false
        let isTopLevel: Bool
        init(isTopLevel: Bool) { self.isTopLevel = isTopLevel }

        func declare(_ name: String) -> Int {
            let slot = slotCount
            slotCount += 1
            scopes[scopes.count - 1][name] = slot
            return slot
        }
    }

    private enum Variable {
        case local(Int), upvalue(Int, Int), global(Int)
    }

    private let globals: Globals
    private var functions: [FunctionScope] = []

    init(globals: Globals) { self.globals = globals }

    /// A cell or script: its statements, the trailing expression (echoed by the REPL) and its frame size.
    struct Program {
        let body: [StmtNode]
        let result: Node?
        let frameSize: Int
    }

    mutating func resolveProgram(_ statements: [Stmt]) throws -> Program {
        let top = FunctionScope(isTopLevel: true)
        functions = [top]
        var body = statements
        var result: Node?
        if let last = body.last, case .expr(let expr) = last.kind {
            body.removeLast()
            let nodes = try block(body)
            result = try self.expr(expr)
            return Program(body: nodes, result: result, frameSize: top.slotCount)
        }
        return Program(body: try block(body), result: nil, frameSize: top.slotCount)
    }

    // MARK: scopes

    private var function: FunctionScope { functions[functions.count - 1] }

    /// True where `let` makes a global: the outermost scope of a cell.
    private var atGlobalScope: Bool { function.isTopLevel && function.scopes.count == 1 }

    private func declareLocal(_ name: String, _ loc: SourceLoc) throws -> Int {
        if function.scopes[function.scopes.count - 1][name] != nil {
            throw ScriptError.syntax(message: "'\(name)' is already declared in this scope (assign with '\(name) = …')", at: loc)
        }
        return function.declare(name)
    }

    private mutating func scoped<T>(_ body: (inout Resolver) throws -> T) rethrows -> T {
        function.scopes.append([:])
        defer { function.scopes.removeLast() }
        return try body(&self)
    }

    private func lookup(_ name: String) -> Variable {
        for (distance, scope) in functions.reversed().enumerated() {
            // The outermost scope of the top level holds globals, not frame slots.
            let lowest = scope.isTopLevel ? 1 : 0
            for level in stride(from: scope.scopes.count - 1, through: lowest, by: -1) {
                if let slot = scope.scopes[level][name] {
                    return distance == 0 ? .local(slot) : .upvalue(distance, slot)
                }
            }
        }
        return .global(globals.slot(name))
    }

    // MARK: statements

    private mutating func block(_ statements: [Stmt]) throws -> [StmtNode] {
        try statements.map { try statement($0) }
    }

    private mutating func scopedBlock(_ statements: [Stmt]) throws -> [StmtNode] {
        try scoped { try $0.block(statements) }
    }

    private mutating func statement(_ stmt: Stmt) throws -> StmtNode {
        let loc = stmt.loc
        switch stmt.kind {
        case .expr(let e):
            return ExprStmt(try expr(e))
        case .let(let name, let value):
            let node = try expr(value)
            if atGlobalScope { return SetGlobal(globals.slot(name), name, node, defines: true, loc) }
            return SetLocal(try declareLocal(name, loc), node, loc)
        case .function(let decl):
            let name = decl.name ?? "fn"
            // Declared before its body is resolved, so it can call itself.
            if atGlobalScope {
                let index = globals.slot(name)
                return SetGlobal(index, name, ClosureNode(try function(decl)), defines: true, loc)
            }
            let slot = try declareLocal(name, loc)
            return SetLocal(slot, ClosureNode(try function(decl)), loc)
        case .assign(let target, let op, let value):
            return try assignment(target, op, value, loc)
        case .if(let condition, let then, let otherwise):
            return IfNode(try expr(condition), try scopedBlock(then), try otherwise.map { try scopedBlock($0) } ?? [], loc)
        case .while(let condition, let body):
            let c = try expr(condition)
            return WhileNode(c, try loop(body), loc)
        case .for(let name, let second, let iterable, let body):
            return try forLoop(name, second, iterable, body, loc)
        case .try(let body, let name, let handler):
            let b = try scopedBlock(body)
            return try scoped { r in
                let slot = try r.declareLocal(name, loc)
                return TryNode(b, slot, try r.block(handler), loc)
            }
        case .break, .continue:
            guard function.loopDepth > 0 else {
                throw ScriptError.syntax(message: "'\(stmt.kind.keyword)' outside a loop", at: loc)
            }
            if case .break = stmt.kind { return BreakNode(loc) }
            return ContinueNode(loc)
        case .return(let value):
            guard !function.isTopLevel else { throw ScriptError.syntax(message: "'return' outside a function", at: loc) }
            return ReturnNode(try value.map { try expr($0) }, loc)
        }
    }

    private mutating func loop(_ body: [Stmt]) throws -> [StmtNode] {
        function.loopDepth += 1
        defer { function.loopDepth -= 1 }
        return try scopedBlock(body)
    }

    private mutating func forLoop(_ name: String, _ second: String?, _ iterable: Expr, _ body: [Stmt], _ loc: SourceLoc) throws -> StmtNode {
        let source = try expr(iterable)
        return try scoped { r in
            let slot = try r.declareLocal(name, loc)
            if let range = source as? RangeNode, second == nil {
                return ForRangeNode(slot, range, try r.loop(body), loc)
            }
            let secondSlot = try second.map { try r.declareLocal($0, loc) }
            return ForEachNode(slot, secondSlot, source, try r.loop(body), loc)
        }
    }

    private mutating func assignment(_ target: Expr, _ op: BinaryOp?, _ value: Expr, _ loc: SourceLoc) throws -> StmtNode {
        switch target.kind {
        case .name(let name):
            let variable = lookup(name)
            var node = try expr(value)
            if let op { node = binary(op, get(variable, name, target.loc), node, loc) }
            switch variable {
            case .local(let slot): return SetLocal(slot, node, loc)
            case .upvalue(let depth, let slot): return SetUpvalue(depth, slot, node, loc)
            case .global(let index): return SetGlobal(index, name, node, defines: false, loc)
            }
        case .index(let object, let index):
            return SetIndex(try expr(object), try expr(index), try expr(value), op: op, target.loc)
        case .field(let object, let name):
            return SetField(try expr(object), name, try expr(value), op: op, target.loc)
        default:
            throw ScriptError.syntax(message: "cannot assign to this expression", at: loc)
        }
    }

    private mutating func function(_ decl: FunctionDecl) throws -> FunctionProto {
        function.createsClosures = true
        let scope = FunctionScope(isTopLevel: false)
        functions.append(scope)
        defer { functions.removeLast() }
        for param in decl.params { _ = try declareLocal(param.name, param.loc) }
        let defaults = try decl.params.map { p in try p.defaultValue.map { try expr($0) } }
        // A final expression statement is the function's value: `fn(x) { x * 2 }`.
        var statements = decl.body
        if let last = statements.last, case .expr(let value) = last.kind {
            statements[statements.count - 1] = Stmt(kind: .return(value), loc: last.loc)
        }
        let body = try block(statements)
        let name = decl.name ?? "<fn>"
        let params = decl.params.map { p in p.name + (p.defaultValue == nil ? "" : " = …") }
        return FunctionProto(name: name, params: decl.params.map(\.name), defaults: defaults, frameSize: scope.slotCount,
                             capturesFrame: scope.createsClosures, body: body, loc: decl.loc,
                             signature: "\(name)(\(params.joined(separator: ", ")))")
    }

    // MARK: expressions

    private func get(_ variable: Variable, _ name: String, _ loc: SourceLoc) -> Node {
        switch variable {
        case .local(let slot): return LocalGet(slot, loc)
        case .upvalue(let depth, let slot): return UpvalueGet(depth, slot, loc)
        case .global(let index): return GlobalGet(index, name, loc)
        }
    }

    private func binary(_ op: BinaryOp, _ l: Node, _ r: Node, _ loc: SourceLoc) -> Node {
        switch op {
        case .add: return AddNode(l, r, loc)
        case .sub: return SubNode(l, r, loc)
        case .mul: return MulNode(l, r, loc)
        case .div, .floorDiv, .mod, .pow: return ArithNode(op, l, r, loc)
        case .eq: return EqualNode(negated: false, l, r, loc)
        case .ne: return EqualNode(negated: true, l, r, loc)
        case .lt: return LessNode(swapped: false, l, r, loc)
        case .gt: return LessNode(swapped: true, l, r, loc)
        case .le: return LessEqualNode(swapped: false, l, r, loc)
        case .ge: return LessEqualNode(swapped: true, l, r, loc)
        }
    }

    private mutating func expr(_ e: Expr) throws -> Node {
        let loc = e.loc
        switch e.kind {
        case .int(let i): return ConstNode(.int(i), loc)
        case .float(let d): return ConstNode(.float(d), loc)
        case .string(let s): return ConstNode(.string(s), loc)
        case .bool(let b): return ConstNode(.bool(b), loc)
        case .null: return ConstNode(.null, loc)
        case .fstring(let pieces):
            var texts: [String?] = [], exprs: [Node] = []
            for piece in pieces {
                switch piece {
                case .text(let t): texts.append(t)
                case .expr(let x): texts.append(nil); exprs.append(try expr(x))
                }
            }
            return FStringNode(texts: texts, exprs: exprs, loc)
        case .name(let name): return get(lookup(name), name, loc)
        case .unary(.negate, let operand):
            if case .int(let i) = operand.kind, i != Int.min { return ConstNode(.int(-i), loc) }
            if case .float(let d) = operand.kind { return ConstNode(.float(-d), loc) }
            return NegateNode(try expr(operand), loc)
        case .unary(.not, let operand): return NotNode(try expr(operand), loc)
        case .binary(let op, let l, let r): return binary(op, try expr(l), try expr(r), loc)
        case .and(let l, let r): return AndNode(try expr(l), try expr(r), loc)
        case .or(let l, let r): return OrNode(try expr(l), try expr(r), loc)
        case .range(let lo, let hi, let inclusive): return RangeNode(try expr(lo), try expr(hi), inclusive: inclusive, loc)
        case .list(let items): return ListNode(try items.map { try expr($0) }, loc)
        case .map(let entries):
            return MapNode(try entries.map { try expr($0.key) }, try entries.map { try expr($0.value) }, loc)
        case .index(let object, let index): return IndexNode(try expr(object), try expr(index), loc)
        case .field(let object, let name): return FieldNode(try expr(object), name, loc)
        case .function(let decl): return ClosureNode(try function(decl))
        case .call(let callee, let args):
            let nodes = try args.map { try expr($0.value) }
            let keywords = args.compactMap(\.label)
            if case .field(let object, let name) = callee.kind {
                return MethodCallNode(try expr(object), name, nodes, keywords: keywords, loc)
            }
            return CallNode(try expr(callee), nodes, keywords: keywords, loc)
        }
    }
}

extension StmtKind {
    fileprivate var keyword: String {
        if case .break = self { return "break" }
        return "continue"
    }
}
