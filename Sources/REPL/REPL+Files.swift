import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation
import Syntax
import Units

extension REPL {
    /// `:load FILE`: runs a notebook into the session as `tnb run` would order it (`as of`
    /// first, then each definition before its uses); its definitions replace any of the same
    /// name. A file that does not parse loads nothing.
    mutating func load(_ command: MetaCommand, firstLine: Int, _ reply: inout Reply) -> [Diagnostic] {
        let input = SourceFile(name: inputName, text: "")
        let text: String
        switch Files.read(Files.expandingTilde(command.argument, home: home)) {
        case .success(let read): text = read
        case .failure(let error):
            let reason = error.lowercasedReason
            return [
                REPLError(kind: .cannotRead(path: command.argument, reason: reason), span: command.argumentSpan)
                    .diagnostic
            ]
        }
        let file = session.addSource(name: command.argument, text: text)
        let parsed = session.parse(file: file)
        func reportAll(_ diagnostics: [Diagnostic]) {
            for diagnostic in diagnostics {
                report(diagnostic, in: &reply, input: input, inputFile: REPL.commandFile, firstLine: firstLine)
            }
        }
        guard parsed.diagnostics.isEmpty else {
            reportAll(parsed.diagnostics)
            reply.error("nothing was loaded from '\(command.argument)'\n")
            return []
        }
        let statements = parsed.statements
        let loaded = session.load(statements)
        reportAll(loaded.orderDiagnostics)
        var changed: [String] = []
        var defined: Set<String> = []
        for (statement, result) in zip(statements, loaded.results) {
            guard let result else { continue }
            if case .asOf? = result.outcome {
                changed += result.changes.compactMap { changeLine($0.name, old: $0.old, new: $0.new) }
            }
            if result.outcome != nil, let name = FreeNames.definedName(of: statement) { defined.insert(name) }
            if case .unit? = result.outcome { unitDeclarations.append(statement) }
            record(statement, outcome: result.outcome)
            if case .assertion(let truth, let value)? = result.outcome {
                assertions.append(
                    CheckedAssertion(
                        statement: statement, text: session.source(file).text(of: statement.span),
                        verdict: truth.assertionVerdict(chance: value.chance)))
            }
            if case .assertion(let truth, let value)? = result.outcome, truth != .yes {
                let line = session.source(file).lineNumber(of: statement.span.start)
                let text = session.source(file).text(of: statement.span)
                reply.output("\(command.argument):\(line): \(text): \(truth.assertionVerdict(chance: value.chance))\n")
            }
            reportAll(result.diagnostics)
        }
        baseline = notebookText
        let count = defined.count
        reply.output("loaded \(count) \(count == 1 ? "definition" : "definitions") from '\(command.argument)'\n")
        reply.output(changed.joined())
        return []
    }

    /// The session as the notebook `:save` would write.
    var notebookText: String { NotebookWriter.notebook(of: session, document: document, units: unitDeclarations).text }

    /// `:diff`: the values that changed since the last `:load` or `:save` (the session's start
    /// before either), each notebook run as `tnb run` runs it and compared as `tnb diff` does.
    func diff() -> String {
        func report(_ text: String) -> JSONValue? {
            let run = NotebookRun(Notebook(name: "session.tnb", text: text))
            guard !run.hasErrors else { return nil }
            guard case .success(let json) = JSON.parse(JSONRenderer().render(run)) else { return nil }
            return json
        }
        guard let old = report(baseline ?? ""), let new = report(notebookText) else {
            return "cannot compare: the session does not run as a notebook (try :save to see why)\n"
        }
        let since = baseline == nil ? "since the session started" : "since the last :load or :save"
        return since + ": " + ReportDiff(old: old, new: new).text
    }

    /// `:save FILE`: writes the session's definitions as a notebook, atomically.
    mutating func save(_ command: MetaCommand, _ reply: inout Reply) -> [Diagnostic] {
        let (text, count) = NotebookWriter.notebook(of: session, document: document, units: unitDeclarations)
        let path = Files.expandingTilde(command.argument, home: home)
        if case .failure(let error) = Files.writeAtomically(text, to: path) {
            let reason = error.lowercasedReason
            return [
                REPLError(kind: .cannotWrite(path: command.argument, reason: reason), span: command.argumentSpan)
                    .diagnostic
            ]
        }
        baseline = text
        reply.output("saved \(count) \(count == 1 ? "definition" : "definitions") to '\(command.argument)'\n")
        return []
    }
}
