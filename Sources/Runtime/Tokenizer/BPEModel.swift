import Foundation

/// The byte-level BPE `model` of tokenizer.json: vocabulary, merges, and the bytes each id
/// decodes to.
struct BPEModel {
    /// Token strings by id as the vocabulary spells them (nil for ids the vocabulary skips).
    var tokens: [String?]
    var idForToken: TokenBytesTable
    /// Id of the single-byte token for each byte (UInt32.max when the vocabulary lacks it).
    var byteIds: [UInt32]
    var merges: BPEMergeTable
    var ignoreMerges: Bool
    var unknownId: UInt32?

    init(json: TokenizerJSON, file: String) throws {
        let type = json["type"]?.stringValue ?? "BPE"
        guard type == "BPE" else { throw TokenizerError.unsupported(file: file, component: "model", type: type) }
        for field in ["continuing_subword_prefix", "end_of_word_suffix"] {
            if let v = json[field], !v.isNull, v.stringValue != "" {
                throw TokenizerError.invalidField(file: file, field: "model.\(field)", reason: "only byte-level BPE without affixes is supported")
            }
        }
        if let dropout = json["dropout"], !dropout.isNull, dropout != .double(0), dropout != .int(0) {
            throw TokenizerError.invalidField(file: file, field: "model.dropout", reason: "BPE dropout is for training only")
        }
        guard let vocab = json["vocab"]?.objectValue else { throw TokenizerError.missingField(file: file, field: "model.vocab") }
        var idForToken = TokenBytesTable(capacity: vocab.count + 1024)
        var maxId = -1
        for (token, value) in vocab {
            guard let id = value.intValue, id >= 0, id <= BPEMergeTable.maxId else {
                throw TokenizerError.invalidField(file: file, field: "model.vocab[\(token)]",
                                                  reason: "not a token id from 0 to \(BPEMergeTable.maxId)")
            }
            idForToken.insert(token, id: id)
            maxId = max(maxId, id)
        }
        var tokens = [String?](repeating: nil, count: maxId + 1)
        for (token, value) in vocab { tokens[value.intValue!] = token }
        self.tokens = tokens
        self.idForToken = idForToken
        byteIds = ByteLevelAlphabet.scalarForByte.map { s in
            idForToken.id(String(Character(Unicode.Scalar(s)!))).map { UInt32($0) } ?? UInt32.max
        }
        ignoreMerges = json["ignore_merges"]?.boolValue ?? false
        if let unk = json["unk_token"]?.stringValue {
            guard let id = idForToken.id(unk) else {
                throw TokenizerError.invalidField(file: file, field: "model.unk_token", reason: "'\(unk)' is not in the vocabulary")
            }
            unknownId = UInt32(id)
        }
        guard let mergeList = json["merges"]?.arrayValue else { throw TokenizerError.missingField(file: file, field: "model.merges") }
        guard mergeList.count <= BPEMergeTable.maxRank else {
            throw TokenizerError.invalidField(file: file, field: "model.merges",
                                              reason: "\(mergeList.count) merges exceed the supported \(BPEMergeTable.maxRank)")
        }
        merges = BPEMergeTable(capacity: mergeList.count)
        var scratch: [UInt8] = []
        let table = idForToken
        // Works on the spellings' bytes: no strings are made for 294k merges.
        func add(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>, rank: Int) throws {
            func fail(_ reason: String) -> TokenizerError {
                let text = String(decoding: left, as: UTF8.self) + " " + String(decoding: right, as: UTF8.self)
                return TokenizerError.badMerge(file: file, index: rank, merge: text, reason: reason)
            }
            guard let l = table.id(left), let r = table.id(right) else { throw fail("a token is not in the vocabulary") }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: left)
            scratch.append(contentsOf: right)
            guard let m = scratch.withUnsafeBufferPointer({ table.id($0) }) else {
                throw fail("the merged token is not in the vocabulary")
            }
            merges.insert(left: UInt32(l), right: UInt32(r), rank: UInt32(rank), result: UInt32(m))
        }
        for (rank, entry) in mergeList.enumerated() {
            switch entry {
            case .string(var line):
                try line.withUTF8 { bytes in
                    guard let space = bytes.firstIndex(of: 0x20), bytes[(space + 1)...].firstIndex(of: 0x20) == nil else {
                        throw TokenizerError.badMerge(file: file, index: rank, merge: String(decoding: bytes, as: UTF8.self),
                                                      reason: "expected two tokens separated by one space")
                    }
                    try add(UnsafeBufferPointer(rebasing: bytes[..<space]), UnsafeBufferPointer(rebasing: bytes[(space + 1)...]), rank: rank)
                }
            case .array(let pair):
                guard pair.count == 2, var a = pair[0].stringValue, var b = pair[1].stringValue else {
                    throw TokenizerError.badMerge(file: file, index: rank, merge: "\(pair)", reason: "expected a pair of strings")
                }
                try a.withUTF8 { left in try b.withUTF8 { right in try add(left, right, rank: rank) } }
            default:
                throw TokenizerError.badMerge(file: file, index: rank, merge: "\(entry)", reason: "expected a string or a pair")
            }
        }
    }

    /// Tokens of one pre-tokenized word given as raw bytes, appended to `out`.
    func encodeWord(_ word: UnsafeBufferPointer<UInt8>, merger: inout BPEMerger, table: BPEMergeTable.Lookup,
                    scratch: inout [UInt32], into out: inout [UInt32]) {
        if ignoreMerges, let id = idForToken.id(ByteLevelAlphabet.token(ofBytes: word)) {
            out.append(UInt32(id))
            return
        }
        scratch.removeAll(keepingCapacity: true)
        for b in word {
            let id = byteIds[Int(b)]
            if id != UInt32.max {
                scratch.append(id)
            } else if let unk = unknownId {
                scratch.append(unk)
            }
        }
        let n = scratch.count
        guard n > 0 else { return }
        let kept = scratch.withUnsafeMutableBufferPointer { merger.merge($0.baseAddress!, count: n, table: table) }
        out.append(contentsOf: scratch[0..<kept])
    }
}
