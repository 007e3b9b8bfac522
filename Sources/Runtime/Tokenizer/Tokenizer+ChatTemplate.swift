import Foundation

/// Prompt rendering with the chat template of tokenizer_config.json.
extension Tokenizer {
    /// Renders the chat template for `messages` (maps with "role", "content", and whatever else
    /// the template reads). `context` adds variables such as `tools`.
    public func applyChatTemplate(messages: [JinjaValue], addGenerationPrompt: Bool = true,
                                  context: [String: JinjaValue] = [:]) throws -> String {
        templateLock.lock()
        defer { templateLock.unlock() }
        if compiledTemplate == nil {
            guard let chatTemplate else { throw TokenizerError.noChatTemplate }
            compiledTemplate = try JinjaTemplate(chatTemplate)
        }
        var variables: [String: JinjaValue] = [:]
        for (k, v) in specialTokenNames { variables[k] = .string(v) }
        variables["messages"] = .list(messages)
        variables["add_generation_prompt"] = .bool(addGenerationPrompt)
        for (k, v) in context { variables[k] = v }
        return try compiledTemplate!.render(variables)
    }

    /// Convenience for plain role/content messages.
    public func applyChatTemplate(messages: [[String: String]], addGenerationPrompt: Bool = true) throws -> String {
        let values = messages.map { m -> JinjaValue in
            // A stable key order: role first, then content, then the rest alphabetically.
            let order = m.keys.sorted { a, b in
                let rank = { (k: String) in k == "role" ? 0 : k == "content" ? 1 : 2 }
                return (rank(a), a) < (rank(b), b)
            }
            return .map(JinjaMap(order.map { ($0, JinjaValue.string(m[$0]!)) }))
        }
        return try applyChatTemplate(messages: values, addGenerationPrompt: addGenerationPrompt)
    }
}
