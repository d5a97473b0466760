import Diagnostics
import Evaluation
import Notebook
import Syntax
import Units

extension REPL {
    /// `:load FILE`: runs a notebook into the session as `tnb run` would order it (`as of`
    /// first, then each definition before its uses); its definitions replace any of the same
    /// name. A file that does not parse loads nothing.
    mutating func load(_ command: MetaCommand, firstLine: Int, _ reply: inout Reply) -> [Diagnostic] {
        let input = SourceFile(name: inputName, text: "")
        let text: String
        switch FileSystem.read(FileAccess.expandingTilde(command.argument, home: home)) {
        case .success(let read): text = read
        case .failure(let error):
            let reason = error.reason.prefix(1).lowercased() + error.reason.dropFirst()
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
        let order = DependencyOrder(statements)
        reportAll(order.diagnostics)
        let asOfs = order.order.filter { if case .asOf = statements[$0].kind { true } else { false } }
        var changed: [String] = []
        for index in asOfs {
            let result = session.execute(statements[index])
            reportAll(result.diagnostics)
            if case .asOf(let period)? = result.outcome { changed += replay(asOf: period).lines }
        }
        var defined: Set<String> = []
        for index in order.order where !asOfs.contains(index) {
            let statement = statements[index]
            let result = session.execute(statement)
            if result.outcome != nil, let name = FreeNames.definedName(of: statement) { defined.insert(name) }
            if case .unit? = result.outcome { unitDeclarations.append(statement) }
            if case .assertion(let truth, _)? = result.outcome, truth != .yes {
                let line = session.sources[file].location(of: statement.span.start).line
                let text = session.sources[file].text(of: statement.span)
                reply.output("\(command.argument):\(line): \(text): \(truth.assertionVerdict)\n")
            }
            reportAll(result.diagnostics)
        }
        let count = defined.count
        reply.output("loaded \(count) \(count == 1 ? "definition" : "definitions") from '\(command.argument)'\n")
        reply.output(changed.joined())
        return []
    }

    /// `:save FILE`: writes the session's definitions as a notebook, atomically.
    func save(_ command: MetaCommand, _ reply: inout Reply) -> [Diagnostic] {
        let (text, count) = NotebookWriter.notebook(of: session, units: unitDeclarations)
        let path = FileAccess.expandingTilde(command.argument, home: home)
        if case .failure(let error) = FileSystem.writeAtomically(text, to: path) {
            let reason = error.reason.prefix(1).lowercased() + error.reason.dropFirst()
            return [
                REPLError(kind: .cannotWrite(path: command.argument, reason: reason), span: command.argumentSpan)
                    .diagnostic
            ]
        }
        reply.output("saved \(count) \(count == 1 ? "definition" : "definitions") to '\(command.argument)'\n")
        return []
    }

    /// Runs every definition again in a new session counting from `period`, as if it had been
    /// typed there; returns the lines showing what changed.
    mutating func replay(asOf period: Period) -> (lines: [String], failed: Bool) {
        let old = session
        var fresh = Session(options: SessionOptions(allowRedefinition: true, asOf: period))
        for source in old.sources { _ = fresh.addSource(name: source.name, text: source.text) }
        for statement in NotebookWriter.definitionStatements(of: old, units: unitDeclarations) {
            _ = fresh.execute(statement)
        }
        session = fresh
        var lines: [String] = []
        for name in old.definitionOrder {
            if let line = changeLine(name, old: old.value(named: name), new: fresh.value(named: name)) {
                lines.append(line)
            }
        }
        return (lines, false)
    }
}
