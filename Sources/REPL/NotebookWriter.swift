import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation
import Syntax

/// Writes a session as a notebook: headings, prose, asserts, scenarios and unit declarations as they were
/// typed or loaded, and the latest text of each definition at the place the name was first
/// defined, so that `:load a.tnb` then `:save b.tnb` gives a notebook with the same report. A
/// definition that failed is kept as a comment, so the notebook runs and nothing typed is lost.
enum NotebookWriter {
    /// One place in the saved notebook.
    enum Entry {
        /// A defined name: its latest definition (and the projection that builds on it).
        case definition(String)
        /// A heading, prose, an assert or a unit declaration, as written.
        case statement(Statement)

        var name: String? {
            if case .definition(let name) = self { return name }
            return nil
        }
    }

    /// The notebook text and how many definitions it holds.
    static func notebook(of session: Session, document: [Entry], units: [Statement]) -> (text: String, count: Int) {
        // A title heading first, as a notebook has it; otherwise a comment says where it came from.
        var text = ""
        var entries = document
        if case .statement(let first)? = entries.first, case .heading(level: 1, _) = first.kind {
            text += source(of: first, in: session) + "\n\n"
            entries.removeFirst()
        } else {
            text += "// Definitions saved from the tnb REPL.\n"
        }
        if session.options.asOf != SessionOptions.defaultAsOf { text += "as of \(session.options.asOf)\n" }
        // Definitions (and unit declarations) keep the places they were first typed at, but fill
        // those places in an order where each comes after what it uses, so that `tnb eval`
        // reads the file top to bottom as `tnb run` does; headings, prose and asserts stay put.
        var definitions: [Statement] = []
        var written: Set<String> = []
        var slots: [Int] = []
        for (index, entry) in entries.enumerated() {
            switch entry {
            case .statement(let statement):
                if isUnit(statement) {
                    definitions.append(statement)
                    slots.append(index)
                }
            case .definition(let name):
                guard let definition = session.definitions[name] else { continue }
                written.insert(name)
                definitions.append(definition.statement)
                if let projection = definition.projection { definitions.append(projection) }
                slots.append(index)
            }
        }
        // Anything defined without passing through the log goes last.
        definitions += definitionStatements(of: session, units: document.isEmpty ? units : []).filter {
            guard let name = FreeNames.definedName(of: $0) else { return isUnit($0) && document.isEmpty }
            return !written.contains(name)
        }
        let order = DependencyOrder(definitions).order
        let placed = Set(order)
        var ordered = (order + definitions.indices.filter { !placed.contains($0) }).map { definitions[$0] }[...]
        var statements: [Statement] = []
        for (index, entry) in entries.enumerated() {
            if slots.contains(index) {
                if let next = ordered.popFirst() { statements.append(next) }
                if index == slots.last { statements += ordered }
            } else if case .statement(let statement) = entry {
                statements.append(statement)
            }
        }
        if slots.isEmpty { statements += ordered }
        var count = 0
        var previousWasProse = false
        for statement in statements {
            guard session.sources[file: statement.span.file] != nil else { continue }
            let source = source(of: statement, in: session)
            if isFailed(statement, in: session) {
                text +=
                    source.split(separator: "\n", omittingEmptySubsequences: false).map { "// failed: " + $0 }
                    .joined(separator: "\n") + "\n"
            } else {
                // A heading starts a section, and prose is a paragraph: blank lines around them,
                // as notebooks are written.
                let isProse = if case .prose = statement.kind { true } else { false }
                if case .heading = statement.kind, !text.hasSuffix("\n\n") { text += "\n" }
                if isProse != previousWasProse, !text.hasSuffix("\n\n") { text += "\n" }
                previousWasProse = isProse
                text += source + "\n"
                if case .heading = statement.kind { text += "\n" }
                if case .project = statement.kind, FreeNames.projectionBase(of: statement) != nil { continue }
                if FreeNames.definedName(of: statement) == nil, !isUnit(statement) { continue }
                count += 1
            }
        }
        return (text, count)
    }

    static func isUnit(_ statement: Statement) -> Bool {
        if case .unitDeclaration = statement.kind { return true }
        return false
    }

    static func source(of statement: Statement, in session: Session) -> String {
        session.sources[statement.span.file.index].text(of: statement.span)
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
