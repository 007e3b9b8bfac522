/// The texts `help`, `:help` and the REPL show.
public enum Help {
    public static func text(for topic: Value, in interpreter: Interpreter) -> String {
        switch topic {
        case .null:
            return overview(interpreter)
        case .string(let name):
            if let b = interpreter.builtin(named: name) { return b.helpText }
            if let value = interpreter.global(name), case .function = value { return text(for: value, in: interpreter) }
            if let value = interpreter.global(name), case .native = value { return text(for: value, in: interpreter) }
            if let member = member(name, in: interpreter) { return member }
            if let type = NativeType.all.first(where: { $0.name == name }) { return type.helpText }
            return "no builtin named '\(name)'; help() lists them"
        case .function(let f):
            switch f.body {
            case .builtin(let b): return b.helpText
            case .method(let b, let handle): return "\(handle.nativeType.name).\(b.helpText)"
            case .closure: return "\(f.signature)  (a TinaScript function)"
            }
        case .native(let handle):
            return handle.display + "\n" + handle.nativeType.helpText
        default:
            return "\(topic.typeName) value; help() lists the builtins"
        }
    }

    static func overview(_ interpreter: Interpreter) -> String {
        var out = "Builtins (help(name) for details and an example):\n"
        for b in interpreter.builtins { out += "  \(b.signature)\n" }
        out += """
        Language:
          let x = 1 · x = 2 · x += 1 · fn f(a, b = 1) { return a + b } · fn(x) { x * 2 } (last expression is the value)
          if c { } else if d { } else { } · while c { } · break · continue · try { } catch e { print(e) }
          for x in xs · for i in 1..10 (inclusive) · for i in 0..<n · for k, v in map · for i, x in list
          [1, 2] · {"key": v} · xs[0] · xs[-1] · m["key"] · m.key · f(a, key: v) · handle.method(…)
          "text\\n" · r"raw \\frac{a}{b}" · \"\"\"multi-line\"\"\" · f"x = {x}" · # comment
        """
        return out
    }
}
