/// How the REPL shows a cell's value (`Out[n]: …`) and what `show(x)` prints: `repr`, but long
/// lists, maps and strings keep only their head and tail with the count (the value itself stays
/// whole), and a container wider than the terminal prints one entry a line, indented.
/// `print` and `str` are not limited: they are the program's own output.
public struct DisplayLimits {
    /// Lists and maps with more entries than this show `head` of them, `…`, and `tail`.
    public var items = 100
    public var head = 10
    public var tail = 3
    /// Strings longer than this (in characters) show their first and last part.
    public var characters = 400
    /// The terminal's width: wider containers break into one entry a line.
    public var width = 80
    /// A display past this many lines ends with a note instead (deeply nested data).
    public var lines = 400

    public init() {}

    /// What `show(x)` uses: every entry and character, still wrapped at the width.
    public static func unlimited(width: Int) -> DisplayLimits {
        var limits = DisplayLimits()
        limits.items = .max
        limits.characters = .max
        limits.lines = .max
        limits.width = width
        return limits
    }
}

extension Value {
    /// The value laid out for the terminal; `prefix` (such as `Out[3]: `) starts the first line.
    public func display(_ limits: DisplayLimits, prefix: String = "") -> String {
        let layout = Layout(limits, prefix: prefix)
        layout.emit(self, indent: 0, depth: 0)
        var lines = layout.lines
        if layout.truncated {
            lines.append("… (display stopped after \(limits.lines) lines; show(x) prints all)")
        }
        return lines.joined(separator: "\n")
    }

    /// One-line form within the limits, or nil as soon as it grows past `room` characters.
    fileprivate func flat(_ limits: DisplayLimits, room: Int, depth: Int) -> String? {
        var out = ""
        // UTF-8 length bounds the character count from above, so it is a cheap early stop.
        return writeFlat(into: &out, limits, cap: room == .max ? .max : room * 4, depth: depth) && out.count <= room ? out : nil
    }

    private func writeFlat(into out: inout String, _ limits: DisplayLimits, cap: Int, depth: Int) -> Bool {
        switch self {
        case .string(let s): out += Value.clipped(s, limits)
        case .list(let list):
            guard depth < Value.maxPrintDepth else { out += "[...]"; break }
            out += "["
            for (n, slot) in Value.shown(list.items.count, limits).enumerated() {
                if n > 0 { out += ", " }
                guard let i = slot else { out += "…"; continue }
                guard list.items[i].writeFlat(into: &out, limits, cap: cap, depth: depth + 1) else { return false }
                if out.utf8.count > cap { return false }
            }
            out += "]" + Value.countNote(list.items.count, "item", limits)
        case .map(let map):
            guard depth < Value.maxPrintDepth else { out += "{...}"; break }
            out += "{"
            for (n, slot) in Value.shown(map.count, limits).enumerated() {
                if n > 0 { out += ", " }
                guard let i = slot else { out += "…"; continue }
                out += Value.quote(map.keys[i]) + ": "
                guard map.values[i].writeFlat(into: &out, limits, cap: cap, depth: depth + 1) else { return false }
                if out.utf8.count > cap { return false }
            }
            out += "}" + Value.countNote(map.count, "entry", limits)
        default:
            out += repr
        }
        return out.utf8.count <= cap
    }

    /// The indices a container of `count` entries shows; nil marks the `…` between head and tail.
    fileprivate static func shown(_ count: Int, _ limits: DisplayLimits) -> [Int?] {
        guard count > limits.items else { return Array(0..<count) }
        return Array(0..<limits.head) + [nil] + Array((count - limits.tail)..<count)
    }

    fileprivate static func countNote(_ count: Int, _ noun: String, _ limits: DisplayLimits) -> String {
        guard count > limits.items else { return "" }
        return " (\(count) \(noun == "entry" ? "entries" : "items"))"
    }

    /// A quoted string; a long one as its head, `…` and tail, with its length.
    fileprivate static func clipped(_ s: String, _ limits: DisplayLimits) -> String {
        guard limits.characters != .max, s.count > limits.characters else { return quote(s) }
        let keep = limits.characters / 2
        let head = quote(String(s.prefix(keep))), tail = quote(String(s.suffix(keep / 2)))
        return head.dropLast() + "…" + tail.dropFirst() + " (\(s.count) characters)"
    }
}

/// Builds the lines of a display: a value goes on the current line when its flat form fits
/// what is left of the width, else it opens, puts each entry on its own line, and closes.
private final class Layout {
    let limits: DisplayLimits
    var lines: [String]
    var truncated = false

    init(_ limits: DisplayLimits, prefix: String) {
        self.limits = limits
        lines = [prefix]
    }

    func emit(_ value: Value, indent: Int, depth: Int) {
        let room = max(0, limits.width - lines[lines.count - 1].count)
        if let flat = value.flat(limits, room: room, depth: depth) {
            lines[lines.count - 1] += flat
            return
        }
        switch value {
        case .list(let list) where depth < Value.maxPrintDepth:
            entries("[", "]", Value.shown(list.items.count, limits), note: Value.countNote(list.items.count, "item", limits),
                    indent: indent) { i in self.emit(list.items[i], indent: indent + 2, depth: depth + 1) }
        case .map(let map) where depth < Value.maxPrintDepth:
            entries("{", "}", Value.shown(map.count, limits), note: Value.countNote(map.count, "entry", limits),
                    indent: indent) { i in
                self.lines[self.lines.count - 1] += Value.quote(map.keys[i]) + ": "
                self.emit(map.values[i], indent: indent + 2, depth: depth + 1)
            }
        default:
            // A scalar or long string that does not fit: it stays whole on its line.
            lines[lines.count - 1] += value.flat(limits, room: .max, depth: depth) ?? value.repr
        }
    }

    private func entries(_ open: String, _ close: String, _ slots: [Int?], note: String, indent: Int,
                         _ entry: (Int) -> Void) {
        lines[lines.count - 1] += open
        let pad = String(repeating: " ", count: indent + 2)
        for (n, slot) in slots.enumerated() {
            guard lines.count < limits.lines else { truncated = true; return }
            lines.append(pad)
            if let i = slot { entry(i) } else { lines[lines.count - 1] += "…" }
            if truncated { return }
            if n < slots.count - 1 { lines[lines.count - 1] += "," }
        }
        lines.append(String(repeating: " ", count: indent) + close + note)
    }
}
