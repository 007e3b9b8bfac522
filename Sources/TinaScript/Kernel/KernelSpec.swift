import Foundation
import Runtime

/// `tina-repl --install-kernel [--user | --prefix DIR]`: writes the kernel spec Jupyter finds
/// (`kernels/tinascript/kernel.json` and its logos) into the system's, the user's or a
/// prefix's Jupyter data folder.
enum KernelSpec {
    static let name = "tinascript"
    static let usage = "usage: tina-repl --install-kernel [--user | --prefix DIR]"

    static func install(_ args: [String]) -> Int32 {
        let data: String
        switch args.first {
        case nil:
            data = "/usr/local/share/jupyter"
        case "--user" where args.count == 1:
            data = userDataFolder()
        case "--prefix" where args.count == 2:
            data = (args[1] as NSString).appendingPathComponent("share/jupyter")
        default:
            Session.standardError(usage + "\n")
            return 1
        }
        let folder = (data as NSString).appendingPathComponent("kernels/\(name)")
        do {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
            try AtomicFile.write(Data(try specJSON().utf8), to: folder + "/kernel.json")
            for size in [32, 64] { try AtomicFile.write(try logo(size: size), to: folder + "/logo-\(size)x\(size).png") }
        } catch {
            Session.standardError("tina-repl --install-kernel: \(folder): \(error)\n")
            return 1
        }
        print("installed the TinaScript kernel spec in \(folder)")
        return 0
    }

    /// Jupyter's per-user data folder on Linux: $JUPYTER_DATA_DIR, else $XDG_DATA_HOME/jupyter,
    /// else ~/.local/share/jupyter.
    static func userDataFolder() -> String {
        let env = ProcessInfo.processInfo.environment
        if let dir = env["JUPYTER_DATA_DIR"], !dir.isEmpty { return dir }
        if let xdg = env["XDG_DATA_HOME"], !xdg.isEmpty { return xdg + "/jupyter" }
        return NSHomeDirectory() + "/.local/share/jupyter"
    }

    /// The spec runs this very executable. Interrupts come as control messages: they reach the
    /// kernel wherever it runs, and SIGINT is handled too.
    static func specJSON() throws -> String {
        let executable = (try? FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe")) ?? CommandLine.arguments[0]
        let spec = Value(entries: [
            ("argv", Value(strings: [executable, "--kernel", "{connection_file}"])),
            ("display_name", .string("TinaScript")), ("language", .string("tinascript")),
            ("interrupt_mode", .string("message")), ("metadata", Value(entries: [])),
        ])
        return try JSONCodec.encode(spec, indent: 1) + "\n"
    }

    /// A white T on the project's blue.
    static func logo(size: Int) throws -> Data {
        var image = RGBImage(width: size, height: size, background: (20, 80, 200))
        let white: (UInt8, UInt8, UInt8) = (255, 255, 255)
        let stroke = max(2, size / 8), top = size / 4, left = size / 4, right = size - size / 4
        image.line(left, top, right, top, white, thickness: stroke)
        image.line(size / 2, top, size / 2, size - size / 5, white, thickness: stroke)
        return try image.pngData()
    }
}
