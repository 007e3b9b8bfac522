import Foundation

/// `generation_config.json`: sampling defaults and end-of-sequence ids.
public struct GenerationDefaults: Decodable, Equatable {
    public var temperature: Double?
    public var topP: Double?
    public var topK: Int?
    public var eosTokenIds: [Int]
    public var bosTokenId: Int?

    enum Keys: String, CodingKey { case temperature, topP = "top_p", topK = "top_k", eos = "eos_token_id", bos = "bos_token_id" }

    public init(temperature: Double? = nil, topP: Double? = nil, topK: Int? = nil, eosTokenIds: [Int] = [], bosTokenId: Int? = nil) {
        self.temperature = temperature; self.topP = topP; self.topK = topK; self.eosTokenIds = eosTokenIds; self.bosTokenId = bosTokenId
    }

    public init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: Keys.self)
        temperature = try c.decodeIfPresent(Double.self, forKey: .temperature)
        topP = try c.decodeIfPresent(Double.self, forKey: .topP)
        topK = try c.decodeIfPresent(Int.self, forKey: .topK)
        if let one = try? c.decodeIfPresent(Int.self, forKey: .eos) { eosTokenIds = [one] } else {
            eosTokenIds = (try? c.decodeIfPresent([Int].self, forKey: .eos)) ?? []
        }
        bosTokenId = try? c.decodeIfPresent(Int.self, forKey: .bos)
    }

    public static func load(_ path: String) throws -> GenerationDefaults? {
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        do { return try JSONDecoder().decode(GenerationDefaults.self, from: data) } catch let e as DecodingError {
            throw ModelError.badConfig(file: path, ModelConfig.describe(e))
        }
    }
}
