// swift-tools-version:5.9
import PackageDescription

// libFuzzer targets for every parser of outside input. A package of its own, beside the main one,
// because it is built differently: `scripts/fuzz` builds it with
// `-sanitize=fuzzer,address -enable-testing` (coverage and AddressSanitizer in every Swift module,
// testable imports for the internal parsers), and libFuzzer brings its own `main`.
let package = Package(
    name: "tina-fuzz",
    dependencies: [.package(name: "tina-repl", path: "../..")],
    targets: [
        .executableTarget(name: "tina-fuzz", dependencies: [
            .product(name: "Runtime", package: "tina-repl"),
            .product(name: "TinaScript", package: "tina-repl"),
        ]),
    ]
)
