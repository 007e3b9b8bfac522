/// The order in which a trainer visits its examples: a seeded shuffle of all of them, drawn
/// again at the end of each pass (an epoch), as a sampler with `shuffle=True` does. The
/// generator is the caller's, so that one seed fixes data order and sampling together.
public struct EpochOrder: Equatable, Sendable {
    /// The current pass's shuffle (empty before the first draw).
    public internal(set) var order: [Int]
    /// How many of `order` were drawn.
    public internal(set) var position: Int

    public init(order: [Int] = [], position: Int = 0) {
        self.order = order
        self.position = min(position, order.count)
    }

    /// The next index below `count`, shuffling anew when the pass is over.
    public mutating func next(count: Int, rng: inout SeededRandom) -> Int {
        if position == order.count { order = rng.permutation(count); position = 0 }
        defer { position += 1 }
        return order[position]
    }
}
