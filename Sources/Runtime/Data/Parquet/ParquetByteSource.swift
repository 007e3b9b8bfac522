import Foundation

/// Where a Parquet file's bytes come from: read by byte range, so that opening a file reads only
/// its footer and a row group only its column chunks. Every source counts what it hands out,
/// which tests use to check that nothing else was read.
protocol ParquetByteSource: AnyObject, Sendable {
    var file: String { get }
    var size: Int { get }
    /// The bytes in `range`, which lies inside the file (callers check it first).
    func read(_ range: Range<Int>) throws -> [UInt8]
    var stats: ParquetReadStats { get }
}

/// Bytes and reads handed out by a byte source.
public struct ParquetReadStats: Sendable, Equatable {
    public var bytes = 0
    public var reads = 0
}

/// A file on disk, read with `pread` into buffers of its own: pages of a memory map would count in
/// the process's resident memory until the kernel reclaims them, which for a file of several GB
/// read once from end to end is all of it.
final class ParquetDiskFile: ParquetByteSource, @unchecked Sendable {
    let file: String
    let size: Int
    private let lock = NSLock()
    private var counted = ParquetReadStats()

    init(path: String) throws {
        var info = stat()
        guard stat(path, &info) == 0 else {
            if errno == ENOENT { throw DatasetError.fileNotFound(path) }
            throw DatasetError.unreadable(path: path, reason: String(cString: strerror(errno)))
        }
        guard info.st_mode & S_IFMT == S_IFREG else { throw DatasetError.unreadable(path: path, reason: "not a regular file") }
        file = path
        size = Int(info.st_size)
    }

    var stats: ParquetReadStats { lock.withLock { counted } }

    /// Opens the file for each read rather than holding a descriptor for the life of a dataset:
    /// a Hub data set of hundreds of shards would otherwise hold hundreds of descriptors.
    func read(_ range: Range<Int>) throws -> [UInt8] {
        let fd = open(file, O_RDONLY)
        guard fd >= 0 else { throw DatasetError.unreadable(path: file, reason: String(cString: strerror(errno))) }
        defer { close(fd) }
        var out = [UInt8](repeating: 0, count: range.count)
        var done = 0
        try out.withUnsafeMutableBytes { dst in
            while done < range.count {
                let n = pread(fd, dst.baseAddress! + done, range.count - done, off_t(range.lowerBound + done))
                if n < 0 && errno == EINTR { continue }
                guard n > 0 else {
                    let reason = n == 0 ? "the file ends at byte \(range.lowerBound + done) (changed while open?)" : String(cString: strerror(errno))
                    throw DatasetError.unreadable(path: file, reason: reason)
                }
                done += n
            }
        }
        lock.withLock { counted.bytes += range.count; counted.reads += 1 }
        return out
    }
}

/// A file already in memory (the fuzz target's input, tests' hand-written files).
final class ParquetMemoryFile: ParquetByteSource, @unchecked Sendable {
    let file: String
    private let bytes: [UInt8]
    private let lock = NSLock()
    private var counted = ParquetReadStats()

    init(bytes: [UInt8], file: String) {
        self.bytes = bytes
        self.file = file
    }

    var size: Int { bytes.count }
    var stats: ParquetReadStats { lock.withLock { counted } }

    func read(_ range: Range<Int>) throws -> [UInt8] {
        lock.withLock { counted.bytes += range.count; counted.reads += 1 }
        return Array(bytes[range])
    }
}
