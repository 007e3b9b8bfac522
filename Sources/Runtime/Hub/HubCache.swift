import Foundation

/// The kinds of Hub repository, with their URL and cache-folder prefixes.
public enum HubRepoType: String, Sendable, CaseIterable {
    case model, dataset, space

    /// Path prefix of `resolve` URLs ("" for models).
    var urlPrefix: String { self == .model ? "" : rawValue + "s/" }
    /// `models`, `datasets`, `spaces`: the API path and the cache folder prefix.
    var plural: String { rawValue + "s" }

    public init(name: String) throws {
        switch name.lowercased() {
        case "model", "models": self = .model
        case "dataset", "datasets": self = .dataset
        case "space", "spaces": self = .space
        default: throw HubError.invalidRepoType(name)
        }
    }
}

/// huggingface_hub's cache layout, so that files either tool fetched are reused by the other:
/// `<root>/models--org--name/{blobs/<etag>, snapshots/<commit>/<path> → ../../blobs/<etag>,
/// refs/<revision>}` and a lock per blob in `<root>/.locks/models--org--name/<etag>.lock`.
public struct HubCache: Sendable {
    public let root: String

    public init(root: String) { self.root = root }

    public func folderName(_ repo: String, type: HubRepoType) -> String {
        type.plural + "--" + repo.replacingOccurrences(of: "/", with: "--")
    }

    public func repoDirectory(_ repo: String, type: HubRepoType) -> String {
        root + "/" + folderName(repo, type: type)
    }

    public func blobPath(_ repo: String, type: HubRepoType, etag: String) -> String {
        repoDirectory(repo, type: type) + "/blobs/" + etag
    }

    public func snapshotDirectory(_ repo: String, type: HubRepoType, commit: String) -> String {
        repoDirectory(repo, type: type) + "/snapshots/" + commit
    }

    func lockPath(_ repo: String, type: HubRepoType, etag: String) -> String {
        root + "/.locks/" + folderName(repo, type: type) + "/" + etag + ".lock"
    }

    /// The commit a revision points to: a full commit hash is itself, otherwise `refs/<revision>`.
    public func commit(_ repo: String, type: HubRepoType, revision: String) -> String? {
        if HubNames.isCommitHash(revision) { return revision }
        let ref = repoDirectory(repo, type: type) + "/refs/" + revision
        guard let text = try? String(contentsOfFile: ref, encoding: .utf8) else { return nil }
        let commit = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return HubNames.isSafeComponent(commit) ? commit : nil
    }

    /// The cached file for `revision`, if present.
    public func cachedFile(_ repo: String, type: HubRepoType, revision: String, file: String) -> String? {
        guard let commit = commit(repo, type: type, revision: revision) else { return nil }
        let path = snapshotDirectory(repo, type: type, commit: commit) + "/" + file
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    func writeRef(_ repo: String, type: HubRepoType, revision: String, commit: String) throws {
        guard revision != commit else { return }
        let ref = repoDirectory(repo, type: type) + "/refs/" + revision
        if (try? String(contentsOfFile: ref, encoding: .utf8)) == commit { return }
        try HubCache.makeDirectory((ref as NSString).deletingLastPathComponent)
        let temp = ref + ".tmp-\(getpid())-\(UUID().uuidString)" // unique per writer, threads included
        do {
            try commit.write(toFile: temp, atomically: false, encoding: .utf8)
            guard rename(temp, ref) == 0 else { throw HubError.io(path: ref, message: String(cString: strerror(errno))) }
        } catch let e as HubError { throw e } catch {
            throw HubError.io(path: ref, message: "cannot write the ref: \(error)")
        }
    }

    /// Points `snapshots/<commit>/<file>` at the blob with a relative link, as huggingface_hub does.
    func link(_ repo: String, type: HubRepoType, commit: String, file: String, etag: String) throws -> String {
        let pointer = snapshotDirectory(repo, type: type, commit: commit) + "/" + file
        try HubCache.makeDirectory((pointer as NSString).deletingLastPathComponent)
        let depth = file.split(separator: "/").count + 1  // up to the repo folder: the file's dirs + commit + snapshots
        let target = String(repeating: "../", count: depth) + "blobs/" + etag
        if let existing = try? FileManager.default.destinationOfSymbolicLink(atPath: pointer), existing == target {
            return pointer
        }
        unlink(pointer)
        guard symlink(target, pointer) == 0 else {
            throw HubError.io(path: pointer, message: "cannot create the snapshot link: \(String(cString: strerror(errno)))")
        }
        return pointer
    }

    /// Marks the root as a cache (https://bford.info/cachedir/) so backup tools skip it, as
    /// huggingface_hub does.
    func tagCacheDirectory() throws {
        let tag = root + "/CACHEDIR.TAG"
        if FileManager.default.fileExists(atPath: tag) { return }
        try HubCache.makeDirectory(root)
        let text = "Signature: 8a477f597d28d172789f06886806bc55\n# This file is a cache directory tag (Hugging Face Hub cache).\n"
            + "# For information about cache directory tags, see:\n#\thttps://bford.info/cachedir/\n"
        try? text.write(toFile: tag, atomically: true, encoding: .utf8)
    }

    static func makeDirectory(_ path: String) throws {
        do { try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true) } catch {
            throw HubError.io(path: path, message: "cannot create the directory: \(error.localizedDescription)")
        }
    }
}

/// Checks on names that come from users and servers before they become paths or URLs.
enum HubNames {
    private static let idCharacters = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.")

    /// huggingface_hub's rule: `name` or `org/name`, word characters, '-' and '.', no '--' or
    /// '..', not starting or ending with '-' or '.', at most 96 characters.
    static func validateRepoId(_ repo: String) throws {
        let parts = repo.split(separator: "/", omittingEmptySubsequences: false)
        let ok = !repo.isEmpty && repo.count <= 96 && parts.count <= 2
            && parts.allSatisfy { p in
                !p.isEmpty && p.allSatisfy(idCharacters.contains) && !"-.".contains(p.first!) && !"-.".contains(p.last!)
            }
            && !repo.contains("--") && !repo.contains("..") && !repo.hasSuffix(".git")
        if !ok { throw HubError.invalidRepoId(repo) }
    }

    /// A repository file path must stay inside its snapshot folder.
    static func validateFilePath(_ path: String) throws {
        if path.isEmpty { throw HubError.invalidPath(path, reason: "empty name") }
        if path.hasPrefix("/") { throw HubError.invalidPath(path, reason: "absolute path would escape the cache") }
        if path.contains("\\") || path.contains("\0") { throw HubError.invalidPath(path, reason: "backslash or NUL in the name") }
        for part in path.split(separator: "/", omittingEmptySubsequences: false) {
            if part.isEmpty { throw HubError.invalidPath(path, reason: "empty path component") }
            if part == "." || part == ".." { throw HubError.invalidPath(path, reason: "'\(part)' component would escape the cache") }
        }
    }

    static func validateRevision(_ revision: String) throws {
        if revision.isEmpty || revision.hasPrefix("/") || revision.contains("\\") || revision.contains("\0")
            || revision.split(separator: "/", omittingEmptySubsequences: false).contains(where: { $0.isEmpty || $0 == "." || $0 == ".." }) {
            throw HubError.invalidRevision(revision)
        }
    }

    static func isCommitHash(_ s: String) -> Bool {
        s.count == 40 && s.allSatisfy { $0.isHexDigit }
    }

    static func isSafeComponent(_ s: String) -> Bool {
        !s.isEmpty && s != "." && s != ".." && s.count <= 128 && s.allSatisfy(idCharacters.contains)
    }

    /// ETag without the weak marker and quotes; refused unless it is a safe file name.
    static func normalizedEtag(_ raw: String, url: String) throws -> String {
        var e = raw.trimmingCharacters(in: .whitespaces)
        if e.hasPrefix("W/") { e.removeFirst(2) }
        e = e.trimmingCharacters(in: CharacterSet(charactersIn: "\""))
        guard isSafeComponent(e) else { throw HubError.badResponse(url: url, message: "unusable ETag '\(raw)'") }
        return e
    }

    /// Percent-encodes a URL path; `keepSlash` leaves '/' between components.
    static func encode(_ s: String, keepSlash: Bool) -> String {
        var allowed = CharacterSet(charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.~")
        if keepSlash { allowed.insert("/") }
        return s.addingPercentEncoding(withAllowedCharacters: allowed) ?? s
    }
}

/// An exclusive advisory lock (flock) on a file, so two processes never write one blob at once.
final class HubFileLock {
    private let fd: Int32

    init(path: String) throws {
        try HubCache.makeDirectory((path as NSString).deletingLastPathComponent)
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw HubError.io(path: path, message: "cannot open the lock file: \(String(cString: strerror(errno)))") }
        // Poll rather than block so Ctrl-C still stops a process waiting on another's download.
        while flock(fd, LOCK_EX | LOCK_NB) != 0 {
            guard errno == EWOULDBLOCK || errno == EINTR else {
                let message = String(cString: strerror(errno))
                close(fd)
                throw HubError.io(path: path, message: "cannot lock: \(message)")
            }
            if Interruption.isPending { close(fd); throw Interruption.take(Interrupted.partialDownloadKept) }
            usleep(50_000)
        }
    }

    deinit {
        flock(fd, LOCK_UN)
        close(fd)
    }
}
