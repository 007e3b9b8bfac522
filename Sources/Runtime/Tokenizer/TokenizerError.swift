import Foundation

/// Everything that can go wrong while loading a tokenizer or encoding and decoding with it.
public enum TokenizerError: Error, CustomStringConvertible, Equatable {
    case fileUnreadable(path: String, reason: String)
    case malformedJSON(file: String, line: Int, column: Int, message: String)
    case missingField(file: String, field: String)
    case invalidField(file: String, field: String, reason: String)
    case unsupported(file: String, component: String, type: String)
    case badMerge(file: String, index: Int, merge: String, reason: String)
    case idOutOfRange(id: Int, vocabSize: Int)
    case noChatTemplate
    /// A variable handed to the chat template cannot be used (its name is taken).
    case chatTemplateVariable(name: String, reason: String)

    public var description: String {
        switch self {
        case let .fileUnreadable(path, reason):
            return "cannot read \(path): \(reason)"
        case let .malformedJSON(file, line, column, message):
            return "\(file):\(line):\(column): malformed JSON: \(message)"
        case let .missingField(file, field):
            return "\(file): missing field '\(field)'"
        case let .invalidField(file, field, reason):
            return "\(file): field '\(field)' is invalid: \(reason)"
        case let .unsupported(file, component, type):
            return "\(file): unsupported \(component) type '\(type)'"
        case let .badMerge(file, index, merge, reason):
            return "\(file): merge #\(index) '\(merge)': \(reason)"
        case let .idOutOfRange(id, vocabSize):
            return "token id \(id) is out of range (vocabulary size \(vocabSize))"
        case .noChatTemplate:
            return "tokenizer_config.json has no chat_template"
        case let .chatTemplateVariable(name, reason):
            return "chat template variable '\(name)' \(reason)"
        }
    }
}
