import CCurl
import Foundation

/// One HTTP answer: status, headers (lowercased names) and the URL that gave it.
struct HTTPResponse {
    var status: Int
    var headers: [String: String]
    var url: String
    var body: [UInt8]

    func header(_ name: String) -> String? { headers[name.lowercased()] }
}

/// One libcurl transfer and the state its C callbacks share through their user pointer: the Hub
/// client and the OpenAI-compatible client both run their requests through `perform`.
final class HTTPTransfer {
    var status = 0
    var headers: [String: String] = [:]
    var body: [UInt8] = []
    /// When set, a 2xx body goes to this file (and the hasher) instead of `body`.
    var file: FileHandle?
    var hasher: SHA256Hasher?
    /// When set, every chunk of a 2xx body is handed here as it arrives (streamed answers) and
    /// not kept in `body`; returning false aborts the transfer.
    var onChunk: ((UnsafeRawBufferPointer) -> Bool)?
    var written: Int64 = 0
    /// The whole file's size, when known: a body that would grow the file past it is refused.
    var expectedSize: Int64?
    var writeError: String?
    var progress: ProgressBar?
    var progressBase: Int64 = 0
    var interrupted = false
    /// Read timeout: the transfer is dropped when no byte arrives for this long.
    var readTimeout: Double = 30
    var lastBytes: Int64 = -1
    var lastActivity = HTTPTransfer.now()
    var timedOut = false

    static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    var isSuccess: Bool { (200..<300).contains(status) }

    /// Failures worth another try: connect, timeouts, drops mid-transfer.
    static let transientFailures: Set<UInt32> = [
        CURLE_COULDNT_RESOLVE_HOST.rawValue, CURLE_COULDNT_CONNECT.rawValue, CURLE_OPERATION_TIMEDOUT.rawValue,
        CURLE_PARTIAL_FILE.rawValue, CURLE_RECV_ERROR.rawValue, CURLE_SEND_ERROR.rawValue, CURLE_GOT_NOTHING.rawValue,
        CURLE_SSL_CONNECT_ERROR.rawValue, CURLE_HTTP2.rawValue, CURLE_HTTP2_STREAM.rawValue,
    ]

    /// Runs the request once (GET, HEAD, or POST with `body`); returns libcurl's result. Headers
    /// and the body land in this transfer; Ctrl-C and the read timeout abort it (see the flags).
    func perform(method: String, url: String, headers: [String], body: [UInt8]? = nil, connectTimeout: Double) throws -> CURLcode {
        _ = curlSetup
        guard let h = curl_easy_init() else { throw HubError.network(url: url, message: "curl_easy_init failed") }
        defer { curl_easy_cleanup(h) }
        var list: UnsafeMutablePointer<curl_slist>?
        for line in headers + ["User-Agent: tina-repl/1.0 (libcurl)"] { list = curl_slist_append(list, line) }
        defer { curl_slist_free_all(list) }
        let user = Unmanaged.passUnretained(self).toOpaque()
        _ = tina_curl_set_string(h, CURLOPT_URL, url)
        _ = tina_curl_set_slist(h, CURLOPT_HTTPHEADER, list)
        _ = tina_curl_set_long(h, CURLOPT_FOLLOWLOCATION, 0)
        _ = tina_curl_set_long(h, CURLOPT_NOSIGNAL, 1)
        _ = tina_curl_set_long(h, CURLOPT_CONNECTTIMEOUT_MS, max(1, Int(connectTimeout * 1000)))
        switch method {
        case "HEAD": _ = tina_curl_set_long(h, CURLOPT_NOBODY, 1)
        case "GET": _ = tina_curl_set_long(h, CURLOPT_HTTPGET, 1)
        default:
            _ = tina_curl_set_long(h, CURLOPT_POST, 1)
            _ = tina_curl_set_string(h, CURLOPT_CUSTOMREQUEST, method)
        }
        _ = tina_curl_set_write(h, curlWrite)
        _ = tina_curl_set_pointer(h, CURLOPT_WRITEDATA, user)
        _ = tina_curl_set_header_cb(h, curlHeader)
        _ = tina_curl_set_pointer(h, CURLOPT_HEADERDATA, user)
        _ = tina_curl_set_progress(h, curlProgress)
        _ = tina_curl_set_pointer(h, CURLOPT_XFERINFODATA, user)
        _ = tina_curl_set_long(h, CURLOPT_NOPROGRESS, 0)
        lastActivity = HTTPTransfer.now()
        let payload = body ?? []
        let rc = payload.withUnsafeBufferPointer { p -> CURLcode in
            if body != nil {
                _ = tina_curl_set_offset(h, CURLOPT_POSTFIELDSIZE_LARGE, curl_off_t(p.count))
                _ = tina_curl_set_pointer(h, CURLOPT_POSTFIELDS, UnsafeMutableRawPointer(mutating: p.baseAddress ?? UnsafePointer(bitPattern: 1)!))
            }
            return curl_easy_perform(h)
        }
        var code = 0
        _ = tina_curl_get_long(h, CURLINFO_RESPONSE_CODE, &code)
        if code != 0 { status = code }
        return rc
    }
}

private let curlSetup: Void = { _ = curl_global_init(Int(CURL_GLOBAL_DEFAULT)) }()

private let curlWrite: tina_curl_data_cb = { data, size, count, user in
    let t = Unmanaged<HTTPTransfer>.fromOpaque(user!).takeUnretainedValue()
    let n = size * count
    guard n > 0, let data else { return n }
    let chunk = UnsafeRawBufferPointer(start: data, count: n)
    if t.isSuccess, let file = t.file {
        if t.written == 0 && t.status == 200 && t.progressBase > 0 {
            // The server ignored the Range and sends the whole file: start it again from byte 0.
            do { try file.truncate(atOffset: 0) } catch { t.writeError = "\(error)"; return 0 }
            t.hasher = SHA256Hasher()
            t.progressBase = 0
        }
        if let expected = t.expectedSize, t.progressBase + t.written + Int64(n) > expected {
            t.writeError = "the server sent more than the file's \(expected) bytes"
            return 0
        }
        do { try file.write(contentsOf: Data(chunk)) } catch {
            t.writeError = "\(error)"
            return 0  // makes libcurl fail the transfer with CURLE_WRITE_ERROR
        }
        t.hasher?.update(chunk)
        t.written += Int64(n)
        t.progress?.update(to: t.progressBase + t.written)
    } else if t.isSuccess, let onChunk = t.onChunk {
        return onChunk(chunk) ? n : 0
    } else {
        t.body.append(contentsOf: chunk)
    }
    return n
}

private let curlHeader: tina_curl_data_cb = { data, size, count, user in
    let t = Unmanaged<HTTPTransfer>.fromOpaque(user!).takeUnretainedValue()
    let n = size * count
    guard let data else { return n }
    t.receiveHeaderLine(UnsafeRawBufferPointer(start: data, count: n))
    return n
}

extension HTTPTransfer {
    /// One header line as libcurl hands it over (with its CRLF): a status line starts a new
    /// header block (after 100 Continue or a redirect), `Name: value` sets a header.
    func receiveHeaderLine(_ bytes: UnsafeRawBufferPointer) {
        let line = String(decoding: bytes, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if line.hasPrefix("HTTP/") {
            let parts = line.split(separator: " ")
            status = parts.count > 1 ? Int(parts[1]) ?? 0 : 0
            headers = [:]
        } else if let colon = line.firstIndex(of: ":") {
            let name = line[..<colon].lowercased()
            headers[name] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
    }
}

/// libcurl calls this about once a second even when idle, so it also enforces the read timeout
/// (libcurl's own low-speed check averages over seconds and misses a stall after a fast start).
private let curlProgress: tina_curl_progress_cb = { user, _, downloaded, _, _ in
    let t = Unmanaged<HTTPTransfer>.fromOpaque(user!).takeUnretainedValue()
    if Interruption.isPending { t.interrupted = true; return 1 }
    let now = HTTPTransfer.now()
    if Int64(downloaded) != t.lastBytes {
        t.lastBytes = Int64(downloaded)
        t.lastActivity = now
    } else if now - t.lastActivity > t.readTimeout {
        t.timedOut = true
        return 1
    }
    return 0
}
