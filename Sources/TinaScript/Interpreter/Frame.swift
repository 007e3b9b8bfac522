/// The slots of a function activation that closures capture (or of one REPL cell). Closures
/// keep their defining frame alive through `parent`; the resolver turns every local name into
/// a (depth, slot) pair. Functions that create no closures keep their slots on the
/// interpreter's value stack instead, so an ordinary call allocates nothing.
final class Frame {
    let slots: UnsafeMutablePointer<Value>
    let count: Int
    let parent: Frame?

    init(count: Int, parent: Frame?) {
        self.count = count
        self.parent = parent
        slots = .allocate(capacity: max(count, 1))
        slots.initialize(repeating: .null, count: count)
    }

    deinit {
        slots.deinitialize(count: count)
        slots.deallocate()
    }

    @inline(__always)
    func ancestor(_ depth: Int) -> Frame {
        var frame = self
        for _ in 0..<depth { frame = frame.parent.unsafelyUnwrapped }
        return frame
    }
}

/// What a running function body sees: its slots, and the frames it can reach. A plain struct
/// of unretained references, so passing it down the tree costs no reference counting; the
/// call that made it keeps the frames alive while it runs.
struct Env {
    let slots: UnsafeMutablePointer<Value>
    /// The activation's own heap frame when its function creates closures (they capture it), else nil.
    unowned(unsafe) let frame: Frame?
    /// The frame the running closure captured: upvalues at depth d are in `parent.ancestor(d - 1)`.
    unowned(unsafe) let parent: Frame?

    init(_ frame: Frame) {
        slots = frame.slots
        self.frame = frame
        parent = frame.parent
    }

    init(slots: UnsafeMutablePointer<Value>, parent: Frame?) {
        self.slots = slots
        frame = nil
        self.parent = parent
    }

    @inline(__always)
    func upvalues(_ depth: Int) -> UnsafeMutablePointer<Value> {
        parent.unsafelyUnwrapped.ancestor(depth - 1).slots
    }
}

/// The value stack of the frames that no closure captures: one preallocated block, each
/// activation a window of it, so calls and returns only move `top`. Slots above `top` hold nil.
final class ValueStack {
    private let base: UnsafeMutablePointer<Value>
    private let capacity: Int
    private var top = 0

    init(capacity: Int) {
        self.capacity = capacity
        base = .allocate(capacity: capacity)
        base.initialize(repeating: .null, count: capacity)
    }

    deinit {
        base.deinitialize(count: capacity)
        base.deallocate()
    }

    /// `count` fresh nil slots, or nil when the block is full (the caller then uses a heap frame).
    @inline(__always)
    func push(_ count: Int) -> UnsafeMutablePointer<Value>? {
        guard count <= capacity - top else { return nil }
        defer { top += count }
        return base + top
    }

    /// Drops the most recent window, releasing what its slots held.
    @inline(__always)
    func pop(_ count: Int) {
        top -= count
        (base + top).update(repeating: .null, count: count)
    }
}

/// A resolved TinaScript function: parameters are slots 0..<params.count of its frame.
final class FunctionProto {
    let name: String
    let params: [String]
    /// Default-value expressions, evaluated in the callee's frame when an argument is left out.
    let defaults: [Node?]
    let frameSize: Int
    /// True when the body (or a default) creates closures: its activations need heap frames.
    let capturesFrame: Bool
    let body: [StmtNode]
    let loc: SourceLoc
    let signature: String

    init(name: String, params: [String], defaults: [Node?], frameSize: Int, capturesFrame: Bool, body: [StmtNode],
         loc: SourceLoc, signature: String) {
        self.name = name
        self.params = params
        self.defaults = defaults
        self.frameSize = frameSize
        self.capturesFrame = capturesFrame
        self.body = body
        self.loc = loc
        self.signature = signature
    }
}

extension Array where Element: AnyObject {
    /// Calls `body` with element `i` unretained (the array keeps it alive): indexing a node list
    /// and calling the node would otherwise cost a retain and a release on every visit.
    @inline(__always)
    func withElement<R>(_ i: Int, _ body: (Element) throws -> R) rethrows -> R {
        try Unmanaged.passUnretained(self[i])._withUnsafeGuaranteedRef(body)
    }
}
