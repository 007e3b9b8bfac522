/// Element types of tensor storage. Compute is float32; bf16 and f16 hold frozen weights.
public enum DType: String, Sendable, CustomStringConvertible {
    case f32 = "F32", bf16 = "BF16", f16 = "F16"

    public var byteSize: Int { self == .f32 ? 4 : 2 }
    public var description: String { rawValue }

    /// Parses the safetensors spelling ("F32", "BF16", "F16") or a lower-case alias ("float32", "bf16", …).
    public init?(name: String) {
        switch name.lowercased() {
        case "f32", "float32", "float": self = .f32
        case "bf16", "bfloat16": self = .bf16
        case "f16", "float16", "half": self = .f16
        default: return nil
        }
    }
}
