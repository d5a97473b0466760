import Diagnostics
import Evaluation
import Platform
import Presentation
import Syntax

extension REPL {
    /// Runs statements and echoes each result: a value, `name = value` for a definition, and
    /// for a redefinition what it changed (`share = 28% → 23.3%`).
    mutating func runStatements(_ text: String, firstLine: Int) -> Reply {
        var reply = Reply()
        if mode == .interactive, let hint = bareWordHint(text) {
            reply.output(hint)
            return reply
        }
        let run = session.run(text, name: inputName)
        let file = FileID(session.sources.count - 1)
        let input = session.source(file)
        if run.results.isEmpty {
            for diagnostic in run.diagnostics {
                report(diagnostic, in: &reply, input: input, inputFile: file, firstLine: firstLine)
            }
        }
        for result in run.results {
            reply.output(display(result))
            var diagnostics = result.diagnostics
            if result.outcome == nil, diagnostics.isEmpty { diagnostics = [notComputed(result.statement)] }
            for diagnostic in diagnostics {
                report(diagnostic, in: &reply, input: input, inputFile: file, firstLine: firstLine)
            }
            if case .unit? = result.outcome { unitDeclarations.append(result.statement) }
            record(result.statement, outcome: result.outcome)
            if case .assertion(let truth, let value)? = result.outcome {
                assertions.append(
                    CheckedAssertion(
                        statement: result.statement, text: input.text(of: result.statement.span),
                        verdict: truth.assertionVerdict(chance: value.chance)))
            } else if !result.changes.isEmpty || isRedefinition(result) {
                reply.output(recheckAssertions(after: result))
            }
            if case .assertion(let truth, let value)? = result.outcome, truth != .yes,
                case .assertion(let condition) = result.statement.kind
            {
                // A script stops being a success at a failed assert; it is named like an error.
                let sides = session.assertionSides(condition, source: input)
                let diagnostic = words.assertionDiagnostic(
                    condition: input.text(of: condition.span), truth: truth, chance: value.chance,
                    span: condition.span, sides: sides)
                if mode == .piped {
                    report(diagnostic, in: &reply, input: input, inputFile: file, firstLine: firstLine)
                } else {
                    reply.failed = true
                }
            }
        }
        return reply
    }

    /// Notes a statement for `:save`: a definition's name at its first place, a heading, prose,
    /// an assert or a unit declaration as written. Expressions are not kept.
    mutating func record(_ statement: Statement, outcome: Outcome?) {
        switch statement.kind {
        case .heading, .prose, .assertion, .unitDeclaration:
            document.append(.statement(statement))
        case .scenario(let scenario):
            // A valid scenario is kept for :save; a new one of the same name replaces the old.
            guard outcome != nil else { return }
            let name = scenario.name.text
            if let index = document.firstIndex(where: { entry in
                if case .statement(let old) = entry, case .scenario(let other) = old.kind {
                    return other.name.text == name
                }
                return false
            }) {
                document[index] = .statement(statement)
            } else {
                document.append(.statement(statement))
            }
        case .expression, .asOf:
            break
        default:
            guard let name = FreeNames.definedName(of: statement) else { return }
            if documentNames.insert(name).inserted { document.append(.definition(name)) }
        }
    }

    /// Whether a statement gave a name a new value.
    func isRedefinition(_ result: StatementResult) -> Bool {
        if case .binding(_, _, let previous)? = result.outcome { return previous != nil }
        return false
    }

    /// `  assert c < r: passed → FAILED (maybe: 50% chance it holds)` for each earlier assert
    /// that reads a changed name and whose verdict changed; empty when none did.
    mutating func recheckAssertions(after result: StatementResult) -> String {
        var changed = Set(result.changes.map(\.name))
        if let name = FreeNames.definedName(of: result.statement) { changed.insert(name) }
        var out = ""
        for index in assertions.indices {
            let assertion = assertions[index]
            guard !FreeNames.of(assertion.statement).isDisjoint(with: changed) else { continue }
            let verdict: String
            if case .assertion(let truth, let value)? = session.recheck(assertion.statement) {
                verdict = truth.assertionVerdict(chance: value.chance)
            } else {
                verdict = "cannot be computed"
            }
            guard verdict != assertion.verdict else { continue }
            out += "  \(assertion.text): \(assertion.verdict) → \(verdict)\n"
            assertions[index].verdict = verdict
        }
        return out
    }

    /// What a user who types `quit` or `help` at the prompt is looking for.
    func bareWordHint(_ text: String) -> String? {
        let word = text.trimmingBlanks()
        guard session.value(named: word) == nil else { return nil }
        switch word {
        case "quit", "exit", "bye": return "to leave, type :quit or press Ctrl-D\n"
        case "help", "?": return "type :help for help\n"
        default: return nil
        }
    }

    /// The echo of one statement's result, with what its redefinition changed.
    func display(_ result: StatementResult) -> String {
        var out = result.outcome.map { words.echo($0, definitions: true) } ?? ""
        for change in result.changes {
            if let line = changeLine(change.name, old: change.old, new: change.new) { out += line }
        }
        return out
    }

    /// `  share = 28% → 23.3%`, or nil when the value shows the same.
    func changeLine(_ name: String, old: Value?, new: Value?) -> String? {
        words.changeLine(name, old: old, new: new, failure: failedText(name))
    }

    /// `failed: REASON` for a definition that could not be recomputed.
    func failedText(_ name: String) -> String {
        guard let definition = session.definitions[name] else { return "(failed)" }
        // Running the definition again on a copy of the session finds the reason without
        // changing anything.
        var scratch = session
        guard let reason = scratch.execute(definition.statement).diagnostics.first?.message else { return "(failed)" }
        return "(failed: \(reason))"
    }

    /// The error for a statement that used a name whose own definition failed.
    func notComputed(_ statement: Statement) -> Diagnostic {
        let failed = FreeNames.of(statement).sorted().first {
            session.definitions[$0] != nil && session.value(named: $0) == nil
                && session.environment.functions[$0] == nil
        }
        var diagnostic = EvalError(.dependsOnFailed(failed ?? "it"), statement.span).diagnostic
        if let failed { diagnostic.notes.append("the definition of '\(failed)' failed; redefine it to go on") }
        return diagnostic
    }
}

/// An assert the REPL has seen, with its last verdict.
struct CheckedAssertion {
    var statement: Statement
    var text: String
    var verdict: String
}
