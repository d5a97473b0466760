import Foundation
import TestSupport
import Testing

/// The REPL driven in a real terminal (tmux), as a person would use it.
@Suite(
    "REPL in a terminal",
    .enabled(if: Terminal.isAvailable, "tmux is not installed: install it (bash .ci/run does) to run these"),
    .timeLimit(.minutes(2)))
struct ReplTerminalTests {
    let directory: URL
    let state: URL

    init() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("tnb-terminal-\(UUID().uuidString)")
        state = directory.appendingPathComponent("state")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
    }

    func start(_ extra: [String: String] = [:]) throws -> Terminal {
        var environment = ["XDG_STATE_HOME": state.path, "HOME": directory.path]
        environment.merge(extra) { $1 }
        let terminal = try Terminal([TNBProcess.binary.path], environment: environment, directory: directory)
        try terminal.waitForLastLine("tnb> ")
        return terminal
    }

    func history() throws -> [String] {
        let text = try String(contentsOf: state.appendingPathComponent("tnb/history"), encoding: .utf8)
        return text.split(separator: "\n").map(String.init)
    }

    @Test("prompt, completion, a multi-line statement, an error, Ctrl-C, Ctrl-D, and history after a restart")
    func session() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let terminal = try start()
        #expect(try terminal.screen().hasPrefix("tnb: type :help for help"))

        try terminal.type("let payroll = $25M/yr")
        try terminal.press("Enter")
        try terminal.waitFor("the definition's echo") {
            $0.hasSuffix("tnb> let payroll = $25M/yr\npayroll = $25M/yr\ntnb>")
        }

        // Tab completes a figure id; twice after a namespace lists the ids in it.
        try terminal.type("semianalysis.pay")
        try terminal.press("Tab")
        try terminal.waitForLastLine("tnb> semianalysis.payroll")
        try terminal.press("Enter")
        try terminal.waitFor("the figure's value") { $0.hasSuffix("tnb> semianalysis.payroll\n$25M/yr\ntnb>") }
        try terminal.type("anthropic.")
        try terminal.press("Tab", "Tab")
        try terminal.waitFor("the ids under anthropic.") {
            $0.contains("anthropic.arr_start") && $0.contains("anthropic.arr_target")
        }
        try terminal.press("C-c")
        try terminal.waitForLastLine("tnb> ")

        // An unfinished statement continues under the continuation prompt.
        try terminal.type("let total = (payroll +")
        try terminal.press("Enter")
        try terminal.waitForLastLine("...> ")
        try terminal.type("$5M/yr)")
        try terminal.press("Enter")
        try terminal.waitFor("the multi-line result") { $0.hasSuffix("...> $5M/yr)\ntotal = $30M/yr\ntnb>") }

        // An error has a caret under the typed text, and the session goes on.
        try terminal.type("payroll + 5 people")
        try terminal.press("Enter")
        try terminal.waitFor("the error") {
            $0.contains(
                "tnb> payroll + 5 people\n     ^~~~~~~~~~~~~~~~~~\nerror: cannot add money per time and people [mismatched-dimensions]"
            )
                && $0.hasSuffix("tnb>")
        }

        // Ctrl-C abandons a statement being continued.
        try terminal.type("(1 +")
        try terminal.press("Enter")
        try terminal.waitForLastLine("...> ")
        try terminal.press("C-c")
        try terminal.waitForLastLine("tnb> ")
        try terminal.type("total / 2")
        try terminal.press("Enter")
        try terminal.waitFor("a fresh statement") { $0.hasSuffix("tnb> total / 2\n$15M/yr\ntnb>") }

        // Ctrl-D on an empty line leaves.
        try terminal.press("C-d")
        try terminal.waitForExit()
        #expect(
            try history() == [
                "let payroll = $25M/yr", "semianalysis.payroll", "let total = (payroll + $5M/yr)", "payroll + 5 people",
                "total / 2",
            ])

        // A new session recalls the history with Up.
        let again = try start()
        try again.press("Up")
        try again.waitForLastLine("tnb> total / 2")
        try again.press("Up", "Up")
        try again.waitForLastLine("tnb> let total = (payroll + $5M/yr)")
        try again.press("C-c")
        try again.waitForLastLine("tnb> ")
        try again.type(":quit")
        try again.press("Enter")
        try again.waitForExit()
        #expect(try history().last == ":quit")
    }

    @Test("two sessions typing at once both keep their history")
    func concurrentSessions() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try start()
        let second = try start()
        for index in 1...15 {
            try first.type("let a\(index) = \(index)")
            try first.press("Enter")
            try second.type("let b\(index) = \(index)")
            try second.press("Enter")
        }
        try first.waitFor("the first session's last echo") { $0.hasSuffix("a15 = 15\ntnb>") }
        try second.waitFor("the second session's last echo") { $0.hasSuffix("b15 = 15\ntnb>") }
        try first.press("C-d")
        try second.press("C-d")
        try first.waitForExit()
        try second.waitForExit()
        let entries = try history()
        #expect(entries.filter { $0.hasPrefix("let a") } == (1...15).map { "let a\($0) = \($0)" })
        #expect(entries.filter { $0.hasPrefix("let b") } == (1...15).map { "let b\($0) = \($0)" })
    }

    @Test("resizing the terminal leaves the session running")
    func resize() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let terminal = try start()
        try terminal.resize(width: 60, height: 20)
        try terminal.type("let wide = 1 + 2")
        try terminal.resize(width: 100, height: 30)
        try terminal.press("Enter")
        try terminal.waitFor("the result after two resizes") { $0.hasSuffix("wide = 3\ntnb>") }
        #expect(try !terminal.hasExited())
    }

    @Test("Ctrl-Z gives the shell a sane terminal, and fg brings back the line being typed")
    func suspendAndResume() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        let environment = [
            "XDG_STATE_HOME": state.path, "HOME": directory.path, "PS1": "shell> ", "HISTFILE": "",
        ]
        let terminal = try Terminal(
            ["bash", "--norc", "--noprofile", "-i"], environment: environment, directory: directory)
        try terminal.waitForLastLine("shell> ")
        try terminal.type("'\(TNBProcess.binary.path)'")
        try terminal.press("Enter")
        try terminal.waitForLastLine("tnb> ")
        try terminal.type("1 +")
        // The terminal drops typed-ahead keys on Ctrl-Z, as it does on Ctrl-C: wait for the echo.
        try terminal.waitForLastLine("tnb> 1 +")
        try terminal.press("C-z")
        try terminal.waitForLastLine("shell> ")
        try terminal.type("stty -a | grep -c -- -icanon")
        try terminal.press("Enter")
        try terminal.waitFor("the shell's terminal settings") { $0.hasSuffix("\n0\nshell>") }
        try terminal.type("fg")
        try terminal.press("Enter")
        try terminal.waitForLastLine("tnb> 1 +")
        try terminal.type(" 2")
        try terminal.press("Enter")
        try terminal.waitFor("the finished statement") { $0.hasSuffix("tnb> 1 + 2\n3\ntnb>") }
    }

    @Test("colours on a terminal, none with NO_COLOR")
    func colours() throws {
        defer { try? FileManager.default.removeItem(at: directory) }
        for (environment, coloured) in [([String: String](), true), (["NO_COLOR": "1"], false)] {
            let terminal = try start(environment)
            try terminal.type("nosuch")
            try terminal.press("Enter")
            try terminal.waitFor("the error") { $0.contains("unknown name 'nosuch'") && $0.hasSuffix("tnb>") }
            let screen = try terminal.screen(escapes: true)
            #expect(screen.contains("\u{1B}[") == coloured, "with \(environment): \(screen)")
            try terminal.press("C-d")
            try terminal.waitForExit()
        }
    }
}
