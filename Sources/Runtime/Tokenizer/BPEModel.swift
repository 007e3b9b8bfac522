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
        var t0 = DispatchTime.now()
        func lap(_ what: String) { let t = DispatchTime.now(); print(" ", what, Double(t.uptimeNanoseconds - t0.uptimeNanoseconds) / 1e9); t0 = t }
        var idForToken = TokenBytesTable(capacity: vocab.count + 1024)
        var maxId = -1
        for (token, value) in vocab {
            guard let id = value.intValue, id >= 0, id < Int(Int32.max) else {
                throw TokenizerError.invalidField(file: file, field: "model.vocab[\(token)]", reason: "not a token id")
            }
            idForToken.insert(token, id: id)
            maxId = max(maxId, id)
        }
        lap("vocab table")
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
        lap("tokens")
        merges = BPEMergeTable(capacity: mergeList.count)
        var scratch: [UInt8] = []
        for (rank, entry) in mergeList.enumerated() {
            let left: Substring, right: Substring
            switch entry {
            case .string(let line):
                let utf8 = line.utf8
                guard let space = utf8.firstIndex(of: 0x20),
                      utf8[utf8.index(after: space)...].firstIndex(of: 0x20) == nil else {
                    throw TokenizerError.badMerge(file: file, index: rank, merge: line, reason: "expected two tokens separated by one space")
                }
                (left, right) = (line[..<space], line[line.index(after: space)...])
            case .array(let pair):
                guard pair.count == 2, let a = pair[0].stringValue, let b = pair[1].stringValue else {
                    throw TokenizerError.badMerge(file: file, index: rank, merge: "\(pair)", reason: "expected a pair of strings")
                }
                (left, right) = (Substring(a), Substring(b))
            default:
                throw TokenizerError.badMerge(file: file, index: rank, merge: "\(entry)", reason: "expected a string or a pair")
            }
            guard let l = idForToken.id(left), let r = idForToken.id(right) else {
                throw TokenizerError.badMerge(file: file, index: rank, merge: "\(left) \(right)", reason: "a token is not in the vocabulary")
            }
            guard let m = idForToken.id(left, right, scratch: &scratch) else {
                throw TokenizerError.badMerge(file: file, index: rank, merge: "\(left) \(right)", reason: "the merged token is not in the vocabulary")
            }
            merges.insert(left: UInt32(l), right: UInt32(r), rank: UInt32(rank), result: UInt32(m))
        }
        lap("merges")
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
        let kept = scratch.withUnsafeMutableBufferPointer { merger.merge($0.baseAddress!, count: n, table: table) }
        out.append(contentsOf: scratch[0..<kept])
    }
}
