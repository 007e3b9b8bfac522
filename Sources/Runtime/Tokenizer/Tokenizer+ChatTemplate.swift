import Foundation

/// Prompt rendering with the chat template of tokenizer_config.json.
extension Tokenizer {
    /// Names the renderer sets itself; a template variable of the same name would be a second value
    /// (transformers' apply_chat_template passes them explicitly and fails the same way).
    public static let chatTemplateReservedNames: Set<String> = ["messages", "add_generation_prompt"]

    /// Renders the chat template for `messages` (maps with "role", "content", and whatever else
    /// the template reads). `context` holds the extra template variables (`tools`, `documents`,
    /// `enable_thinking`, `date_string`, …) by name, as transformers' `apply_chat_template(…,
    /// **kwargs)` passes them; `tools` and `documents` are none unless given, as transformers
    /// always defines them (utils/chat_template_utils.py, render_jinja_template). The special
    /// tokens (`bos_token`, `eos_token`, …) are variables too, and `context` may override them.
    public func applyChatTemplate(messages: [JinjaValue], addGenerationPrompt: Bool = true,
                                  context: [String: JinjaValue] = [:]) throws -> String {
        if let clash = context.keys.first(where: Self.chatTemplateReservedNames.contains) {
            throw TokenizerError.chatTemplateVariable(name: clash, reason: "is set from the call's own argument")
        }
        let template = try compiledChatTemplate()
        var variables: [String: JinjaValue] = ["tools": .none, "documents": .none]
        for (k, v) in specialTokenNames { variables[k] = .string(v) }
        for (k, v) in context { variables[k] = v }
        variables["messages"] = .list(messages)
        variables["add_generation_prompt"] = .bool(addGenerationPrompt)
        return try template.render(variables)
    }

    /// Convenience for plain role/content messages.
    public func applyChatTemplate(messages: [[String: String]], addGenerationPrompt: Bool = true,
                                  context: [String: JinjaValue] = [:]) throws -> String {
        try applyChatTemplate(messages: messages.map(Self.messageValue), addGenerationPrompt: addGenerationPrompt, context: context)
    }

    /// The ids of a prompt for generation: the chat template with the generation prompt, encoded
    /// without the post-processor's tokens (the template writes its own BOS where the model has
    /// one). `systemPrompt` replaces the conversation's system messages (an empty one removes
    /// them); nil keeps them. Every caller that turns a conversation into a model's input
    /// (evaluation, rollouts, generation) should come through here.
    public func encodeChatPrompt(messages: [[String: String]], systemPrompt: String? = nil,
                                 context: [String: JinjaValue] = [:]) throws -> [Int] {
        var messages = messages
        if let systemPrompt {
            messages.removeAll { $0["role"] == "system" }
            if !systemPrompt.isEmpty { messages.insert(["role": "system", "content": systemPrompt], at: 0) }
        }
        return try encodeChatPrompt(messages: messages.map(Self.messageValue), context: context)
    }

    /// The same for turns already in the template's values (a script's message maps).
    public func encodeChatPrompt(messages: [JinjaValue], context: [String: JinjaValue] = [:]) throws -> [Int] {
        encode(try applyChatTemplate(messages: messages, addGenerationPrompt: true, context: context), addSpecialTokens: false)
    }

    /// A message map with a stable key order: role first, then content, then the rest
    /// alphabetically (a template that prints a message as JSON shows this order).
    static func messageValue(_ m: [String: String]) -> JinjaValue {
        let order = m.keys.sorted { a, b in
            let rank = { (k: String) in k == "role" ? 0 : k == "content" ? 1 : 2 }
            return (rank(a), a) < (rank(b), b)
        }
        return .map(JinjaMap(order.map { ($0, JinjaValue.string(m[$0]!)) }))
    }

    /// The template, compiled once and shared: rendering does not change it.
    private func compiledChatTemplate() throws -> JinjaTemplate {
        templateLock.lock()
        defer { templateLock.unlock() }
        if let compiledTemplate { return compiledTemplate }
        guard let chatTemplate else { throw TokenizerError.noChatTemplate }
        let template = try JinjaTemplate(chatTemplate)
        compiledTemplate = template
        return template
    }
}
