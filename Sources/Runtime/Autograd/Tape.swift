/// Reverse-mode autograd on a tape. Every op whose inputs require gradients appends a node holding
/// a backward closure; `backward(loss)` runs them in reverse, accumulating into `grad` of exactly the
/// tensors that require it. A frozen tensor (requiresGrad == false) still passes gradient to the
/// tensors it was computed from, but never receives a gradient buffer itself.
public final class Tape {
    struct Node {
        let output: Tensor
        let backward: (_ gradOutput: Tensor) throws -> Void
    }

    /// The tape ops record on. There is one per process: training is single-threaded at this level
    /// (the kernels below parallelise internally).
    nonisolated(unsafe) public static var current = Tape()

    private(set) var nodes: [Node] = []
    /// False inside `Tape.withoutRecording` (inference, reference log-probs).
    public var isRecording = true

    public init() {}

    public var count: Int { nodes.count }

    /// Records `backward` for `output` if any input requires a gradient; marks `output` accordingly.
    static func record(_ output: Tensor, inputs: [Tensor], backward: @escaping (Tensor) throws -> Void) {
        let tape = current
        guard tape.isRecording, inputs.contains(where: { $0.requiresGrad }) else { return }
        output.requiresGrad = true
        tape.nodes.append(Node(output: output, backward: backward))
    }

    /// Runs `body` with recording switched off (no tape growth, no gradients).
    public static func withoutRecording<T>(_ body: () throws -> T) rethrows -> T {
        let was = current.isRecording
        current.isRecording = false
        defer { current.isRecording = was }
        return try body()
    }

    /// Drops every recorded node (and the activations they hold).
    public func reset() { nodes.removeAll(keepingCapacity: false) }

    /// Backpropagates from a scalar `loss` (seed 1) or from `loss` with an explicit seed gradient.
    /// Gradients of leaf tensors accumulate across calls (gradient accumulation); intermediate
    /// gradients are released as soon as their node has run. The tape is emptied afterwards, also
    /// when Ctrl-C interrupts it (leaves then hold partial gradients, which callers zero).
    public func backward(_ loss: Tensor, seed: Tensor? = nil) throws {
        defer { reset() }
        guard loss.requiresGrad else {
            throw TensorError.notDifferentiable("the loss does not depend on any tensor that requires a gradient")
        }
        let g: Tensor
        if let seed {
            guard seed.shape == loss.shape else {
                throw TensorError.shapeMismatch(op: "backward seed", expected: loss.shape, found: seed.shape)
            }
            g = seed
        } else {
            guard loss.count == 1 else {
                throw TensorError.invalidArgument(op: "backward", "the loss must be a scalar, got shape \(loss.shape)")
            }
            g = try Tensor([1], shape: loss.shape)
        }
        loss.accumulateGrad(g)
        for node in nodes.reversed() {
            // Ctrl-C between nodes (several per layer): the caller discards partial gradients.
            try Interruption.check()
            guard let gradOutput = node.output.grad else { continue }
            try node.backward(gradOutput)
            // Intermediates (created by an op) give their gradient back; leaves keep it.
            node.output.grad = nil
        }
    }
}

extension Tensor {
    /// Adds `g` (same element count) into this tensor's gradient. Takes ownership of `g`: an op
    /// hands each input a gradient tensor that nothing else holds.
    func accumulateGrad(_ g: Tensor) {
        if let existing = grad {
            let dst = existing.data, src = g.data
            for i in 0..<count { dst[i] += src[i] }
        } else {
            grad = g.shape == shape ? g : Tensor(shape: shape, storage: g.storage, offset: g.offset)
        }
    }

    /// Clears the accumulated gradient.
    public func zeroGrad() { grad = nil }

    /// Backpropagates from this scalar on the current tape.
    public func backward() throws { try Tape.current.backward(self) }
}
