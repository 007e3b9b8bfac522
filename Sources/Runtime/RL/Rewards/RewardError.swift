/// Bad input to a reward or advantage computation.
public enum RewardError: Error, CustomStringConvertible, Equatable {
    /// An argument out of range; the message names the function and argument.
    case invalidArgument(String)
    /// Arrays that must have matching sizes do not; the message names them and their sizes.
    case shapeMismatch(String)

    public var description: String {
        switch self {
        case .invalidArgument(let message): return "invalid argument: \(message)"
        case .shapeMismatch(let message): return "shape mismatch: \(message)"
        }
    }
}
