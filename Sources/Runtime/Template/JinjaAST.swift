/// Expressions of the template language; `at` is the source offset for error messages.
indirect enum JinjaExpr {
    case literal(JinjaValue)
    case name(String, at: Int)
    case attribute(JinjaExpr, String, at: Int)
    case index(JinjaExpr, JinjaExpr, at: Int)
    case slice(JinjaExpr, JinjaExpr?, JinjaExpr?, JinjaExpr?, at: Int)
    case call(JinjaExpr, [JinjaExpr], [(String, JinjaExpr)], at: Int)
    case filter(JinjaExpr, String, [JinjaExpr], [(String, JinjaExpr)], at: Int)
    case test(JinjaExpr, String, [JinjaExpr], negated: Bool, at: Int)
    case unary(String, JinjaExpr, at: Int)
    case binary(String, JinjaExpr, JinjaExpr, at: Int)
    case and(JinjaExpr, JinjaExpr)
    case or(JinjaExpr, JinjaExpr)
    case not(JinjaExpr)
    case conditional(JinjaExpr, JinjaExpr, JinjaExpr?)
    case list([JinjaExpr])
    case dict([(JinjaExpr, JinjaExpr)])
}

/// Statements: the template is a list of these.
indirect enum JinjaNode {
    case text(String)
    case output(JinjaExpr)
    case ifChain([(JinjaExpr, [JinjaNode])], otherwise: [JinjaNode])
    case forLoop(targets: [String], iterable: JinjaExpr, condition: JinjaExpr?, body: [JinjaNode], otherwise: [JinjaNode], at: Int)
    case set(name: String, attribute: String?, JinjaExpr, at: Int)
    case loopBreak(at: Int)
    case loopContinue(at: Int)
}
