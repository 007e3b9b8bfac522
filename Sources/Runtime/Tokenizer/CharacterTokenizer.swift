import Foundation

/// A small self-contained tokenizer for offline demos and tests: one token per printable ASCII
/// character (byte-level alphabet, no merges), special tokens, and a minimal chat template. It is
/// expressed as an ordinary tokenizer.json so it runs through the same code as real tokenizers.
public enum CharacterTokenizer {
    public static let specialTokens = ["<|bos|>", "<|eos|>", "<|user|>", "<|assistant|>", "<think>", "</think>"]

    public static let chatTemplate = "{{ bos_token }}{% for m in messages %}{% if m['role'] == 'system' %}{{ m['content'] }}"
        + "{% elif m['role'] == 'user' %}<|user|>{{ m['content'] }}{% else %}<|assistant|>{{ m['content'] }}<|eos|>{% endif %}"
        + "{% endfor %}{% if add_generation_prompt %}<|assistant|>{% endif %}"

    /// tokenizer.json and tokenizer_config.json contents.
    public static func files() throws -> (tokenizer: Data, config: Data) {
        // GPT-2's byte-to-unicode alphabet for the bytes used: printable ASCII maps to itself
        // except space (Ġ); newline is Ċ.
        var vocab: [String: Int] = [:]
        for (i, t) in specialTokens.enumerated() { vocab[t] = i }
        for b in UInt8(33)...UInt8(126) { vocab[String(UnicodeScalar(b))] = vocab.count }
        vocab["Ġ"] = vocab.count
        vocab["Ċ"] = vocab.count
        let added = specialTokens.enumerated().map { i, t -> [String: Any] in
            ["id": i, "content": t, "single_word": false, "lstrip": false, "rstrip": false, "normalized": false, "special": true]
        }
        let byteLevel: [String: Any] = ["type": "ByteLevel", "add_prefix_space": false, "trim_offsets": false, "use_regex": false]
        let tokenizer: [String: Any] = [
            "version": "1.0", "truncation": NSNull(), "padding": NSNull(), "added_tokens": added, "normalizer": NSNull(),
            "pre_tokenizer": byteLevel, "post_processor": NSNull(), "decoder": byteLevel,
            "model": ["type": "BPE", "dropout": NSNull(), "unk_token": NSNull(), "continuing_subword_prefix": NSNull(),
                      "end_of_word_suffix": NSNull(), "fuse_unk": false, "byte_fallback": false, "ignore_merges": false,
                      "vocab": vocab, "merges": [String]()] as [String: Any],
        ]
        let config: [String: Any] = ["bos_token": "<|bos|>", "eos_token": "<|eos|>", "pad_token": "<|eos|>",
                                     "add_bos_token": false, "chat_template": chatTemplate, "tokenizer_class": "PreTrainedTokenizerFast"]
        return (try JSONSerialization.data(withJSONObject: tokenizer, options: [.sortedKeys]),
                try JSONSerialization.data(withJSONObject: config, options: [.sortedKeys]))
    }
}
