import Foundation

/// The connection file a Jupyter client writes before starting the kernel: where to bind the
/// five sockets and the key that signs every message.
struct ConnectionFile: Decodable {
    let transport: String
    let ip: String
    let shellPort: Int
    let iopubPort: Int
    let stdinPort: Int
    let controlPort: Int
    let hbPort: Int
    let key: String
    let signatureScheme: String

    enum CodingKeys: String, CodingKey {
        case transport, ip, key
        case shellPort = "shell_port", iopubPort = "iopub_port", stdinPort = "stdin_port"
        case controlPort = "control_port", hbPort = "hb_port", signatureScheme = "signature_scheme"
    }

    init(from decoder: Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        transport = try c.decodeIfPresent(String.self, forKey: .transport) ?? "tcp"
        ip = try c.decodeIfPresent(String.self, forKey: .ip) ?? "127.0.0.1"
        shellPort = try c.decode(Int.self, forKey: .shellPort)
        iopubPort = try c.decode(Int.self, forKey: .iopubPort)
        stdinPort = try c.decode(Int.self, forKey: .stdinPort)
        controlPort = try c.decode(Int.self, forKey: .controlPort)
        hbPort = try c.decode(Int.self, forKey: .hbPort)
        key = try c.decodeIfPresent(String.self, forKey: .key) ?? ""
        signatureScheme = try c.decodeIfPresent(String.self, forKey: .signatureScheme) ?? "hmac-sha256"
    }

    struct Invalid: Error, CustomStringConvertible {
        let description: String
    }

    /// Reads and checks `path`; errors name the file and never show the key.
    static func read(_ path: String) throws -> ConnectionFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw Invalid(description: "\(path): cannot read the connection file")
        }
        let file: ConnectionFile
        do {
            file = try JSONDecoder().decode(ConnectionFile.self, from: data)
        } catch DecodingError.keyNotFound(let key, _) {
            throw Invalid(description: "\(path): the connection file has no \(key.stringValue)")
        } catch {
            throw Invalid(description: "\(path): not a Jupyter connection file (\(error))")
        }
        guard file.signatureScheme == "hmac-sha256" else {
            throw Invalid(description: "\(path): signature_scheme \(file.signatureScheme) is not supported (only hmac-sha256)")
        }
        guard file.transport == "tcp" || file.transport == "ipc" else {
            throw Invalid(description: "\(path): transport \(file.transport) is not supported (tcp or ipc)")
        }
        for (name, port) in [("shell_port", file.shellPort), ("iopub_port", file.iopubPort), ("stdin_port", file.stdinPort),
                             ("control_port", file.controlPort), ("hb_port", file.hbPort)] where !(1...65535).contains(port) {
            throw Invalid(description: "\(path): \(name) \(port) is not a port number")
        }
        return file
    }

    /// The ZeroMQ endpoint of one port (ipc names a file `ip-port`, as jupyter_client does).
    func endpoint(_ port: Int) -> String {
        transport == "ipc" ? "ipc://\(ip)-\(port)" : "tcp://\(ip):\(port)"
    }
}
