/// What ends a completion, in one place for local generation, servers, SFT, GRPO and evaluation.
extension GenerationDefaults {
    /// The ids that end a completion: every id of generation_config.json's `eos_token_id` (one
    /// or a list, as transformers' generate stops on each) and the tokenizer's EOS ids.
    public func stopTokenIds(tokenizer: Tokenizer?) -> Set<Int> {
        Set(eosTokenIds + (tokenizer?.eosTokenIds ?? []))
    }
}

extension GenerationOptions {
    /// A completion's text cut after the first stop string it holds, each stop string tried in
    /// turn: generation stops at the token that completes one, and that token's text may run on.
    public func trimmedAtStopStrings(_ text: String) -> String {
        var text = text
        for s in stopStrings { if let r = text.range(of: s) { text = String(text[..<r.upperBound]) } }
        return text
    }
}
