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
    /// `{% macro name(params) %}…{% endmacro %}`: binds the name in the current scope.
    case macro(JinjaMacro)
    /// The body of transformers' `{% generation %}…{% endgeneration %}`, rendered as it stands.
    case group([JinjaNode])
}

/// A macro: called like a function, it renders its body with the arguments bound to its
/// parameters and returns the text (Jinja's `{% macro %}`, jinja.palletsprojects.com/en/3.1.x/templates/#macros).
public final class JinjaMacro {
    let name: String
    /// Parameters in order, each with its default (evaluated at call time) or nil.
    let parameters: [(name: String, fallback: JinjaExpr?)]
    let body: [JinjaNode]
    let at: Int

    init(name: String, parameters: [(name: String, fallback: JinjaExpr?)], body: [JinjaNode], at: Int) {
        self.name = name
        self.parameters = parameters
        self.body = body
        self.at = at
    }
}
