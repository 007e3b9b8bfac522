/// Errors from loading and saving checkpoints; each names the file and, where there is one, the tensor.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case missingFile(String)
    case unreadable(file: String, String)
    case badHeader(file: String, String)
    case unknownDType(file: String, tensor: String, dtype: String)
    case badOffsets(file: String, tensor: String, String)
    case truncated(file: String, expected: Int, found: Int)
    case unknownArchitecture(String, supported: String)
    case badConfig(file: String, String)
    case missingTensor(String)
    case wrongShape(tensor: String, expected: [Int], found: [Int])
    case invalidArgument(String)

    public var description: String {
        switch self {
        case let .missingFile(f): return "missing file: \(f)"
        case let .unreadable(f, why): return "\(f): \(why)"
        case let .badHeader(f, why): return "\(f): bad safetensors header: \(why)"
        case let .unknownDType(f, t, d): return "\(f): tensor '\(t)' has unknown dtype '\(d)' (supported: F32, BF16, F16)"
        case let .badOffsets(f, t, why): return "\(f): tensor '\(t)': \(why)"
        case let .truncated(f, e, found): return "\(f): truncated: expected \(e) bytes, found \(found)"
        case let .unknownArchitecture(a, supported): return "unknown architecture '\(a)' (supported: \(supported))"
        case let .badConfig(f, why): return "\(f): \(why)"
        case let .missingTensor(t): return "checkpoint has no tensor '\(t)'"
        case let .wrongShape(t, e, f): return "tensor '\(t)': expected shape \(e), found \(f)"
        case let .invalidArgument(why): return why
        }
    }
}
