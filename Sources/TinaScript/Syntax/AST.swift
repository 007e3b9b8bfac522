/// The syntax tree as the parser builds it: names are still strings; the resolver binds them.

public enum BinaryOp: String {
    case add = "+", sub = "-", mul = "*", div = "/", floorDiv = "//", mod = "%", pow = "**"
    case eq = "==", ne = "!=", lt = "<", le = "<=", gt = ">", ge = ">="
}

public enum UnaryOp: String {
    case negate = "-", not = "not"
}

public struct Expr {
    public let kind: ExprKind
    /// Where the construct is: the operator of a binary expression, the '[' of an index, the '.' of a field.
    public let loc: SourceLoc

    /// Where the expression's text begins (calls are reported there).
    public var start: SourceLoc {
        switch kind {
        case .field(let e, _), .index(let e, _), .call(let e, _), .binary(_, let e, _), .and(let e, _), .or(let e, _),
             .range(let e, _, _):
            return e.start
        default:
            return loc
        }
    }
}

public indirect enum ExprKind {
    case int(Int)
    case float(Double)
    case string(String)
    case fstring([FStringPiece])
    case bool(Bool)
    case null
    case name(String)
    case unary(UnaryOp, Expr)
    case binary(BinaryOp, Expr, Expr)
    case and(Expr, Expr)
    case or(Expr, Expr)
    case range(Expr, Expr, inclusive: Bool)
    case list([Expr])
    case map([(key: Expr, value: Expr)])
    case index(Expr, Expr)
    case field(Expr, String)
    case call(Expr, [Argument])
    case function(FunctionDecl)
}

public enum FStringPiece {
    case text(String)
    case expr(Expr)
}

/// A call argument: positional, or `label: value`.
public struct Argument {
    public let label: String?
    public let value: Expr
}

public final class FunctionDecl {
    public let name: String?
    public let params: [ParamDecl]
    public let body: [Stmt]
    public let loc: SourceLoc

    init(name: String?, params: [ParamDecl], body: [Stmt], loc: SourceLoc) {
        self.name = name
        self.params = params
        self.body = body
        self.loc = loc
    }
}

public struct ParamDecl {
    public let name: String
    public let defaultValue: Expr?
    public let loc: SourceLoc
}

public struct Stmt {
    public let kind: StmtKind
    public let loc: SourceLoc
}

public indirect enum StmtKind {
    case expr(Expr)
    case `let`(String, Expr)
    /// `target = value`, or `target op= value` when `op` is set.
    case assign(target: Expr, op: BinaryOp?, value: Expr)
    case function(FunctionDecl)
    case `if`(Expr, [Stmt], else: [Stmt]?)
    case `while`(Expr, [Stmt])
    /// `for x in xs` or `for k, v in map`.
    case `for`(String, String?, Expr, [Stmt])
    case `try`([Stmt], catchName: String, [Stmt])
    case `break`
    case `continue`
    case `return`(Expr?)
}
