import CCurl
import Foundation

/// HTTP over libcurl with the Hub's rules: redirects are followed by hand so that the token is
/// sent only to the endpoint's own scheme, host and port; 5xx answers and dropped connections
/// are retried with exponential backoff.
final class HubHTTPClient {
    let settings: HubSettings

    init(settings: HubSettings) {
        self.settings = settings
    }

    enum RedirectPolicy { case none, sameHost, all }

    /// Transient failures worth another try (connect, timeouts, drops mid-transfer).
    private static let retryable = HTTPTransfer.transientFailures

    private struct AttemptFailure: Error { let code: CURLcode; let message: String }

    /// Host identity for the token rule: scheme, host and port.
    static func origin(_ url: String) -> String {
        guard let c = URLComponents(string: url) else { return url }
        let scheme = c.scheme?.lowercased() ?? ""
        let port = c.port ?? (scheme == "https" ? 443 : scheme == "http" ? 80 : 0)
        return "\(scheme)://\(c.host?.lowercased() ?? ""):\(port)"
    }

    /// The token goes to the Hub and its dataset viewer only, never to a CDN or another host.
    private var tokenOrigins: Set<String> {
        [HubHTTPClient.origin(settings.endpoint), HubHTTPClient.origin(settings.datasetsServer)]
    }

    /// One request with no retry. `transfer` receives headers and body.
    private func attempt(method: String, url: String, headers: [String], transfer: HTTPTransfer) throws {
        var all = headers
        if settings.token != nil, tokenOrigins.contains(HubHTTPClient.origin(url)) {
            all.append("Authorization: Bearer " + settings.token!)
        }
        transfer.readTimeout = settings.readTimeout
        let rc = try transfer.perform(method: method, url: url, headers: all, connectTimeout: settings.connectTimeout)
        if transfer.interrupted { throw Interruption.take(Interrupted.partialDownloadKept) }
        if transfer.timedOut {
            throw AttemptFailure(code: CURLE_OPERATION_TIMEDOUT, message: "read timeout: no data for \(settings.readTimeout) s")
        }
        if let e = transfer.writeError { throw HubError.io(path: url, message: "cannot write the download: \(e)") }
        guard rc == CURLE_OK else { throw AttemptFailure(code: rc, message: String(cString: curl_easy_strerror(rc))) }
    }

    private func delay(_ n: Int) -> Double { min(8, settings.backoff * pow(2, Double(n))) }

    /// Sleeps for the backoff of retry `n` (0-based), waking early on Ctrl-C.
    private func backoff(_ n: Int) throws {
        let end = Date().addingTimeInterval(delay(n))
        while Date() < end {
            try Interruption.check(Interrupted.partialDownloadKept)
            usleep(20_000)
        }
    }

    /// A request with retries and redirects. `prepare` sets up each fresh try (for resumed
    /// downloads it opens the file and adds the Range header). `retryWindow`: connection failures
    /// are retried for at most this many seconds after the first (when a cached copy can serve).
    func request(_ method: String, _ url: String, headers: [String] = [], redirects: RedirectPolicy = .all,
                 retryWindow: Double? = nil, prepare: ((HTTPTransfer) throws -> [String])? = nil) throws -> HTTPResponse {
        var current = url
        var hops = 0
        var retries = 0
        var firstFailure: Date?
        while true {
            try Interruption.check(Interrupted.partialDownloadKept)
            let transfer = HTTPTransfer()
            let extra = try prepare?(transfer) ?? []
            do {
                try attempt(method: method, url: current, headers: headers + extra, transfer: transfer)
            } catch let f as AttemptFailure {
                try transfer.file?.close()
                let failedAt = firstFailure ?? Date()
                firstFailure = failedAt
                let windowLeft = retryWindow.map { Date().timeIntervalSince(failedAt) + delay(retries) <= $0 } ?? true
                guard HubHTTPClient.retryable.contains(f.code.rawValue), retries < settings.maxRetries, windowLeft else {
                    let tries = retries + 1
                    throw HubError.network(url: current, message: f.message + (tries > 1 ? " (after \(tries) tries)" : ""))
                }
                try backoff(retries)
                retries += 1
                continue
            }
            try transfer.file?.close()
            let status = transfer.status
            if status >= 500 || status == 429 {
                guard retries < settings.maxRetries else { return response(transfer, current) }
                try backoff(retries)
                retries += 1
                continue
            }
            if [301, 302, 303, 307, 308].contains(status), let location = transfer.headers["location"], redirects != .none {
                guard let next = URL(string: location, relativeTo: URL(string: current))?.absoluteString else {
                    throw HubError.badResponse(url: current, message: "bad redirect location")
                }
                if redirects == .sameHost && HubHTTPClient.origin(next) != HubHTTPClient.origin(current) {
                    return response(transfer, current)
                }
                hops += 1
                guard hops <= 10 else { throw HubError.badResponse(url: url, message: "more than 10 redirects") }
                current = next
                continue
            }
            return response(transfer, current)
        }
    }

    private func response(_ t: HTTPTransfer, _ url: String) -> HTTPResponse {
        HTTPResponse(status: t.status, headers: t.headers, url: url, body: t.body)
    }

    /// Downloads `url` into `path`, appending to what is already there (a `.incomplete` file)
    /// with a Range request; returns the final response and the SHA-256 of the whole file.
    func download(_ url: String, to path: String, expectedSize: Int64?, label: String) throws -> (HTTPResponse, String) {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) && !fm.createFile(atPath: path, contents: nil) {
            throw HubError.io(path: path, message: "cannot create the partial download file")
        }
        // `hasher` covers the first `hashed` bytes of the file.
        var hasher = SHA256Hasher()
        var hashed: Int64 = 0
        let bar = settings.showProgress
            ? ProgressBar(label: label, total: expectedSize, unit: .bytes, initial: 0, output: settings.progressOutput) : nil
        var lastTransfer: HTTPTransfer?
        let response = try request("GET", url, headers: ["Accept-Encoding: identity"]) { transfer in
            if let last = lastTransfer, let h = last.hasher {
                hasher = h
                hashed = last.progressBase + last.written
            }
            let size = HubHTTPClient.fileSize(path)
            if size != hashed {
                hasher = try HubHTTPClient.hashFile(path)
                hashed = size
            }
            guard let handle = FileHandle(forWritingAtPath: path) else {
                throw HubError.io(path: path, message: "cannot open for writing")
            }
            try handle.seekToEnd()
            transfer.file = handle
            transfer.hasher = hasher
            transfer.progress = bar
            transfer.progressBase = size
            transfer.expectedSize = expectedSize
            bar?.update(to: size)
            lastTransfer = transfer
            return size > 0 ? ["Range: bytes=\(size)-"] : []
        }
        bar?.finish()
        guard let last = lastTransfer else { throw HubError.badResponse(url: url, message: "no transfer was made") }
        switch response.status {
        case 200, 206:
            // (A 200 to a Range request restarted the file from byte 0 as it arrived.)
            return (response, finalHash(last))
        case 416:
            // Nothing left to fetch: the partial file is already whole (its size is checked later).
            var h = try HubHTTPClient.hashFile(path)
            return (response, h.finalizeHex())
        default:
            return (response, "")
        }
    }

    static func fileSize(_ path: String) -> Int64 {
        var st = stat()
        return stat(path, &st) == 0 ? Int64(st.st_size) : 0
    }

    private func finalHash(_ t: HTTPTransfer) -> String {
        var h = t.hasher ?? SHA256Hasher()
        return h.finalizeHex()
    }

    static func hashFile(_ path: String) throws -> SHA256Hasher {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw HubError.io(path: path, message: "cannot open for reading") }
        defer { try? handle.close() }
        var h = SHA256Hasher()
        while true {
            try Interruption.check(Interrupted.partialDownloadKept)
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { h.update($0) }
        }
        return h
    }
}
