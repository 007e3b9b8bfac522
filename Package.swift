// swift-tools-version:5.9
import PackageDescription

// Release builds optimise across files and keep Swift's overflow and bounds checks: the parsers
// of outside input (safetensors, JSON, Parquet, CSV, tokenizer, templates, HTTP, TinaScript) run
// checked. The hot numeric loops are the C kernels (CKernels) and OpenBLAS; measured against
// -Ounchecked in one run on the same machine (2-layer 1.5B shape, one thread), prefill and
// decode were equal within the run-to-run noise.
let fast: [SwiftSetting] = [
    .unsafeFlags(["-wmo"], .when(configuration: .release)),
]
// The interpreter reads its frames and globals (class instances) at every step, and Swift's
// run-time exclusivity checks on those reads cost it 1.4x in calls and 2.6x in global-variable
// loops. Only those run-time checks are left out; the compile-time exclusivity diagnostics and
// every bounds and overflow check stay.
let interpreter: [SwiftSetting] = fast + [
    .unsafeFlags(["-enforce-exclusivity=unchecked"], .when(configuration: .release)),
]

let package = Package(
    name: "tina-repl",
    products: [
        .executable(name: "tina-repl", targets: ["tina-repl"]),
        .library(name: "Runtime", targets: ["Runtime"]),
        .library(name: "TinaScript", targets: ["TinaScript"]),
    ],
    targets: [
        // System-library bridges: a module map plus a shim of typed static inline wrappers each.
        .systemLibrary(name: "CBLAS", path: "Sources/CBLAS", pkgConfig: "openblas",
                       providers: [.apt(["libopenblas-dev"])]),
        .systemLibrary(name: "CCurl", path: "Sources/CCurl", pkgConfig: "libcurl",
                       providers: [.apt(["libcurl4-openssl-dev"])]),
        .systemLibrary(name: "CReadline", path: "Sources/CReadline",
                       providers: [.apt(["libreadline-dev"])]),
        .systemLibrary(name: "CZlib", path: "Sources/CZlib", pkgConfig: "zlib",
                       providers: [.apt(["zlib1g-dev"])]),
        .systemLibrary(name: "CZstd", path: "Sources/CZstd", pkgConfig: "libzstd",
                       providers: [.apt(["libzstd-dev"])]),
        .systemLibrary(name: "CBrotli", path: "Sources/CBrotli", pkgConfig: "libbrotlidec",
                       providers: [.apt(["libbrotli-dev"])]),
        // ZeroMQ, for the Jupyter kernel's sockets.
        .systemLibrary(name: "CZmq", path: "Sources/CZmq",
                       providers: [.apt(["libzmq3-dev"])]),
        // SIMD kernels, chosen at run time (AVX-512 / AVX2+FMA / portable C).
        .target(name: "CKernels", path: "Sources/CKernels",
                cSettings: [.unsafeFlags(["-O3", "-fno-math-errno"])]),
        // Export/TRL: the files of an exported TRL project (train.py, rewards.py, requirements.txt).
        .target(name: "Runtime", dependencies: ["CBLAS", "CCurl", "CZlib", "CZstd", "CBrotli", "CKernels"], resources: [.copy("Export/TRL")],
                swiftSettings: fast),
        .target(name: "TinaScript", dependencies: ["Runtime", "CReadline", "CKernels", "CZmq"], swiftSettings: interpreter),
        .executableTarget(name: "tina-repl", dependencies: ["TinaScript"]),
        .executableTarget(name: "tina-bench", dependencies: ["Runtime", "CKernels"], swiftSettings: fast),
        // ParquetData and the test hub server are test data, read through #filePath.
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime", "CKernels"], exclude: ["Data", "ParquetData", "hub_server.py", "templates", "tokenizer-reference", "trl-two-step"]),
        // Transcripts are test data read through #filePath, not resources.
        .testTarget(name: "TinaScriptTests", dependencies: ["TinaScript", "Runtime"], exclude: ["transcripts", "openai_stub.py", "trl_export_check.py", "family_interop_check.py", "jupyter_kernel_check.py", "jupyter_notebook_check.py"]),
    ]
)
