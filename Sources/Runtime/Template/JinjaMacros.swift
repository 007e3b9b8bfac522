/// Calling a template's macros.
extension JinjaInterpreter {
    /// Macros call macros (a JSON-schema printer recurses over nested types); deeper than this is
    /// a runaway template, stopped before the stack overflows. Real templates nest a few levels.
    static let maxMacroDepth = 50
    /// Blocks and expressions open around a call, its callers' included. One macro body nests at
    /// most 200 blocks and 100 expressions deep (the parser's limits), so this bounds the stack.
    static let maxCallDepth = 1500

    /// Renders the macro's body with its parameters bound and returns the text. As in jinja2, the
    /// body sees the template's top-level names and its arguments, not the caller's loop
    /// variables; a parameter left without argument or default is undefined, and surplus
    /// arguments are an error (jinja.palletsprojects.com/en/3.1.x/templates/#macros).
    mutating func callMacro(_ m: JinjaMacro, _ args: [JinjaValue], _ kwargs: [(String, JinjaValue)], at: Int) throws -> JinjaValue {
        guard args.count <= m.parameters.count else {
            throw map.runtime("macro '\(m.name)' takes at most \(m.parameters.count) argument\(m.parameters.count == 1 ? "" : "s"), got \(args.count)", at: at)
        }
        guard macroDepth < Self.maxMacroDepth else {
            throw map.runtime("macro '\(m.name)' calls nested more than \(Self.maxMacroDepth) deep", at: at)
        }
        guard depth < Self.maxCallDepth else {
            throw map.runtime("macro '\(m.name)' called inside blocks and expressions nested more than \(Self.maxCallDepth) deep", at: at)
        }
        var bound: [String: JinjaValue] = [:]
        for (value, parameter) in zip(args, m.parameters) { bound[parameter.name] = value }
        for (key, value) in kwargs {
            guard m.parameters.contains(where: { $0.name == key }) else {
                throw map.runtime("macro '\(m.name)' has no parameter '\(key)'", at: at)
            }
            guard bound[key] == nil else { throw map.runtime("macro '\(m.name)' got two values for '\(key)'", at: at) }
            bound[key] = value
        }
        let saved = (scopes, output, loopDepth)
        defer { (scopes, output, loopDepth) = saved; macroDepth -= 1 }
        macroDepth += 1
        scopes = [scopes[0], [:]]
        output = ""
        loopDepth = 0
        // Defaults are evaluated at the call, in order, so a default can read earlier parameters.
        for parameter in m.parameters {
            var value = bound[parameter.name] ?? .undefined(parameter.name)
            if bound[parameter.name] == nil, let fallback = parameter.fallback { value = try eval(fallback) }
            scopes[1][parameter.name] = value
        }
        _ = try run(m.body)
        return .string(output)
    }
}
