import CKernels
import Foundation

/// An n-dimensional array over contiguous row-major storage. A reshape or a slice along the first
/// axis is a view sharing storage; other layout changes copy. Tensors that take part in autograd
/// carry `requiresGrad`; a frozen tensor (the default) never gets a gradient allocated.
public final class Tensor {
    public let shape: [Int]
    public let storage: Storage
    /// Offset into `storage`, in elements.
    public let offset: Int
    public var requiresGrad: Bool
    /// Accumulated gradient (float32, same shape), for tensors that require it.
    public var grad: Tensor?
    public var name: String?

    public init(shape: [Int], storage: Storage, offset: Int = 0, requiresGrad: Bool = false) {
        self.shape = shape
        self.storage = storage
        self.offset = offset
        self.requiresGrad = requiresGrad
    }

    /// Zeros of the given shape and dtype.
    public convenience init(zeros shape: [Int], dtype: DType = .f32, requiresGrad: Bool = false) {
        self.init(shape: shape, storage: Storage(dtype: dtype, count: shape.reduce(1, *)), requiresGrad: requiresGrad)
    }

    /// A float32 tensor whose elements are garbage: only for an op's output that the op writes whole
    /// (a zero fill of every fresh tensor was 6% of a small model's training step).
    convenience init(uninitialized shape: [Int]) {
        self.init(shape: shape, storage: Storage(dtype: .f32, count: shape.reduce(1, *), zeroed: false))
    }

    /// Float32 tensor from values; throws if their count does not match the shape.
    public convenience init(_ values: [Float], shape: [Int], requiresGrad: Bool = false) throws {
        let n = shape.reduce(1, *)
        guard values.count == n, shape.allSatisfy({ $0 >= 0 }) else {
            throw TensorError.shapeMismatch(op: "Tensor", expected: shape, found: [values.count])
        }
        self.init(zeros: shape, requiresGrad: requiresGrad)
        values.withUnsafeBufferPointer { src in
            if n > 0 { data.update(from: src.baseAddress!, count: n) }
        }
    }

    public convenience init(scalar: Float) {
        self.init(zeros: [])
        data[0] = scalar
    }

    public var dtype: DType { storage.dtype }
    public var rank: Int { shape.count }
    public var count: Int { shape.reduce(1, *) }
    public var rows: Int { shape.count <= 1 ? 1 : shape.dropLast().reduce(1, *) }
    public var cols: Int { shape.last ?? 1 }

    /// Float32 elements. Call only on f32 tensors (ops check with `requireF32` first).
    @inline(__always)
    public var data: UnsafeMutablePointer<Float> {
        storage.raw.assumingMemoryBound(to: Float.self) + offset
    }

    /// Raw 16-bit elements of a bf16/f16 tensor.
    @inline(__always)
    public var halfData: UnsafeMutablePointer<UInt16> {
        storage.raw.assumingMemoryBound(to: UInt16.self) + offset
    }

    public func requireF32(_ op: String) throws {
        if dtype != .f32 { throw TensorError.dtypeMisuse(op: op, expected: .f32, found: dtype) }
    }

    /// Values as a Swift array (converted to float32).
    public var floats: [Float] {
        let t = (try? toF32()) ?? self
        return Array(UnsafeBufferPointer(start: t.data, count: count))
    }

    public var scalar: Float { floats.first ?? 0 }

    // MARK: dtype conversion

    /// A float32 copy (or `self` when already float32).
    public func toF32() throws -> Tensor {
        switch dtype {
        case .f32: return self
        case .bf16:
            let out = Tensor(zeros: shape)
            tina_bf16_to_f32(halfData, out.data, count)
            return out
        case .f16:
            let out = Tensor(zeros: shape)
            tina_f16_to_f32(halfData, out.data, count)
            return out
        }
    }

    /// A copy in `target` dtype (float32 values rounded to nearest even).
    public func converted(to target: DType) throws -> Tensor {
        if target == dtype { return self }
        let src = try toF32()
        let out = Tensor(zeros: shape, dtype: target)
        switch target {
        case .f32: return src
        case .bf16: tina_f32_to_bf16(src.data, out.halfData, count)
        case .f16: tina_f32_to_f16(src.data, out.halfData, count)
        }
        return out
    }

    // MARK: element access (for tests and small glue; ops use pointers)

    public func flatIndex(_ index: [Int]) throws -> Int {
        guard index.count == shape.count else {
            throw TensorError.invalidArgument(op: "index", "\(index.count) indices for a tensor of shape \(shape)")
        }
        var flat = 0
        for (i, n) in zip(index, shape) {
            guard i >= 0 && i < n else { throw TensorError.indexOutOfRange(op: "index", index: i, bound: n) }
            flat = flat * n + i
        }
        return flat
    }

    public func value(at index: [Int]) throws -> Float {
        let f = try flatIndex(index)
        return try toF32().data[f]
    }

    /// A new float32 tensor with the same values, detached from autograd.
    public func copy() throws -> Tensor {
        let src = try toF32()
        let out = Tensor(zeros: shape)
        if count > 0 { out.data.update(from: src.data, count: count) }
        return out
    }
}

extension Tensor: CustomStringConvertible {
    public var description: String {
        var s = "Tensor(\(shape), \(dtype)"
        if requiresGrad { s += ", grad" }
        let vals = floats.prefix(6).map { String(format: "%.4g", $0) }
        return s + ") [" + vals.joined(separator: ", ") + (count > 6 ? ", …]" : "]")
    }
}

/// Shape helpers shared by the ops.
enum Shape {
    static func count(_ s: [Int]) -> Int { s.reduce(1, *) }

    /// numpy broadcasting of two shapes, or nil.
    static func broadcast(_ a: [Int], _ b: [Int]) -> [Int]? {
        let n = max(a.count, b.count)
        var out = [Int](repeating: 1, count: n)
        for i in 0..<n {
            let x = i < n - a.count ? 1 : a[i - (n - a.count)]
            let y = i < n - b.count ? 1 : b[i - (n - b.count)]
            if x == y || y == 1 { out[i] = x } else if x == 1 { out[i] = y } else { return nil }
        }
        return out
    }

    /// Row-major strides of `shape` laid into `target` (rank-aligned right), 0 on broadcast axes.
    static func broadcastStrides(_ shape: [Int], into target: [Int]) -> [Int] {
        var strides = [Int](repeating: 0, count: target.count)
        var step = 1
        for i in stride(from: shape.count - 1, through: 0, by: -1) {
            let t = i + target.count - shape.count
            strides[t] = shape[i] == 1 ? 0 : step
            step *= shape[i]
        }
        return strides
    }
}
