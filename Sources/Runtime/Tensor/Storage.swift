import Foundation

/// One contiguous, 64-byte aligned block of elements; either owned (freed on deinit) or borrowed from
/// an owner that keeps the memory alive (a memory-mapped safetensors file).
public final class Storage {
    public let dtype: DType
    public let count: Int
    public let raw: UnsafeMutableRawPointer
    private let owner: AnyObject?

    /// Owned storage, zero-filled unless `zeroed` is false (for outputs that are written whole).
    public init(dtype: DType, count: Int, zeroed: Bool = true) {
        self.dtype = dtype
        self.count = count
        let bytes = max(count * dtype.byteSize, 64)
        var p: UnsafeMutableRawPointer?
        guard posix_memalign(&p, 64, bytes) == 0, let ptr = p else {
            fatalError("out of memory allocating \(bytes) bytes") // unrecoverable: the OS refused memory
        }
        if zeroed { memset(ptr, 0, bytes) }
        raw = ptr
        owner = nil
    }

    /// Borrowed storage: `raw` stays valid while `owner` lives.
    public init(dtype: DType, count: Int, borrowing raw: UnsafeMutableRawPointer, owner: AnyObject) {
        self.dtype = dtype
        self.count = count
        self.raw = raw
        self.owner = owner
    }

    deinit { if owner == nil { free(raw) } }

    public var byteCount: Int { count * dtype.byteSize }
}
