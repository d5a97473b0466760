import Diagnostics
import Evaluation
import Syntax

extension REPL {
    /// `:load FILE`: runs a notebook into the session, definitions before their uses. A file
    /// that does not parse loads nothing.
    mutating func load(_ command: MetaCommand, firstLine: Int, _ reply: inout Reply) -> [Diagnostic] {
        let input = SourceFile(name: inputName, text: "")
        let path = FileSystem.expandingTilde(command.argument, home: home)
        let text: String
        switch FileSystem.read(path) {
        case .success(let read): text = read
        case .failure(let problem):
            return [REPLError(kind: .cannotRead(path: command.argument, reason: problem.reason), span: command.argumentSpan).diagnostic]
        }
        let file = session.addSource(name: command.argument, text: text)
        let parsed = session.parse(file: file)
        guard parsed.diagnostics.isEmpty else {
            for diagnostic in parsed.diagnostics {
                report(diagnostic, in: &reply, input: input, inputFile: REPL.commandFile, firstLine: firstLine)
            }
            reply.error("nothing was loaded from '\(command.argument)'\n")
            return []
        }
        var defined: Set<String> = []
        for statement in DefinitionOrder.sorted(parsed.statements) {
            let result = session.execute(statement)
            if result.outcome != nil, let name = FreeNames.definedName(of: statement) { defined.insert(name) }
            if case .unit? = result.outcome { unitDeclarations.append(statement) }
            for diagnostic in result.diagnostics {
                report(diagnostic, in: &reply, input: input, inputFile: REPL.commandFile, firstLine: firstLine)
            }
        }
        let count = defined.count
        reply.output("loaded \(count) \(count == 1 ? "definition" : "definitions") from '\(command.argument)'\n")
        return []
    }

    /// `:save FILE`: writes the session's definitions as a notebook, atomically.
    func save(_ command: MetaCommand, _ reply: inout Reply) -> [Diagnostic] {
        let (text, count) = NotebookWriter.notebook(of: session, units: unitDeclarations)
        let path = FileSystem.expandingTilde(command.argument, home: home)
        if let problem = FileSystem.writeAtomically(path, text) {
            return [REPLError(kind: .cannotWrite(path: command.argument, reason: problem.reason), span: command.argumentSpan).diagnostic]
        }
        reply.output("saved \(count) \(count == 1 ? "definition" : "definitions") to '\(command.argument)'\n")
        return []
    }
}
