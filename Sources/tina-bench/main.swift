import Foundation

/// Benchmarks behind scripts/bench-*: `tina-bench <name> [args…]`.
let benches: [String: ([String]) throws -> Void] = [
    "kernels": benchKernels,
    "model": benchModel,
    "model-init": benchModelInit,
    "grpo": benchGRPO,
    "tokenizer": benchTokenizer,
    "train": benchTrain,
]
let args = Array(CommandLine.arguments.dropFirst())
guard let name = args.first, let bench = benches[name] else {
    FileHandle.standardError.write("usage: tina-bench <\(benches.keys.sorted().joined(separator: "|"))> [args…]\n".data(using: .utf8)!)
    exit(2)
}
do {
    try bench(Array(args.dropFirst()))
} catch {
    FileHandle.standardError.write("tina-bench \(name): \(error)\n".data(using: .utf8)!)
    exit(1)
}
