import Dataset
import Diagnostics
import Evaluation
import Syntax

extension REPL {
    /// The span file of a meta command line, which is not one of the session's sources.
    static let commandFile = -1

    /// Runs a meta command line.
    mutating func runCommand(_ line: String, firstLine: Int) -> Reply {
        var reply = Reply()
        let input = SourceFile(name: inputName, text: line)
        switch MetaCommand.parse(line, file: REPL.commandFile) {
        case .failure(let error):
            report(error.diagnostic, in: &reply, input: input, inputFile: REPL.commandFile, firstLine: firstLine)
        case .success(let command):
            var problems: [Diagnostic] = []
            switch command.name {
            case .help: problems = help(command, &reply)
            case .vars: reply.output(variables())
            case .figures: reply.output(figures(matching: command.argument))
            case .why: why(command, line: line, firstLine: firstLine, &reply)
            case .load: problems = load(command, firstLine: firstLine, &reply)
            case .save: problems = save(command, &reply)
            case .reset:
                session = Session(options: session.options)
                unitDeclarations = []
                reply.output("forgot every definition\n")
            case .asOf: problems = [REPLError(kind: .asOfUnavailable, span: command.argumentSpan).diagnostic]
            case .quit: reply.quits = true
            }
            for problem in problems {
                report(problem, in: &reply, input: input, inputFile: REPL.commandFile, firstLine: firstLine)
            }
        }
        return reply
    }

    func help(_ command: MetaCommand, _ reply: inout Reply) -> [Diagnostic] {
        guard let text = Help.text(for: command.argument) else {
            let suggestion = Suggestion.closest(to: command.argument, among: Help.topics)
            return [REPLError(kind: .unknownHelpTopic(command.argument, suggestion: suggestion), span: command.argumentSpan).diagnostic]
        }
        reply.output(text)
        return []
    }

    /// `:vars`: every defined value, sorted, with its value; then functions and units.
    func variables() -> String {
        let names = session.definitionOrder.sorted()
        let functions = names.compactMap { session.environment.functions[$0] }
        let values = names.filter { session.environment.functions[$0] == nil }
        let units = unitDeclarations.compactMap(FreeNames.definedName(of:))
        guard !names.isEmpty || !units.isEmpty else { return "no names defined yet\n" }
        let width = values.map(\.count).max() ?? 0
        var out = values.map { name in
            name.padded(to: width) + " = " + (session.value(named: name).map(formatter.display) ?? "(failed)") + "\n"
        }.joined()
        if !functions.isEmpty {
            out += "functions: " + functions.map { "\($0.name)(\($0.parameters.joined(separator: ", ")))" }.joined(separator: ", ") + "\n"
        }
        if !units.isEmpty { out += "units: " + units.joined(separator: ", ") + "\n" }
        return out
    }

    /// `:figures [query]`: the dataset's figures whose id, label, topics or speaker contain
    /// every word of the query (all of them without one).
    func figures(matching query: String) -> String {
        let words = query.lowercased().split(separator: " ").map(String.init)
        let matches = Dataset.figures.filter { figure in
            let haystack = ([figure.id, figure.label, figure.speaker] + figure.topics).joined(separator: " ").lowercased()
            return words.allSatisfy { haystack.contains($0) }
        }
        guard !matches.isEmpty else { return "no figures match '\(query)'\n" }
        let idWidth = matches.map(\.id.count).max() ?? 0
        let valueWidth = matches.map(\.value.count).max() ?? 0
        return matches.map { "\($0.id.padded(to: idWidth))  \($0.value.padded(to: valueWidth))  \($0.label)\n" }.joined()
    }

    /// `:why EXPR`: the figures a value came from. The expression is evaluated in a copy of the
    /// session, on the typed line with the command blanked out, so carets line up.
    mutating func why(_ command: MetaCommand, line: String, firstLine: Int, _ reply: inout Reply) {
        var bytes = Array(line.utf8)
        for index in 0..<min(command.argumentSpan.start, bytes.count) { bytes[index] = UInt8(ascii: " ") }
        var scratch = session
        let run = scratch.run(String(decoding: bytes, as: UTF8.self), name: inputName)
        let file = scratch.sources.count - 1
        let input = SourceFile(name: inputName, text: line)
        for diagnostic in run.diagnostics {
            report(diagnostic, in: &reply, input: input, inputFile: file, firstLine: firstLine, sources: scratch.sources)
        }
        guard !run.hasErrors, let result = run.results.last else { return }
        let value: Value
        switch result.outcome {
        case .value(let shown)?, .binding(_, let shown, _)?: value = shown
        case nil:
            let problem = notComputed(result.statement)
            report(problem, in: &reply, input: input, inputFile: file, firstLine: firstLine, sources: scratch.sources)
            return
        default:
            reply.output("'\(command.argument)' has no value to explain\n")
            return
        }
        reply.output(explanation(of: command.argument, value))
    }

    /// The figures behind a value, each with where in the interview it was said.
    func explanation(of text: String, _ value: Value) -> String {
        let ids = value.provenance.ids
        let head = "\(text) = \(formatter.display(value))"
        guard !ids.isEmpty else { return head + " comes from no dataset figure\n" }
        var out = head + ", from \(ids.count) \(ids.count == 1 ? "figure" : "figures"):\n"
        for id in ids {
            guard let figure = Dataset.figure(id) else { continue }
            let place = ([figure.timestamp, figure.speaker] as [String?]).compactMap { $0 }.joined(separator: ", ")
            out += "  \(figure.id) = \(figure.value)  [\(place)]\n"
            out += "    \"\(figure.quote)\"\n"
        }
        return out
    }
}

extension String {
    /// The text with spaces added to reach `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
