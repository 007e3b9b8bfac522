/// The parts of tokenizer_config.json that matter outside Python.
struct TokenizerConfig {
    var bosToken: String?
    var eosToken: String?
    var padToken: String?
    var unkToken: String?
    var addBosToken: Bool?
    var addEosToken: Bool?
    var chatTemplate: String?
    /// Whether decode strips the spaces before punctuation. The model here is always BPE, and
    /// transformers (since 5.7, tokenization_utils_tokenizers.py; huggingface/transformers#44915)
    /// ignores `clean_up_tokenization_spaces` for BPE models, where the step deletes real spaces
    /// ("x != y" becomes "x!= y"); only its escape hatch turns it back on.
    var cleanUpTokenizationSpaces = false
    var tokenizerClass: String?

    init() {}

    init(json: TokenizerJSON, file: String) throws {
        guard case .object = json else { throw TokenizerError.invalidField(file: file, field: "(root)", reason: "not an object") }
        // Special tokens are a string or an AddedToken object {"content": ...}.
        func token(_ key: String) -> String? {
            guard let v = json[key] else { return nil }
            return v.stringValue ?? v["content"]?.stringValue
        }
        bosToken = token("bos_token")
        eosToken = token("eos_token")
        padToken = token("pad_token")
        unkToken = token("unk_token")
        addBosToken = json["add_bos_token"]?.boolValue
        addEosToken = json["add_eos_token"]?.boolValue
        cleanUpTokenizationSpaces = json["clean_up_tokenization_spaces"]?.boolValue == true
            && json["clean_up_tokenization_spaces_for_bpe_even_though_it_will_corrupt_output"]?.boolValue == true
        tokenizerClass = json["tokenizer_class"]?.stringValue
        switch json["chat_template"] {
        case .string(let s)?:
            chatTemplate = s
        case .array(let named)?:
            // Several named templates: the one called "default" is the chat template.
            chatTemplate = named.first { $0["name"]?.stringValue == "default" }?["template"]?.stringValue
                ?? named.first?["template"]?.stringValue
        case nil, .null?:
            chatTemplate = nil
        default:
            throw TokenizerError.invalidField(file: file, field: "chat_template", reason: "expected a string or a list of named templates")
        }
    }
}
