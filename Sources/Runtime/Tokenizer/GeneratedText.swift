extension Tokenizer {
    /// The text of sampled ids. A model's embedding table is often padded past the tokenizer's
    /// vocabulary (151936 rows for 151665 ids); such ids decode to nothing, as in transformers.
    public func completionText(_ ids: [Int]) throws -> String {
        try decode(ids.filter { $0 >= 0 && $0 < vocabSize }, skipSpecialTokens: true)
    }
}
