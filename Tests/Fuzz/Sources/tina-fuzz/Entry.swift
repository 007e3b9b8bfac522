import Foundation

// The program's entry: SwiftPM names an executable's entry point after its module and aliases
// `main` to it, so this starts libFuzzer's driver itself (libFuzzer's own `main` stays unused).
// The target is chosen by TINA_FUZZ_TARGET (scripts/fuzz sets it); TINA_FUZZ_TARGET=list prints
// each target's name, input length limit and seed folders.

private var target: FuzzTarget?

@_silgen_name("LLVMFuzzerRunDriver")
private func runDriver(_ argc: UnsafeMutablePointer<CInt>,
                       _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                       _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

@_cdecl("tina_fuzz_main")
public func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let name = ProcessInfo.processInfo.environment["TINA_FUZZ_TARGET"] ?? ""
    if name == "list" {
        for t in FuzzTarget.all { print(([t.name, String(t.maxLength)] + t.seeds).joined(separator: " ")) }
        return 0
    }
    guard let chosen = FuzzTarget.all.first(where: { $0.name == name }) else {
        FileHandle.standardError.write(Data("tina-fuzz: set TINA_FUZZ_TARGET to one of: \(FuzzTarget.all.map(\.name).joined(separator: ", "))\n".utf8))
        return 2
    }
    target = chosen
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, testOneInput)
}

private func testOneInput(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
    do { try target?.run(bytes) } catch {
        // The message is part of the answer: describing the error must not fail either.
        _ = String(describing: error)
    }
    return 0
}
