import Foundation

/// Where and how the Hub client talks to the Hub, read from the same environment variables as
/// huggingface_hub so both share one cache.
public struct HubSettings {
    /// `HF_ENDPOINT`, default https://huggingface.co (no trailing slash).
    public var endpoint: String
    /// The dataset viewer API (`HF_DATASETS_SERVER`), used when a dataset repo has no data files.
    public var datasetsServer: String
    /// `HF_TOKEN` (or the token file in `HF_HOME`). Sent only to the endpoint's host.
    public var token: String?
    /// `HF_HUB_CACHE`, else `HF_HOME/hub`, else `~/.cache/huggingface/hub`.
    public var cacheDirectory: String
    /// `HF_HUB_OFFLINE=1`: never touch the network, serve from the cache.
    public var offline: Bool
    public var connectTimeout: Double = 10
    /// A transfer that moves no byte for this long is dropped (and retried).
    public var readTimeout: Double = 30
    /// Retries after the first try, for 5xx answers and dropped connections.
    public var maxRetries: Int = 5
    /// First backoff delay in seconds; each retry doubles it (capped at 8 s).
    public var backoff: Double = 1
    public var showProgress: Bool
    /// Receives progress lines; nil writes to stderr.
    public var progressOutput: ((String) -> Void)?

    public init(endpoint: String = "https://huggingface.co", datasetsServer: String = "https://datasets-server.huggingface.co",
                token: String? = nil, cacheDirectory: String, offline: Bool = false, showProgress: Bool = true) {
        self.endpoint = HubSettings.trimSlash(endpoint)
        self.datasetsServer = HubSettings.trimSlash(datasetsServer)
        self.token = token
        self.cacheDirectory = cacheDirectory
        self.offline = offline
        self.showProgress = showProgress
    }

    /// Settings from the process environment (or `environment` for tests).
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) -> HubSettings {
        func value(_ key: String) -> String? {
            guard let v = environment[key], !v.isEmpty else { return nil }
            return v
        }
        func flag(_ key: String) -> Bool { ["1", "on", "yes", "true"].contains(value(key)?.lowercased() ?? "") }
        let home = value("HOME") ?? NSHomeDirectory()
        let hfHome = value("HF_HOME") ?? ((value("XDG_CACHE_HOME") ?? home + "/.cache") + "/huggingface")
        var token = value("HF_TOKEN") ?? value("HUGGING_FACE_HUB_TOKEN")
        if token == nil, let saved = try? String(contentsOfFile: value("HF_TOKEN_PATH") ?? hfHome + "/token", encoding: .utf8) {
            let trimmed = saved.trimmingCharacters(in: .whitespacesAndNewlines)
            token = trimmed.isEmpty ? nil : trimmed
        }
        var s = HubSettings(endpoint: value("HF_ENDPOINT") ?? "https://huggingface.co",
                            datasetsServer: value("HF_DATASETS_SERVER") ?? "https://datasets-server.huggingface.co",
                            token: token,
                            cacheDirectory: value("HF_HUB_CACHE") ?? value("HUGGINGFACE_HUB_CACHE") ?? hfHome + "/hub",
                            offline: flag("HF_HUB_OFFLINE"),
                            showProgress: !flag("HF_HUB_DISABLE_PROGRESS_BARS"))
        if let t = value("HF_HUB_DOWNLOAD_TIMEOUT").flatMap(Double.init) { s.readTimeout = t }
        if let t = value("HF_HUB_ETAG_TIMEOUT").flatMap(Double.init) { s.connectTimeout = t }
        return s
    }

    static func trimSlash(_ s: String) -> String {
        var s = s
        while s.hasSuffix("/") { s.removeLast() }
        return s
    }
}

extension HubSettings: CustomStringConvertible {
    /// Never shows the token itself.
    public var description: String {
        "HubSettings(endpoint: \(endpoint), cache: \(cacheDirectory), offline: \(offline), token: \(token == nil ? "none" : "set"))"
    }
}
