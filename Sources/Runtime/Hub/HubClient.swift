import Foundation

/// A file of a Hub repository, as the tree API lists it.
public struct HubFileEntry: Sendable, Equatable {
    public let path: String
    public let size: Int64?
    /// The SHA-256 of an LFS file's content (nil for files kept in git).
    public let sha256: String?
}

/// Downloads files and snapshots from the Hugging Face Hub (or `HF_ENDPOINT`) into the shared
/// huggingface_hub cache.
public final class HubClient {
    public let settings: HubSettings
    public let cache: HubCache
    let http: HubHTTPClient

    public init(settings: HubSettings = .fromEnvironment()) {
        self.settings = settings
        self.cache = HubCache(root: settings.cacheDirectory)
        self.http = HubHTTPClient(settings: settings)
    }

    /// What a HEAD on a `resolve` URL says about a file.
    struct FileMetadata {
        var commit: String
        var etag: String
        var size: Int64?
        /// Where the bytes are: the CDN after a cross-host redirect, else the resolve URL.
        var location: String

    }

    func resolveURL(_ repo: String, type: HubRepoType, revision: String, file: String) -> String {
        "\(settings.endpoint)/\(type.urlPrefix)\(repo)/resolve/\(HubNames.encode(revision, keepSlash: false))/\(HubNames.encode(file, keepSlash: true))"
    }

    /// Maps an error status to the matching error, using the Hub's `X-Error-Code` header.
    func failure(_ r: HTTPResponse, repo: String, revision: String, file: String?) -> HubError {
        switch r.status {
        case 401, 403:
            // The Hub answers 401 for missing repositories too when no token is given.
            if r.header("x-error-code") == "RepoNotFound" { return .repoNotFound(repo: repo, detail: "or private: set HF_TOKEN") }
            return .unauthorized(repo: repo, status: r.status, tokenGiven: settings.token != nil)
        case 404:
            switch r.header("x-error-code") {
            case "RepoNotFound": return .repoNotFound(repo: repo, detail: "")
            case "RevisionNotFound": return .revisionNotFound(repo: repo, revision: revision)
            default:
                if let file { return .fileNotFound(repo: repo, file: file, revision: revision) }
                return .repoNotFound(repo: repo, detail: "HTTP 404 from \(r.url)")
            }
        default:
            return .http(status: r.status, url: r.url)
        }
    }

    func metadata(_ repo: String, type: HubRepoType, revision: String, file: String, retryWindow: Double? = nil) throws -> FileMetadata {
        let url = resolveURL(repo, type: type, revision: revision, file: file)
        let r = try http.request("HEAD", url, headers: ["Accept-Encoding: identity"], redirects: .sameHost, retryWindow: retryWindow)
        guard (200..<400).contains(r.status) else { throw failure(r, repo: repo, revision: revision, file: file) }
        return try FileMetadata(r, url: url)
    }

    /// Downloads one file (or finds it in the cache) and returns its path in the snapshot folder.
    public func download(repo: String, file: String, revision: String = "main", repoType: HubRepoType = .model) throws -> String {
        try HubNames.validateRepoId(repo)
        try HubNames.validateFilePath(file)
        try HubNames.validateRevision(revision)
        if settings.offline {
            guard let path = cache.cachedFile(repo, type: repoType, revision: revision, file: file) else {
                throw HubError.offline("\(file) of \(repo) at \(revision) is not in the cache (\(cache.root))")
            }
            return path
        }
        let meta: FileMetadata
        let cached = cache.cachedFile(repo, type: repoType, revision: revision, file: file)
        do {
            meta = try metadata(repo, type: repoType, revision: revision, file: file, retryWindow: cached == nil ? nil : Self.cachedRetryWindow)
        } catch HubError.network(let url, let message) {
            // Like huggingface_hub: without a network, a cached copy of the revision still serves.
            if let cached { Self.note("\(message); using the cached \(file) of \(repo)"); return cached }
            throw HubError.network(url: url, message: message + Self.offlineHint)
        }
        let blob = cache.blobPath(repo, type: repoType, etag: meta.etag)
        try cache.tagCacheDirectory()
        if !FileManager.default.fileExists(atPath: blob) {
            try fetchBlob(meta, to: blob, repo: repo, type: repoType, file: file)
        }
        let pointer = try cache.link(repo, type: repoType, commit: meta.commit, file: file, etag: meta.etag)
        try cache.writeRef(repo, type: repoType, revision: revision, commit: meta.commit)
        return pointer
    }

    /// Fetches a blob under its lock into `<blob>.incomplete`, verifies it and moves it in place.
    private func fetchBlob(_ meta: FileMetadata, to blob: String, repo: String, type: HubRepoType, file: String) throws {
        try HubCache.makeDirectory((blob as NSString).deletingLastPathComponent)
        let lock = try HubFileLock(path: cache.lockPath(repo, type: type, etag: meta.etag))
        defer { withExtendedLifetime(lock) {} }
        // Another process may have finished it while we waited for the lock.
        if FileManager.default.fileExists(atPath: blob) { return }
        let partial = blob + ".incomplete"
        let (response, sha) = try http.download(meta.location, to: partial, expectedSize: meta.size,
                                                label: (file as NSString).lastPathComponent)
        guard response.status == 200 || response.status == 206 || response.status == 416 else {
            throw failure(response, repo: repo, revision: meta.commit, file: file)
        }
        let actual = HubHTTPClient.fileSize(partial)
        if let expected = meta.size, actual != expected {
            unlink(partial)
            throw HubError.sizeMismatch(file: file, expected: expected, actual: actual)
        }
        // LFS ETags are the SHA-256 of the content; git ETags (SHA-1 of the git blob) are not checked.
        if meta.etag.count == 64, meta.etag.allSatisfy(\.isHexDigit), sha != meta.etag.lowercased() {
            unlink(partial)
            throw HubError.checksumMismatch(file: file, expected: meta.etag, actual: sha)
        }
        guard rename(partial, blob) == 0 else {
            throw HubError.io(path: blob, message: "cannot move the download in place: \(String(cString: strerror(errno)))")
        }
    }

    // MARK: listing

    private struct TreeEntry: Decodable {
        struct LFS: Decodable { let oid: String?; let size: Int64? }
        let type: String
        let path: String
        let size: Int64?
        let lfs: LFS?
    }

    private struct RepoInfo: Decodable {
        struct Sibling: Decodable { let rfilename: String }
        let sha: String?
        let siblings: [Sibling]?
    }

    /// Seconds of retries after a failed connection before a cached copy serves instead.
    static let cachedRetryWindow = 10.0
    static let offlineHint = " (nothing of it is cached; HF_HUB_OFFLINE=1 uses only the cache)"

    /// One line on stderr: the Hub could not be reached and the cache serves.
    static func note(_ text: String) {
        FileHandle.standardError.write(Data(("hub: " + text + "\n").utf8))
    }

    private func getJSON<T: Decodable>(_ url: String, _: T.Type, repo: String, revision: String,
                                       retryWindow: Double? = nil) throws -> (T, HTTPResponse) {
        let r = try http.request("GET", url, retryWindow: retryWindow)
        guard r.status == 200 else { throw failure(r, repo: repo, revision: revision, file: nil) }
        return (try Self.decodeJSON(T.self, r), r)
    }

    static func decodeJSON<T: Decodable>(_: T.Type, _ r: HTTPResponse) throws -> T {
        do { return try JSONDecoder().decode(T.self, from: Data(r.body)) } catch {
            throw HubError.badResponse(url: r.url, message: "cannot decode the JSON answer: \(error)")
        }
    }

    /// One page of the tree API: its files (paths checked) and the next page's URL, if any.
    static func treePage(_ r: HTTPResponse) throws -> (files: [HubFileEntry], next: String?) {
        var files: [HubFileEntry] = []
        for e in try decodeJSON([TreeEntry].self, r) where e.type == "file" {
            try HubNames.validateFilePath(e.path)
            files.append(HubFileEntry(path: e.path, size: e.lfs?.size ?? e.size, sha256: e.lfs?.oid))
        }
        return (files, nextLink(r.header("link"), base: r.url))
    }

    /// The files of a repository at a revision (tree API, all pages, recursive; the query is
    /// spelled as huggingface_hub sends it). Offline, the files of the cached snapshot.
    public func listFiles(repo: String, revision: String = "main", repoType: HubRepoType = .model) throws -> [HubFileEntry] {
        try HubNames.validateRepoId(repo)
        try HubNames.validateRevision(revision)
        if settings.offline { return try cachedFiles(repo, type: repoType, revision: revision) }
        var url: String? = "\(settings.endpoint)/api/\(repoType.plural)/\(repo)/tree/\(HubNames.encode(revision, keepSlash: false))?recursive=True&expand=False"
        var out: [HubFileEntry] = []
        var pages = 0
        while let next = url {
            let r = try http.request("GET", next)
            guard r.status == 200 else { throw failure(r, repo: repo, revision: revision, file: nil) }
            let page = try Self.treePage(r)
            out += page.files
            url = page.next
            pages += 1
            if pages > 10_000 { throw HubError.badResponse(url: next, message: "more than 10000 pages") }
        }
        return out
    }

    /// The `rel="next"` target of a Link header.
    static func nextLink(_ header: String?, base: String) -> String? {
        guard let header else { return nil }
        for part in header.split(separator: ",") where part.contains("rel=\"next\"") {
            guard let open = part.firstIndex(of: "<"), let close = part.firstIndex(of: ">"), open < close else { continue }
            let target = String(part[part.index(after: open)..<close])
            return URL(string: target, relativeTo: URL(string: base))?.absoluteString
        }
        return nil
    }

    private func cachedFiles(_ repo: String, type: HubRepoType, revision: String) throws -> [HubFileEntry] {
        guard let commit = cache.commit(repo, type: type, revision: revision) else {
            throw HubError.offline("\(repo) at \(revision) is not in the cache (\(cache.root))")
        }
        let dir = cache.snapshotDirectory(repo, type: type, commit: commit)
        guard let walker = FileManager.default.enumerator(atPath: dir) else {
            throw HubError.offline("no snapshot of \(repo) at \(revision) in the cache")
        }
        var out: [HubFileEntry] = []
        while let rel = walker.nextObject() as? String {
            var isDir: ObjCBool = false
            if FileManager.default.fileExists(atPath: dir + "/" + rel, isDirectory: &isDir), !isDir.boolValue {
                out.append(HubFileEntry(path: rel, size: HubHTTPClient.fileSize(dir + "/" + rel), sha256: nil))
            }
        }
        return out.sorted { $0.path < $1.path }
    }

    // MARK: snapshots and models

    /// Downloads every file (or those matching `allow`, shell globs as in huggingface_hub) of a
    /// revision and returns the snapshot folder.
    public func snapshot(repo: String, revision: String = "main", repoType: HubRepoType = .model,
                         allow: [String]? = nil) throws -> String {
        try HubNames.validateRepoId(repo)
        try HubNames.validateRevision(revision)
        if settings.offline {
            guard let commit = cache.commit(repo, type: repoType, revision: revision) else {
                throw HubError.offline("\(repo) at \(revision) is not in the cache (\(cache.root))")
            }
            let dir = cache.snapshotDirectory(repo, type: repoType, commit: commit)
            guard FileManager.default.fileExists(atPath: dir) else { throw HubError.offline("no snapshot of \(repo) at \(revision) in the cache") }
            return dir
        }
        let url = "\(settings.endpoint)/api/\(repoType.plural)/\(repo)/revision/\(HubNames.encode(revision, keepSlash: false))"
        let cached = cache.commit(repo, type: repoType, revision: revision).map { cache.snapshotDirectory(repo, type: repoType, commit: $0) }
            .flatMap { FileManager.default.fileExists(atPath: $0) ? $0 : nil }
        let info: RepoInfo
        do {
            (info, _) = try getJSON(url, RepoInfo.self, repo: repo, revision: revision, retryWindow: cached == nil ? nil : Self.cachedRetryWindow)
        } catch HubError.network(let failedURL, let message) {
            // As hub_download: the cached snapshot of the revision serves when the Hub cannot be reached.
            if let cached { Self.note("\(message); using the cached snapshot of \(repo) at \(revision)"); return cached }
            throw HubError.network(url: failedURL, message: message + Self.offlineHint)
        }
        guard let commit = info.sha, HubNames.isSafeComponent(commit) else {
            throw HubError.badResponse(url: url, message: "no commit sha in the repository info")
        }
        let files = (info.siblings ?? []).map(\.rfilename).filter { HubClient.matches($0, allow) }
        for f in files { try HubNames.validateFilePath(f) }
        for f in files { _ = try download(repo: repo, file: f, revision: commit, repoType: repoType) }
        let dir = cache.snapshotDirectory(repo, type: repoType, commit: commit)
        try HubCache.makeDirectory(dir)
        try cache.writeRef(repo, type: repoType, revision: revision, commit: commit)
        return dir
    }

    /// huggingface_hub's pattern rule: fnmatch, where '*' also crosses '/', and a pattern ending
    /// in '/' means everything below it.
    static func matches(_ path: String, _ patterns: [String]?) -> Bool {
        guard let patterns else { return true }
        return patterns.contains { p in
            let pattern = p.hasSuffix("/") ? p + "*" : p
            return fnmatch(pattern, path, 0) == 0
        }
    }

    /// The files a causal LM (or a LoRA adapter) needs: configs, tokenizer, weights, index.
    public static let modelFilePatterns = [
        "config.json", "generation_config.json", "tokenizer.json", "tokenizer_config.json", "special_tokens_map.json",
        "vocab.json", "merges.txt", "chat_template.jinja", "*.safetensors", "model.safetensors.index.json",
        "adapter_config.json",
    ]

    /// A local model folder for `nameOrPath`: an existing directory as it is, else the Hub
    /// repository "org/name" fetched through the cache (only the files a model needs).
    public func resolveModel(_ nameOrPath: String, revision: String = "main") throws -> String {
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: nameOrPath, isDirectory: &isDir) {
            guard isDir.boolValue else { throw ModelError.unreadable(file: nameOrPath, "not a model folder (a model is a directory with config.json)") }
            return nameOrPath
        }
        // A path, not a Hub id: say so rather than "invalid repository id".
        if ["/", "./", "../", "~"].contains(where: nameOrPath.hasPrefix) {
            throw ModelError.unreadable(file: nameOrPath, "no such model folder")
        }
        let dir = try snapshot(repo: nameOrPath, revision: revision, repoType: .model, allow: HubClient.modelFilePatterns)
        let fm = FileManager.default
        guard fm.fileExists(atPath: dir + "/config.json") || fm.fileExists(atPath: dir + "/adapter_config.json") else {
            throw HubError.fileNotFound(repo: nameOrPath, file: "config.json", revision: revision)
        }
        return dir
    }
}

extension HubClient.FileMetadata {
    /// Read from the answer to a HEAD on the resolve URL (a 2xx, or the 3xx of a redirect).
    init(_ r: HTTPResponse, url: String) throws {
        guard let commit = r.header("x-repo-commit"), HubNames.isSafeComponent(commit) else {
            throw HubError.badResponse(url: url, message: "no usable X-Repo-Commit header (is HF_ENDPOINT a Hub?)")
        }
        guard let rawEtag = r.header("x-linked-etag") ?? r.header("etag") else {
            throw HubError.badResponse(url: url, message: "no ETag header")
        }
        let etag = try HubNames.normalizedEtag(rawEtag, url: url)
        let size = (r.header("x-linked-size") ?? r.header("content-length")).flatMap { Int64($0) }
        var location = url
        if (300..<400).contains(r.status), let next = r.header("location"),
           let absolute = URL(string: next, relativeTo: URL(string: r.url))?.absoluteString {
            location = absolute
        }
        self.init(commit: commit, etag: etag, size: size, location: location)
    }
}
