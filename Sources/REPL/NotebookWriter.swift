import Diagnostics
import Evaluation
import Syntax

/// Writes a session's definitions as a notebook: the text of each definition as it was typed,
/// each after the definitions it uses. A definition that failed is kept as a comment, so the
/// notebook runs and nothing typed is lost.
enum NotebookWriter {
    /// The notebook text and how many definitions it holds.
    static func notebook(of session: Session, units: [Statement]) -> (text: String, count: Int) {
        let definitions = session.definitionOrder.compactMap { session.definitions[$0]?.statement }
        var text = "// Definitions saved from the tnb REPL.\n"
        var count = 0
        for statement in DefinitionOrder.sorted(units + definitions) {
            guard session.sources.indices.contains(statement.span.file) else { continue }
            let source = session.sources[statement.span.file].text(of: statement.span)
            if isFailed(statement, in: session) {
                text += source.split(separator: "\n", omittingEmptySubsequences: false).map { "// failed: " + $0 }
                    .joined(separator: "\n") + "\n"
            } else {
                text += source + "\n"
                count += 1
            }
        }
        return (text, count)
    }

    /// Whether a definition has no value now.
    static func isFailed(_ statement: Statement, in session: Session) -> Bool {
        guard case .letValue(let name, _) = statement.kind else { return false }
        return session.value(named: name.text) == nil
    }
}
