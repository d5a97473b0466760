import Foundation
import TestSupport
import Testing

/// `tnb lsp` against two clients nobody here wrote, as .ci/run installs them: Neovim's built-in
/// client (headless, Tests/Clients/neovim.lua) and pytest-lsp (Tests/Clients/test_tnb_lsp.py),
/// whose pygls checks every message against the protocol's schema.
@Suite("tnb lsp with real clients")
struct LSPClientTests {
    /// Runs a program with the environment given, from the repository root.
    func run(_ arguments: [String], environment: [String: String]) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = Fixtures.root
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        process.standardInput = FileHandle.nullDevice
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: data, as: UTF8.self))
    }

    @Test(
        "Neovim on the example notebook: a typo underlined with its did-you-mean, the figure's quote on hover, a definition"
    )
    func neovim() throws {
        let directory = try Fixtures.scratchDirectory("nvim")
        defer { try? FileManager.default.removeItem(at: directory) }
        // Notebooks/token_spend_vs_payroll.tnb with a typo introduced.
        let original = try Fixtures.text("Notebooks/token_spend_vs_payroll.tnb")
        let text = original.replacingOccurrences(
            of: "let share = spend as % of payroll", with: "let share = spnd as % of payroll")
        #expect(text != original)
        let notebook = directory.appendingPathComponent("token_spend_vs_payroll.tnb")
        try text.write(to: notebook, atomically: true, encoding: .utf8)
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let figureLine = try #require(lines.firstIndex { $0.hasPrefix("let spend = semianalysis.token_spend") })
        let typoLine = try #require(lines.firstIndex { $0.hasPrefix("let share = spnd") })
        let out = directory.appendingPathComponent("out.txt")
        let result = try run(
            ["nvim", "--headless", "-u", "NONE", "-c", "luafile Tests/Clients/neovim.lua"],
            environment: [
                "TNB": TNBProcess.binary.path, "NOTEBOOK": notebook.path, "OUT": out.path,
                "HOVER": "\(figureLine):20", "DEFINITION": "\(typoLine):26",
            ])
        #expect(result.status == 0, "\(result.output)")
        let got = try String(contentsOf: out, encoding: .utf8)
        #expect(
            got.contains("diagnostic \(typoLine):12 unknown-name unknown name 'spnd' | did you mean 'spend'?"), "\(got)"
        )
        #expect(got.contains("hover **semianalysis.token_spend**"), "\(got)")
        #expect(
            got.contains("\"By April 2026, the firm reached a $7 million annualized spend rate on Claude Code\""),
            "\(got)")
        // `payroll` at the end of the typo's line is defined on the line after spend's.
        #expect(got.contains("definition \(figureLine + 1)\n"), "\(got)")
    }

    @Test(
        "pytest-lsp: initialize, diagnostics that clear, hover, inlay hints, definition, symbols, completion, rename, shutdown"
    )
    func pytestLSP() throws {
        let result = try run(
            ["python3", "-m", "pytest", "-q", "-p", "no:cacheprovider", "Tests/Clients/test_tnb_lsp.py"],
            environment: ["TNB": TNBProcess.binary.path])
        #expect(result.status == 0, "\(result.output)")
        #expect(result.output.contains("3 passed"), "\(result.output)")
    }
}
