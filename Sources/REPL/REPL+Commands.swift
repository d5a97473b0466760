import Dataset
import Diagnostics
import Evaluation
import Platform
import Presentation
import Syntax
import Units

extension REPL {
    /// The span file of a meta command line, which is not one of the session's sources.
    static let commandFile = FileID.commandLine

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
            case .figures: figures(command, line: line, firstLine: firstLine, &reply)
            case .why: why(command, line: line, firstLine: firstLine, &reply)
            case .load: problems = load(command, firstLine: firstLine, &reply)
            case .save: problems = save(command, &reply)
            case .diff: reply.output(diff())
            case .reset:
                session = Session(options: REPL.sessionOptions(samples: samples))
                unitDeclarations = []
                assertions = []
                document = []
                documentNames = []
                reply.output("forgot every definition\n")
            case .asOf: asOf(command, line: line, firstLine: firstLine, &reply)
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
            return [
                REPLError(kind: .unknownHelpTopic(command.argument, suggestion: suggestion), span: command.argumentSpan)
                    .diagnostic
            ]
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
            name.padded(to: width) + " = " + (session.value(named: name).map(formatter.inlineDisplay) ?? "(failed)")
                + "\n"
        }.joined()
        if !functions.isEmpty {
            out +=
                "functions: "
                + functions.map { "\($0.name)(\($0.parameters.joined(separator: ", ")))" }.joined(separator: ", ")
                + "\n"
        }
        if !units.isEmpty { out += "units: " + units.joined(separator: ", ") + "\n" }
        return out
    }

    /// `:figures [query]`: the dataset's figures, or a query over them in the language's query
    /// syntax (`where topic == "memory" | sort period`), as `tnb figures` takes it.
    mutating func figures(_ command: MetaCommand, line: String, firstLine: Int, _ reply: inout Reply) {
        // `:figures ` is as long as `figures |`, so the query keeps the columns it was typed at.
        let argument = command.argument.drop { $0 == " " }
        let lead =
            argument.isEmpty || argument.hasPrefix("figures") ? "" : argument.hasPrefix("|") ? "figures" : "figures |"
        let formatter = self.formatter
        evaluateOverlay(line, command, lead: argument.isEmpty ? "figures" : lead, firstLine: firstLine, &reply) {
            value in
            formatter.display(value) + "\n"
        }
    }

    /// `:as-of [PERIOD]`: shows the period projections count from, or changes it and recomputes
    /// every definition, showing what changed.
    mutating func asOf(_ command: MetaCommand, line: String, firstLine: Int, _ reply: inout Reply) {
        guard !command.argument.isEmpty else {
            reply.output("as of \(session.options.asOf)\n")
            return
        }
        var period: Period?
        evaluateOverlay(line, command, lead: "as of", firstLine: firstLine, &reply) { _ in
            ""
        } outcome: {
            if case .asOf(let found) = $0 { period = found }
        }
        guard let period else { return }
        let changes = session.setAsOf(period)
        reply.output(
            "as of \(period)\n" + changes.compactMap { changeLine($0.name, old: $0.old, new: $0.new) }.joined())
    }

    /// Runs a command's argument as a statement on a copy of the session: the typed line with
    /// everything before the argument blanked and `lead` put just before it (the command word
    /// is at least as long), so carets line up with what was typed. Shows the value with `show`.
    mutating func evaluateOverlay(
        _ line: String, _ command: MetaCommand, lead: String, firstLine: Int, _ reply: inout Reply,
        show: (Value) -> String, outcome: (Outcome) -> Void = { _ in }
    ) {
        var bytes = Array(line.utf8)
        let start = min(command.argumentSpan.start, bytes.count)
        for index in 0..<start { bytes[index] = UInt8(ascii: " ") }
        let leadBytes = Array(lead.utf8)
        if leadBytes.isEmpty {
            // Nothing goes before the argument.
        } else if start > leadBytes.count {
            bytes.replaceSubrange((start - leadBytes.count - 1)..<(start - 1), with: leadBytes)
        } else if start == leadBytes.count {
            bytes.replaceSubrange(0..<start, with: leadBytes)
        } else {
            bytes.insert(contentsOf: leadBytes + [UInt8(ascii: " ")], at: start)
        }
        var scratch = session
        let run = scratch.run(String(decoding: bytes, as: UTF8.self), name: inputName)
        let file = FileID(scratch.sources.count - 1)
        let input = SourceFile(name: inputName, text: line)
        for diagnostic in run.diagnostics {
            report(
                diagnostic, in: &reply, input: input, inputFile: file, firstLine: firstLine, sources: scratch.sources)
        }
        guard !run.hasErrors else { return }
        for result in run.results {
            guard let produced = result.outcome else { continue }
            outcome(produced)
            if case .value(let value) = produced { reply.output(show(value)) }
        }
    }

    /// `:why EXPR`: the figures a value came from, with where in the interview each was said.
    mutating func why(_ command: MetaCommand, line: String, firstLine: Int, _ reply: inout Reply) {
        var failedStatement: Statement?
        var shown = false
        let formatter = self.formatter
        evaluateOverlay(line, command, lead: "", firstLine: firstLine, &reply) { value in
            shown = true
            return REPL.explanation(of: command.argument, value, formatter: formatter)
        } outcome: { _ in
        }
        if !shown, !reply.failed {
            // A name whose definition failed evaluates to nothing, quietly.
            var scratch = session
            let run = scratch.run(command.argument, name: inputName)
            failedStatement = run.results.first { $0.outcome == nil && $0.diagnostics.isEmpty }?.statement
            if let failedStatement {
                let input = SourceFile(name: inputName, text: line)
                var diagnostic = notComputed(failedStatement)
                diagnostic.span = command.argumentSpan
                report(diagnostic, in: &reply, input: input, inputFile: REPL.commandFile, firstLine: firstLine)
            } else {
                reply.output("'\(command.argument)' has no value to explain\n")
            }
        }
    }

    /// The figures behind a value, as `--why` lists them.
    static func explanation(of text: String, _ value: Value, formatter: ValueFormatter) -> String {
        let figures = value.provenance.figures
        let head = "\(text) = \(formatter.inlineDisplay(value))"
        guard !figures.isEmpty else { return head + " comes from no dataset figure\n" }
        let count = figures.count == 1 ? "1 figure" : "\(figures.count) figures"
        return head + ", from \(count):\n" + formatter.why(value).map { $0 + "\n" }.joined()
    }
}

extension String {
    /// The text with spaces added to reach `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
