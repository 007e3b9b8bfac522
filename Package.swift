// swift-tools-version:5.9
import PackageDescription

// Runtime is the hot path: release builds drop overflow/bounds checks and optimise across files.
let fast: [SwiftSetting] = [
    .unsafeFlags(["-Ounchecked", "-wmo", "-enforce-exclusivity=unchecked"], .when(configuration: .release)),
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
        // SIMD kernels, chosen at run time (AVX-512 / AVX2+FMA / portable C).
        .target(name: "CKernels", path: "Sources/CKernels",
                cSettings: [.unsafeFlags(["-O3", "-fno-math-errno"])]),
        .target(name: "Runtime", dependencies: ["CBLAS", "CCurl", "CKernels"], swiftSettings: fast),
        .target(name: "TinaScript", dependencies: ["Runtime", "CReadline"], swiftSettings: fast),
        .executableTarget(name: "tina-repl", dependencies: ["TinaScript"]),
        .executableTarget(name: "tina-bench", dependencies: ["Runtime"], swiftSettings: fast),
        .testTarget(name: "RuntimeTests", dependencies: ["Runtime"]),
        .testTarget(name: "TinaScriptTests", dependencies: ["TinaScript", "Runtime"]),
    ]
)
