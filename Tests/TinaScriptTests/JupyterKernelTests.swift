import Foundation
import XCTest

/// The kernel and its notebooks, driven by the real Jupyter clients (jupyter_client, nbconvert,
/// nbformat) from the project-local environment that scripts/test installs
/// (`scripts/setup-test-tools`); without them the tests fail.
final class JupyterKernelTests: XCTestCase {
    static let python = TestPaths.packageRoot.appendingPathComponent(".build-testenv/bin/python").path

    private func runCheck(_ script: String, _ extra: [String] = []) throws {
        guard let binary = TestPaths.binary else { return XCTFail("tina-repl is not built") }
        guard FileManager.default.isExecutableFile(atPath: Self.python),
              try ChildRun.run(Self.python, ["-c", "import jupyter_client, nbconvert, nbformat"]).status == 0 else {
            return XCTFail("jupyter_client/nbconvert are not installed in .build-testenv (scripts/setup-test-tools installs them)")
        }
        let work = FileManager.default.temporaryDirectory.appendingPathComponent("tina-jupyter-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: work, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: work) }
        let check = TestPaths.testsDir.appendingPathComponent(script).path
        let run = try ChildRun.run(Self.python, [check, binary.path, work.path] + extra, in: TestPaths.packageRoot)
        XCTAssertEqual(run.status, 0, run.out + run.err)
        XCTAssertTrue(run.out.contains("checks passed"), run.out + run.err)
    }

    /// KernelManager starts the kernel; execute, errors with call sites, complete, inspect,
    /// is_complete, history, progress displays, interrupts by message and by SIGINT, forged
    /// messages dropped, charts as PNG, restart and shutdown.
    func testTheRealClientDrivesTheKernel() throws {
        try runCheck("jupyter_kernel_check.py")
    }

    /// `jupyter nbconvert --execute` runs examples/quickstart.ipynb; `--notebook` writes valid nbformat 4.
    func testNbconvertExecutesTheExampleNotebook() throws {
        try runCheck("jupyter_notebook_check.py", [TestPaths.packageRoot.appendingPathComponent("examples/quickstart.ipynb").path])
    }
}
