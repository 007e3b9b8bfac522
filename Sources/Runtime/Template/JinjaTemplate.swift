import Foundation

/// A compiled chat template. Rendering follows Jinja2 as transformers configures it
/// (trim_blocks, lstrip_blocks, loop controls, `raise_exception`, `strftime_now`, and a `tojson`
/// that keeps key order and non-ASCII text), with macros and transformers' `{% generation %}`.
public final class JinjaTemplate {
    let nodes: [JinjaNode]
    let map: JinjaSourceMap

    public init(_ source: String) throws {
        let lexer = JinjaLexer(source)
        var parser = JinjaParser(segments: try lexer.segments(), map: lexer.map)
        nodes = try parser.parseTemplate()
        map = lexer.map
    }

    public func render(_ variables: [String: JinjaValue]) throws -> String {
        var interpreter = JinjaInterpreter(map: map, scopes: [variables])
        _ = try interpreter.run(nodes)
        return interpreter.output
    }
}

struct JinjaInterpreter {
    let map: JinjaSourceMap
    var scopes: [[String: JinjaValue]]
    var output = ""
    /// Loops open around the node being run (in the current macro call), for break/continue.
    var loopDepth = 0
    /// Macro calls in progress, and the nesting of blocks and expressions being evaluated
    /// (through macro calls too): recursion is bounded before the stack is.
    var macroDepth = 0
    var depth = 0

    init(map: JinjaSourceMap, scopes: [[String: JinjaValue]]) {
        self.map = map
        self.scopes = scopes
    }

    enum Flow { case normal, breakLoop, continueLoop }

    mutating func run(_ nodes: [JinjaNode]) throws -> Flow {
        depth += 1
        defer { depth -= 1 }
        for node in nodes {
            switch node {
            case .text(let s):
                output += s
            case .output(let e):
                output += try eval(e).printed
            case let .ifChain(branches, otherwise):
                var chosen = otherwise
                for (condition, body) in branches where try eval(condition).truthy {
                    chosen = body
                    break
                }
                let flow = try run(chosen)
                if flow != .normal { return flow }
            case let .forLoop(targets, iterable, condition, body, otherwise, at):
                try runLoop(targets: targets, iterable: iterable, condition: condition, body: body, otherwise: otherwise, at: at)
            case let .set(name, attribute, valueExpr, at):
                let value = try eval(valueExpr)
                if let attribute {
                    guard case .namespace(let ns) = lookup(name) else {
                        throw map.runtime("cannot assign attribute '\(attribute)' on '\(name)', which is not a namespace", at: at)
                    }
                    ns.attributes[attribute] = value
                } else {
                    scopes[scopes.count - 1][name] = value
                }
            case .loopBreak(let at):
                guard loopDepth > 0 else { throw map.syntax("break outside a loop", at: at) }
                return .breakLoop
            case .loopContinue(let at):
                guard loopDepth > 0 else { throw map.syntax("continue outside a loop", at: at) }
                return .continueLoop
            case .macro(let m):
                scopes[scopes.count - 1][m.name] = .macro(m)
            case .group(let body):
                let flow = try run(body)
                if flow != .normal { return flow }
            }
        }
        return .normal
    }

    private mutating func runLoop(targets: [String], iterable: JinjaExpr, condition: JinjaExpr?,
                                  body: [JinjaNode], otherwise: [JinjaNode], at: Int) throws {
        var items = try iterate(try eval(iterable), at: at)
        if let condition {
            // The loop filter sees the loop variables but not `loop`.
            var kept: [JinjaValue] = []
            for item in items {
                scopes.append(try bind(targets, item, at: at))
                defer { scopes.removeLast() }
                if try eval(condition).truthy { kept.append(item) }
            }
            items = kept
        }
        if items.isEmpty {
            _ = try run(otherwise)
            return
        }
        let n = items.count
        loopDepth += 1
        defer { loopDepth -= 1 }
        for (k, item) in items.enumerated() {
            var scope = try bind(targets, item, at: at)
            scope["loop"] = .map(JinjaMap([
                ("index", .int(k + 1)), ("index0", .int(k)),
                ("revindex", .int(n - k)), ("revindex0", .int(n - k - 1)),
                ("first", .bool(k == 0)), ("last", .bool(k == n - 1)), ("length", .int(n)),
                ("previtem", k > 0 ? items[k - 1] : .undefined("loop.previtem")),
                ("nextitem", k + 1 < n ? items[k + 1] : .undefined("loop.nextitem")),
            ]))
            scopes.append(scope)
            let flow = try run(body)
            scopes.removeLast()
            if flow == .breakLoop { break }
        }
    }

    private func bind(_ targets: [String], _ item: JinjaValue, at: Int) throws -> [String: JinjaValue] {
        if targets.count == 1 { return [targets[0]: item] }
        guard case .list(let parts) = item, parts.count == targets.count else {
            throw map.runtime("cannot unpack \(item.typeName) into \(targets.count) names", at: at)
        }
        return Dictionary(uniqueKeysWithValues: zip(targets, parts))
    }

    func iterate(_ v: JinjaValue, at: Int) throws -> [JinjaValue] {
        switch v {
        case .list(let l): return l
        case .map(let m): return m.keys.map { .string($0) }
        case .string(let s): return s.map { .string(String($0)) }
        case .undefined: return []
        default: throw map.runtime("\(v.typeName) is not iterable", at: at)
        }
    }

    static let globalFunctions: Set<String> = ["namespace", "dict", "range", "raise_exception", "strftime_now"]

    func lookup(_ name: String) -> JinjaValue {
        for scope in scopes.reversed() {
            if let v = scope[name] { return v }
        }
        return Self.globalFunctions.contains(name) ? .function(name) : .undefined(name)
    }
}
