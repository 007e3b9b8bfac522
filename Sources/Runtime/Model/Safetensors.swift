import Foundation

/// A memory-mapped `.safetensors` file: u64 little-endian header length N, N bytes of JSON
/// {name: {dtype, shape, data_offsets [begin, end)}}, then the data. Tensors are views into the
/// mapping (read from it directly; writes go to private copy-on-write pages, never to the file).
public final class SafetensorsFile {
    public let path: String
    public let metadata: [String: String]
    public private(set) var entries: [String: Entry] = [:]
    private let mapping: Mapping

    public struct Entry {
        public let dtype: DType
        public let shape: [Int]
        public let begin: Int, end: Int
    }

    /// Keeps the mapping alive for every tensor that views it.
    final class Mapping {
        let base: UnsafeMutableRawPointer
        let length: Int
        init(base: UnsafeMutableRawPointer, length: Int) { self.base = base; self.length = length }
        deinit { munmap(base, length) }
    }

    static let maxHeader = 100_000_000

    public init(path: String) throws {
        self.path = path
        let name = (path as NSString).lastPathComponent
        let fd = open(path, O_RDONLY)
        guard fd >= 0 else {
            throw FileManager.default.fileExists(atPath: path) ? ModelError.unreadable(file: path, String(cString: strerror(errno)))
                                                                 : ModelError.missingFile(path)
        }
        defer { close(fd) }
        var st = stat()
        guard fstat(fd, &st) == 0 else { throw ModelError.unreadable(file: path, "cannot stat") }
        guard (st.st_mode & S_IFMT) == S_IFREG else { throw ModelError.unreadable(file: path, "not a regular file (a directory?)") }
        let length = Int(st.st_size)
        guard length >= 8 else { throw ModelError.truncated(file: name, expected: 8, found: length) }
        guard let base = mmap(nil, length, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0), base != MAP_FAILED else {
            throw ModelError.unreadable(file: path, "mmap failed: \(String(cString: strerror(errno)))")
        }
        mapping = Mapping(base: base, length: length)
        // Compared as the unsigned number it is: a length of 2^63 or more is no Int.
        let rawLength = UInt64(littleEndian: base.loadUnaligned(as: UInt64.self))
        guard rawLength <= UInt64(Self.maxHeader) else {
            throw ModelError.badHeader(file: name, "header length \(rawLength) exceeds the 100 MB limit (a damaged or mixed-up file?)")
        }
        let headerLength = Int(rawLength)
        guard 8 + headerLength <= length else {
            throw ModelError.badHeader(file: name, "header length \(headerLength) runs past the end of the \(length)-byte file")
        }
        // The project's own JSON reader: it keeps repeated keys (refused below) and integers exact.
        let header: TokenizerJSON
        do {
            header = try JSONReader.parse(UnsafeBufferPointer(start: base.advanced(by: 8).assumingMemoryBound(to: UInt8.self), count: headerLength))
        } catch {
            throw ModelError.badHeader(file: name, "header is not valid JSON (line \(error.line), column \(error.column): \(error.message))")
        }
        guard let pairs = header.objectValue else { throw ModelError.badHeader(file: name, "header is not a JSON object") }
        var metadata: [String: String] = [:]
        for (key, value) in header["__metadata__"]?.objectValue ?? [] {
            if let text = value.stringValue { metadata[key] = text }
        }
        self.metadata = metadata
        let dataLength = length - 8 - headerLength
        var spans: [(Int, Int, String)] = []
        for (key, info) in pairs where key != "__metadata__" {
            guard let dtypeName = info["dtype"]?.stringValue,
                  let shape = Self.integers(info["shape"]), let offsets = Self.integers(info["data_offsets"]), offsets.count == 2
            else { throw ModelError.badHeader(file: name, "entry '\(key)' lacks dtype, shape or data_offsets") }
            guard entries[key] == nil else { throw ModelError.badHeader(file: name, "tensor '\(key)' appears twice") }
            guard let dtype = DType(rawValue: dtypeName) else {
                throw ModelError.unknownDType(file: name, tensor: key, dtype: dtypeName)
            }
            let (begin, end) = (offsets[0], offsets[1])
            guard shape.allSatisfy({ $0 >= 0 }), begin >= 0, end >= begin else {
                throw ModelError.badOffsets(file: name, tensor: key, "invalid shape \(shape) or offsets [\(begin), \(end))")
            }
            guard let needed = Self.byteCount(shape, dtype) else {
                throw ModelError.badOffsets(file: name, tensor: key, "shape \(shape) of \(dtype) holds more bytes than any file")
            }
            guard end - begin == needed else {
                throw ModelError.badOffsets(file: name, tensor: key, "offsets [\(begin), \(end)) hold \(end - begin) bytes, shape \(shape) of \(dtype) needs \(needed)")
            }
            guard end <= dataLength else {
                throw ModelError.truncated(file: name, expected: 8 + headerLength + end, found: length)
            }
            entries[key] = Entry(dtype: dtype, shape: shape, begin: begin, end: end)
            spans.append((begin, end, key))
        }
        // The format requires the data section to be exactly covered, without holes or overlaps.
        spans.sort { $0.0 < $1.0 }
        var cursor = 0
        for (b, e, key) in spans {
            guard b == cursor else {
                throw ModelError.badOffsets(file: name, tensor: key, "data starts at \(b), expected \(cursor) (holes or overlaps)")
            }
            cursor = e
        }
        dataStart = 8 + headerLength
    }

    private var dataStart = 0

    /// A JSON array of integers (a shape or offsets), or nil.
    private static func integers(_ json: TokenizerJSON?) -> [Int]? {
        guard let items = json?.arrayValue else { return nil }
        let values = items.compactMap(\.intValue)
        return values.count == items.count ? values : nil
    }

    /// The bytes a tensor of this shape takes, or nil past Int's range (a hostile header).
    static func byteCount(_ shape: [Int], _ dtype: DType) -> Int? {
        var bytes = dtype.byteSize
        for d in shape {
            let (product, overflow) = bytes.multipliedReportingOverflow(by: d)
            if overflow { return nil }
            bytes = product
        }
        return bytes
    }

    public var names: [String] { entries.keys.sorted() }

    /// A tensor viewing the mapped data (bf16/f16 stay 16-bit).
    public func tensor(_ name: String) throws -> Tensor {
        guard let e = entries[name] else { throw ModelError.missingTensor(name) }
        let ptr = mapping.base + dataStart + e.begin
        let count = e.shape.reduce(1, *)
        if Int(bitPattern: ptr) % 4 != 0 && e.dtype == .f32 {
            // Unaligned float data: copy rather than read misaligned.
            let t = Tensor(zeros: e.shape)
            memcpy(t.storage.raw, ptr, e.end - e.begin)
            return t
        }
        return Tensor(shape: e.shape, storage: Storage(dtype: e.dtype, count: count, borrowing: ptr, owner: mapping))
    }

    /// Writes tensors in safetensors format (keys sorted, data 8-byte aligned as the reference writer
    /// does), atomically: a temporary file renamed into place.
    public static func write(_ tensors: [String: Tensor], metadata: [String: String] = ["format": "pt"], to path: String) throws {
        var header: [String: Any] = ["__metadata__": metadata]
        var offset = 0
        let names = tensors.keys.sorted()
        for n in names {
            let t = tensors[n]!
            let bytes = t.count * t.dtype.byteSize
            header[n] = ["dtype": t.dtype.rawValue, "shape": t.shape, "data_offsets": [offset, offset + bytes]] as [String: Any]
            offset += bytes
        }
        var json = try JSONSerialization.data(withJSONObject: header, options: [.sortedKeys])
        while (8 + json.count) % 8 != 0 { json.append(0x20) } // pad with spaces: data stays aligned
        var head = Data()
        withUnsafeBytes(of: UInt64(json.count).littleEndian) { head.append(contentsOf: $0) }
        head.append(json)
        // Streamed tensor by tensor: a checkpoint is never held twice in memory.
        try AtomicFile.write(to: path) { out in
            try out.write(contentsOf: head)
            for n in names {
                let t = tensors[n]!
                let base = t.storage.raw + t.offset * t.dtype.byteSize
                let total = t.count * t.dtype.byteSize
                var done = 0
                while done < total {
                    let len = min(1 << 26, total - done)
                    try out.write(contentsOf: Data(bytesNoCopy: base + done, count: len, deallocator: .none))
                    done += len
                }
            }
        }
    }
}

/// Whole-file writes that never leave a half-written file behind.
public enum AtomicFile {
    public static func write(_ data: Data, to path: String) throws {
        try write(to: path) { try $0.write(contentsOf: data) }
    }

    /// Streams the contents through `body`, then renames the temporary file into place.
    public static func write(to path: String, _ body: (FileHandle) throws -> Void) throws {
        let tmp = path + ".tmp-\(getpid())-\(UUID().uuidString)"
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty { try FileManager.default.createDirectory(atPath: parent, withIntermediateDirectories: true) }
        do {
            guard FileManager.default.createFile(atPath: tmp, contents: nil), let handle = FileHandle(forWritingAtPath: tmp) else {
                throw ModelError.unreadable(file: path, "cannot create \(tmp)")
            }
            defer { try? handle.close() }
            try body(handle)
            try handle.synchronize()
            guard rename(tmp, path) == 0 else {
                throw ModelError.unreadable(file: path, "rename failed: \(String(cString: strerror(errno)))")
            }
        } catch {
            unlink(tmp)
            throw error
        }
    }
}
