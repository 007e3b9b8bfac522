import CCurl
import Foundation

/// One HTTP answer: status, headers (lowercased names) and the URL that gave it.
struct HubHTTPResponse {
    var status: Int
    var headers: [String: String]
    var url: String
    var body: [UInt8]

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// State shared with libcurl's C callbacks through their user pointer.
final class HubTransfer {
    var status = 0
    var headers: [String: String] = [:]
    var body: [UInt8] = []
    /// When set, a 2xx body goes to this file (and the hasher) instead of `body`.
    var file: FileHandle?
    var hasher: SHA256Hasher?
    var written: Int64 = 0
    var writeError: String?
    var progress: ProgressBar?
    var progressBase: Int64 = 0
    var interrupted = false
    /// Read timeout: the transfer is dropped when no byte arrives for this long.
    var readTimeout: Double = 30
    var lastBytes: Int64 = -1
    var lastActivity = HubTransfer.now()
    var timedOut = false

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    var isSuccess: Bool { (200..<300).contains(status) }
}

private let curlWrite: tina_curl_data_cb = { data, size, count, user in
    let t = Unmanaged<HubTransfer>.fromOpaque(user!).takeUnretainedValue()
    let n = size * count
    guard n > 0, let data else { return n }
    let chunk = UnsafeRawBufferPointer(start: data, count: n)
    if t.isSuccess, let file = t.file {
        do { try file.write(contentsOf: Data(chunk)) } catch {
            t.writeError = "\(error)"
            return 0  // makes libcurl fail the transfer with CURLE_WRITE_ERROR
        }
        t.hasher?.update(chunk)
        t.written += Int64(n)
        t.progress?.update(to: t.progressBase + t.written)
    } else {
        t.body.append(contentsOf: chunk)
    }
    return n
}

private let curlHeader: tina_curl_data_cb = { data, size, count, user in
    let t = Unmanaged<HubTransfer>.fromOpaque(user!).takeUnretainedValue()
    let n = size * count
    guard let data else { return n }
    let line = String(decoding: UnsafeRawBufferPointer(start: data, count: n), as: UTF8.self)
        .trimmingCharacters(in: .whitespacesAndNewlines)
    if line.hasPrefix("HTTP/") {
        // A new status line (after 100 Continue, say) starts a new header block.
        let parts = line.split(separator: " ")
        t.status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
        t.headers = [:]
    } else if let colon = line.firstIndex(of: ":") {
        let name = line[..<colon].lowercased()
        let value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        t.headers[name] = value
    }
    return n
}

/// libcurl calls this about once a second even when idle, so it also enforces the read timeout
/// (libcurl's own low-speed check averages over seconds and misses a stall after a fast start).
private let curlProgress: tina_curl_progress_cb = { user, _, downloaded, _, _ in
    let t = Unmanaged<HubTransfer>.fromOpaque(user!).takeUnretainedValue()
    if tinaInterrupted() { t.interrupted = true; return 1 }
    let now = HubTransfer.now()
    if Int64(downloaded) != t.lastBytes {
        t.lastBytes = Int64(downloaded)
        t.lastActivity = now
    } else if now - t.lastActivity > t.readTimeout {
        t.timedOut = true
        return 1
    }
    return 0
}

private let curlSetup: Void = { _ = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

/// HTTP over libcurl with the Hub's rules: redirects are followed by hand so that the token is
/// sent only to the endpoint's own scheme, host and port; 5xx answers and dropped connections
/// are retried with exponential backoff.
final class HubHTTPClient {
    let settings: HubSettings

    init(settings: HubSettings) {
        _ = curlSetup
        self.settings = settings
    }

    enum RedirectPolicy { case none, sameHost, all }

    /// Transient failures worth another try (connect, timeouts, drops mid-transfer).
    private static let retryable: Set<UInt32> = [
        CURLE_COULDNT_RESOLVE_HOST.rawValue, CURLE_COULDNT_CONNECT.rawValue, CURLE_OPERATION_TIMEDOUT.rawValue,
        CURLE_PARTIAL_FILE.rawValue, CURLE_RECV_ERROR.rawValue, CURLE_SEND_ERROR.rawValue, CURLE_GOT_NOTHING.rawValue,
        CURLE_SSL_CONNECT_ERROR.rawValue, CURLE_HTTP2.rawValue, CURLE_HTTP2_STREAM.rawValue,
    ]

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
    private func attempt(method: String, url: String, headers: [String], transfer: HubTransfer) throws {
        guard let h = curl_easy_init() else { throw HubError.network(url: url, message: "curl_easy_init failed") }
        defer { curl_easy_cleanup(h) }
        var list: UnsafeMutablePointer<curl_slist>?
        var all = headers + ["User-Agent: tina-repl/1.0 (libcurl)"]
        if settings.token != nil, tokenOrigins.contains(HubHTTPClient.origin(url)) {
            all.append("Authorization: Bearer " + settings.token!)
        }
        for line in all { list = curl_slist_append(list, line) }
        defer { curl_slist_free_all(list) }
        let user = Unmanaged.passUnretained(transfer).toOpaque()
        _ = tina_curl_set_string(h, CURLOPT_URL, url)
        _ = tina_curl_set_slist(h, CURLOPT_HTTPHEADER, list)
        _ = tina_curl_set_long(h, CURLOPT_FOLLOWLOCATION, 0)
        _ = tina_curl_set_long(h, CURLOPT_NOSIGNAL, 1)
        _ = tina_curl_set_long(h, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int(settings.connectTimeout * 1000)))
        if method == "HEAD" { _ = tina_curl_set_long(h, CURLOPT_NOBODY, 1) } else { _ = tina_curl_set_long(h, CURLOPT_HTTPGET, 1) }
        _ = tina_curl_set_write(h, curlWrite)
        _ = tina_curl_set_pointer(h, CURLOPT_WRITEDATA, user)
        _ = tina_curl_set_header_cb(h, curlHeader)
        _ = tina_curl_set_pointer(h, CURLOPT_HEADERDATA, user)
        _ = tina_curl_set_progress(h, curlProgress)
        _ = tina_curl_set_pointer(h, CURLOPT_XFERINFODATA, user)
        _ = tina_curl_set_long(h, CURLOPT_NOPROGRESS, 0)
        transfer.readTimeout = settings.readTimeout
        transfer.lastActivity = HubTransfer.now()
        let rc = curl_easy_perform(h)
        if transfer.interrupted { throw HubError.interrupted }
        if transfer.timedOut {
            throw AttemptFailure(code: CURLE_OPERATION_TIMEDOUT, message: "read timeout: no data for \(settings.readTimeout) s")
        }
        if let e = transfer.writeError { throw HubError.io(path: url, message: "cannot write the download: \(e)") }
        guard rc == CURLE_OK else { throw AttemptFailure(code: rc, message: String(cString: curl_easy_strerror(rc))) }
        var code = 0
        _ = tina_curl_get_long(h, CURLINFO_RESPONSE_CODE, &code)
        if code != 0 { transfer.status = code }
    }

    /// Sleeps for the backoff of retry `n` (0-based), waking early on Ctrl-C.
    private func backoff(_ n: Int) throws {
        let delay = min(8, settings.backoff * pow(2, Double(n)))
        let end = Date().addingTimeInterval(delay)
        while Date() < end {
            if tinaInterrupted() { throw HubError.interrupted }
            usleep(20_000)
        }
    }

    /// A request with retries and redirects. `prepare` sets up each fresh try (for resumed
    /// downloads it opens the file and adds the Range header).
    func request(_ method: String, _ url: String, headers: [String] = [], redirects: RedirectPolicy = .all,
                 prepare: ((HubTransfer) throws -> [String])? = nil) throws -> HubHTTPResponse {
        var current = url
        var hops = 0
        var retries = 0
        while true {
            if tinaInterrupted() { throw HubError.interrupted }
            let transfer = HubTransfer()
            let extra = try prepare?(transfer) ?? []
            do {
                try attempt(method: method, url: current, headers: headers + extra, transfer: transfer)
            } catch let f as AttemptFailure {
                try transfer.file?.close()
                guard HubHTTPClient.retryable.contains(f.code.rawValue), retries < settings.maxRetries else {
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

    private func response(_ t: HubTransfer, _ url: String) -> HubHTTPResponse {
        HubHTTPResponse(status: t.status, headers: t.headers, url: url, body: t.body)
    }

    /// Downloads `url` into `path`, appending to what is already there (a `.incomplete` file)
    /// with a Range request; returns the final response and the SHA-256 of the whole file.
    func download(_ url: String, to path: String, expectedSize: Int64?, label: String) throws -> (HubHTTPResponse, String) {
        let fm = FileManager.default
        if !fm.fileExists(atPath: path) && !fm.createFile(atPath: path, contents: nil) {
            throw HubError.io(path: path, message: "cannot create the partial download file")
        }
        // `hasher` covers the first `hashed` bytes of the file.
        var hasher = SHA256Hasher()
        var hashed: Int64 = 0
        let bar = settings.showProgress
            ? ProgressBar(label: label, total: expectedSize, unit: .bytes, initial: 0, output: settings.progressOutput) : nil
        var lastTransfer: HubTransfer?
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
            bar?.update(to: size)
            lastTransfer = transfer
            return size > 0 ? ["Range: bytes=\(size)-"] : []
        }
        bar?.finish()
        guard let last = lastTransfer else { throw HubError.badResponse(url: url, message: "no transfer was made") }
        switch response.status {
        case 206:
            return (response, finalHash(last))
        case 200 where last.progressBase > 0:
            // The server ignored the Range and sent the whole file after the stale part.
            try HubHTTPClient.keepTail(path, from: last.progressBase)
            var h = try HubHTTPClient.hashFile(path)
            return (response, h.finalizeHex())
        case 200:
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

    private func finalHash(_ t: HubTransfer) -> String {
        var h = t.hasher ?? SHA256Hasher()
        return h.finalizeHex()
    }

    static func hashFile(_ path: String) throws -> SHA256Hasher {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw HubError.io(path: path, message: "cannot open for reading") }
        defer { try? handle.close() }
        var h = SHA256Hasher()
        while true {
            if tinaInterrupted() { throw HubError.interrupted }
            let chunk = handle.readData(ofLength: 1 << 20)
            if chunk.isEmpty { break }
            chunk.withUnsafeBytes { h.update($0) }
        }
        return h
    }

    /// Drops the first `offset` bytes (a stale partial download before a full 200 body).
    private static func keepTail(_ path: String, from offset: Int64) throws {
        guard let data = FileManager.default.contents(atPath: path) else { throw HubError.io(path: path, message: "cannot read") }
        try Data(data.dropFirst(Int(offset))).write(to: URL(fileURLWithPath: path))
    }
}
