/// Errors from tensor operations: every message names the operation and the shapes involved.
public enum TensorError: Error, CustomStringConvertible, Equatable {
    case shapeMismatch(op: String, expected: [Int], found: [Int])
    case incompatibleShapes(op: String, [Int], [Int])
    case invalidArgument(op: String, String)
    case indexOutOfRange(op: String, index: Int, bound: Int)
    case dtypeMisuse(op: String, expected: DType, found: DType)
    case notDifferentiable(String)

    public var description: String {
        switch self {
        case let .shapeMismatch(op, e, f): return "\(op): expected shape \(e), found \(f)"
        case let .incompatibleShapes(op, a, b): return "\(op): incompatible shapes \(a) and \(b)"
        case let .invalidArgument(op, why): return "\(op): \(why)"
        case let .indexOutOfRange(op, i, n): return "\(op): index \(i) out of range 0..<\(n)"
        case let .dtypeMisuse(op, e, f): return "\(op): needs a \(e) tensor, got \(f)"
        case let .notDifferentiable(why): return "backward: \(why)"
        }
    }
}
