/// The slots of one function activation (or one REPL cell). Closures keep their defining frame
/// alive through `parent`; the resolver turns every local name into a (depth, slot) pair.
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

/// A resolved TinaScript function: parameters are slots 0..<params.count of its frame.
final class FunctionProto {
    let name: String
    let params: [String]
    /// Default-value expressions, evaluated in the callee's frame when an argument is left out.
    let defaults: [Node?]
    let frameSize: Int
    let body: [StmtNode]
    let loc: SourceLoc
    let signature: String

    init(name: String, params: [String], defaults: [Node?], frameSize: Int, body: [StmtNode], loc: SourceLoc, signature: String) {
        self.name = name
        self.params = params
        self.defaults = defaults
        self.frameSize = frameSize
        self.body = body
        self.loc = loc
        self.signature = signature
    }
}
