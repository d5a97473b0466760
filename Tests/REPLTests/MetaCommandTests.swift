import Diagnostics
import REPL
import Testing

@Suite("Meta commands")
struct MetaCommandTests {
    func parse(_ line: String) -> MetaCommand? {
        if case .success(let command) = MetaCommand.parse(line) { return command }
        return nil
    }

    func error(_ line: String) -> Diagnostic? {
        if case .failure(let error) = MetaCommand.parse(line) { return error.diagnostic }
        return nil
    }

    @Test("a command and its argument, blanks trimmed")
    func commandAndArgument() {
        #expect(parse(":why payroll")?.name == .why)
        #expect(parse("  :why   payroll  ")?.argument == "payroll")
        #expect(parse(":figures")?.argument == "")
        #expect(parse(":as-of Q4 2026")?.name == .asOf)
        #expect(parse(":as-of Q4 2026")?.argument == "Q4 2026")
    }

    @Test("the argument's span points into the typed line")
    func argumentSpan() {
        let command = parse(":load  notes.tnb")
        #expect(command?.argumentSpan.start == 7)
        #expect(command?.argumentSpan.end == 16)
    }

    @Test("quotes around a file name are removed")
    func quotedFileName() {
        #expect(parse(":load \"my notes.tnb\"")?.argument == "my notes.tnb")
        #expect(parse(":save 'a b.tnb'")?.argument == "a b.tnb")
    }

    @Test("aliases users reach for")
    func aliases() {
        #expect(parse(":q")?.name == .quit)
        #expect(parse(":exit")?.name == .quit)
        #expect(parse(":h")?.name == .help)
    }

    @Test("an unknown command suggests the closest one")
    func unknownCommand() {
        let diagnostic = error(":vras")
        #expect(diagnostic?.id == "unknown-command")
        #expect(diagnostic?.message == "unknown command ':vras'")
        #expect(diagnostic?.notes == ["did you mean ':vars'?"])
        #expect(error(":zzzzzz")?.notes == ["type ':help' for the list of commands"])
    }

    @Test("a missing or unexpected argument is an error")
    func arguments() {
        #expect(error(":load")?.id == "missing-argument")
        #expect(error(":load")?.message == "':load' needs a file name")
        #expect(error(":why ")?.id == "missing-argument")
        #expect(error(":vars x")?.id == "unexpected-argument")
        #expect(error(":quit now")?.message == "':quit' takes no argument, found 'now'")
    }

    @Test("only lines starting with ':' are commands")
    func recognition() {
        #expect(MetaCommand.isMetaCommand("  :vars"))
        #expect(!MetaCommand.isMetaCommand("let x = 1"))
        #expect(!MetaCommand.isMetaCommand(""))
    }
}
