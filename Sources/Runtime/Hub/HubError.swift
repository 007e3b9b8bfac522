/// Errors from the Hub client. Messages name the repository, file and revision; they never hold
/// the access token.
public enum HubError: Error, CustomStringConvertible, Equatable {
    case invalidRepoId(String)
    case invalidPath(String, reason: String)
    case invalidRevision(String)
    case invalidRepoType(String)
    case repoNotFound(repo: String, detail: String)
    case fileNotFound(repo: String, file: String, revision: String)
    case revisionNotFound(repo: String, revision: String)
    /// 401/403: private or gated repository.
    case unauthorized(repo: String, status: Int, tokenGiven: Bool)
    case http(status: Int, url: String)
    case network(url: String, message: String)
    case offline(String)
    case sizeMismatch(file: String, expected: Int64, actual: Int64)
    case checksumMismatch(file: String, expected: String, actual: String)
    case badResponse(url: String, message: String)
    case io(path: String, message: String)

    public var description: String {
        switch self {
        case .invalidRepoId(let r):
            return "invalid repository id '\(r)': expected 'name' or 'org/name' with letters, digits, '-', '_' and '.'"
        case .invalidPath(let p, let why): return "refused file name '\(p)' from the Hub: \(why)"
        case .invalidRevision(let r): return "invalid revision '\(r)'"
        case .invalidRepoType(let t): return "unknown repository type '\(t)': expected model, dataset or space"
        case .repoNotFound(let r, let d): return "repository \(r) not found on the Hub\(d.isEmpty ? "" : " (\(d))")"
        case .fileNotFound(let r, let f, let rev): return "file \(f) not found in \(r) at revision \(rev)"
        case .revisionNotFound(let r, let rev): return "revision \(rev) not found in \(r)"
        case .unauthorized(let r, let s, let given):
            return given
                ? "access to \(r) denied (HTTP \(s)): the token in HF_TOKEN lacks access (gated or private repository?)"
                : "access to \(r) denied (HTTP \(s)): it is gated or private; set HF_TOKEN to a token with access"
        case .http(let s, let u): return "HTTP \(s) from \(HubError.redacted(u))"
        case .network(let u, let m): return "network error for \(HubError.redacted(u)): \(m)"
        case .offline(let m): return "HF_HUB_OFFLINE=1: \(m)"
        case .sizeMismatch(let f, let e, let a): return "download of \(f) has \(a) bytes, expected \(e); the partial file was removed"
        case .checksumMismatch(let f, let e, let a):
            return "download of \(f) is corrupt: sha256 \(a), expected \(e); the partial file was removed"
        case .badResponse(let u, let m): return "unexpected answer from \(HubError.redacted(u)): \(m)"
        case .io(let p, let m): return "\(HubError.redacted(p)): \(m)"
        }
    }

    /// A URL with any credentials in it (`http://user:password@host`) masked, for messages.
    static func redacted(_ url: String) -> String {
        guard let scheme = url.range(of: "://"), let at = url[scheme.upperBound...].firstIndex(of: "@"),
              !url[scheme.upperBound..<at].contains("/") else { return url }
        return String(url[..<scheme.upperBound]) + "***@" + url[url.index(after: at)...]
    }
}

extension Interrupted {
    /// The detail of an interrupted download: what arrived stays on disk and the next try resumes from it.
    public static let partialDownloadKept = "the partial download is kept and resumes next time"
}
