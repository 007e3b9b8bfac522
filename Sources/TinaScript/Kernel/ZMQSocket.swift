import CZmq
import Foundation

/// A ZeroMQ socket of the kernel: bound once, then sending and receiving whole multi-frame
/// messages. A socket is used by one thread at a time (the iopub socket, shared, behind a lock).
final class ZMQSocket {
    enum Kind { case router, publisher, reply }

    struct Failure: Error, CustomStringConvertible {
        let description: String
        init(_ what: String) { description = "\(what): \(String(cString: tina_zmq_strerror(tina_zmq_errno())))" }
    }

    let handle: UnsafeMutableRawPointer
    let endpoint: String

    init(context: ZMQContext, kind: Kind, endpoint: String) throws {
        let type: Int32
        switch kind {
        case .router: type = Int32(TINA_ZMQ_ROUTER)
        case .publisher: type = Int32(TINA_ZMQ_PUB)
        case .reply: type = Int32(TINA_ZMQ_REP)
        }
        guard let handle = tina_zmq_socket(context.handle, type) else { throw Failure("zmq socket") }
        self.handle = handle
        self.endpoint = endpoint
        _ = tina_zmq_set_linger(handle, 0)
        guard tina_zmq_bind(handle, endpoint) == 0 else {
            let failure = Failure("cannot bind \(endpoint)")
            _ = tina_zmq_close(handle)
            throw failure
        }
    }

    deinit { _ = tina_zmq_close(handle) }

    func send(_ frames: [[UInt8]]) throws {
        for (i, frame) in frames.enumerated() {
            let more: Int32 = i < frames.count - 1 ? 1 : 0
            let sent = frame.withUnsafeBytes { tina_zmq_send_frame(handle, $0.baseAddress, $0.count, more) }
            guard sent >= 0 else { throw Failure("zmq send on \(endpoint)") }
        }
    }

    /// Blocks until a whole message arrives.
    func receive() throws -> [[UInt8]] {
        var frames: [[UInt8]] = []
        var more: Int32 = 1
        while more != 0 {
            var data: UnsafeMutableRawPointer?
            let size = tina_zmq_receive_frame(handle, &data, &more)
            guard size >= 0, let data else { throw Failure("zmq receive on \(endpoint)") }
            frames.append([UInt8](UnsafeRawBufferPointer(start: data, count: size)))
            free(data)
        }
        return frames
    }

    /// Which of `sockets` have a message waiting, after at most `timeout` milliseconds (-1: forever).
    static func waitForInput(_ sockets: [ZMQSocket], timeout: Int) -> [Bool] {
        var handles: [UnsafeMutableRawPointer?] = sockets.map(\.handle)
        var ready = [Int32](repeating: 0, count: sockets.count)
        let n = tina_zmq_poll_input(&handles, &ready, Int32(sockets.count), timeout)
        return n > 0 ? ready.map { $0 != 0 } : [Bool](repeating: false, count: sockets.count)
    }
}

/// The process's ZeroMQ context (its I/O thread).
final class ZMQContext {
    let handle: UnsafeMutableRawPointer

    init() throws {
        guard let handle = tina_zmq_context() else { throw ZMQSocket.Failure("zmq context") }
        self.handle = handle
    }
}
