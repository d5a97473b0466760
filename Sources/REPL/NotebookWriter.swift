import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation
import Syntax

/// Writes a session's definitions as a notebook: the text of each definition as it was typed,
/// in the order `tnb run` evaluates them. A definition that failed is kept as a comment, so the
/// notebook runs and nothing typed is lost.
enum NotebookWriter {
    /// The notebook text and how many definitions it holds.
    static func notebook(of session: Session, units: [Statement]) -> (text: String, count: Int) {
        var text = "// Definitions saved from the tnb REPL.\n"
        if session.options.asOf != SessionOptions.defaultAsOf { text += "as of \(session.options.asOf)\n" }
        var count = 0
        for statement in definitionStatements(of: session, units: units) {
            guard session.sources[file: statement.span.file] != nil else { continue }
            let source = session.sources[statement.span.file.index].text(of: statement.span)
            if isFailed(statement, in: session) {
                text +=
                    source.split(separator: "\n", omittingEmptySubsequences: false).map { "// failed: " + $0 }
                    .joined(separator: "\n") + "\n"
            } else {
                text += source + "\n"
                if case .project = statement.kind, FreeNames.projectionBase(of: statement) != nil { continue }
                count += 1
            }
        }
        return (text, count)
    }

    /// Every definition's statements (units, values, functions, params, projections), each after
    /// the definitions it uses.
    static func definitionStatements(of session: Session, units: [Statement]) -> [Statement] {
        var statements = units
        for name in session.definitionOrder {
            guard let definition = session.definitions[name] else { continue }
            statements.append(definition.statement)
            if let projection = definition.projection { statements.append(projection) }
        }
        let order = DependencyOrder(statements).order
        let placed = Set(order)
        let left = statements.indices.filter { !placed.contains($0) }
        return (order + left).map { statements[$0] }
    }

    /// Whether a definition has no value now.
    static func isFailed(_ statement: Statement, in session: Session) -> Bool {
        switch statement.kind {
        case .letValue(let name, _), .param(let name, _): session.value(named: name.text) == nil
        case .project(let projection): session.value(named: projection.name.text) == nil
        default: false
        }
    }
}
