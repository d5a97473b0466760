import Diagnostics
import Syntax
import Units

/// The order a notebook's statements are evaluated in, decided by what each one uses.
///
/// Statements come in document order except where a statement uses a name defined further
/// down: the definition is pulled forward. A name defined twice and a cycle of definitions are
/// errors; statements caught in either, and everything that depends on them, are left out.
public struct DependencyOrder: Sendable {
    /// Indices into the notebook's statements, in evaluation order; blocked ones are left out.
    public private(set) var order: [Int] = []
    /// Duplicate definitions and cycles, in source order.
    public private(set) var diagnostics: [Diagnostic] = []
    /// The statements each statement depends on (indices).
    public private(set) var dependencies: [[Int]] = []
    /// The names each statement uses (`FreeNames.of`), worked out once for the order and kept
    /// for the session that runs the statements.
    public private(set) var uses: [Set<String>] = []

    /// Works out the order of `statements`.
    public init(_ statements: [Statement]) {
        let definers = DependencyOrder.definers(statements, diagnostics: &diagnostics)
        var blocked = Set(definers.duplicated)
        uses = statements.map(FreeNames.of)
        dependencies = statements.enumerated().map { index, statement in
            let used = uses[index].compactMap { name in
                // `project spend ...` reads the `let spend` it builds on, not itself.
                if let base = definers.projectionBases[index], name == statement.definedName?.text { return base }
                return definers.byName[name]
            }
            var unique: [Int] = []
            for index in used.sorted() where unique.last != index { unique.append(index) }
            return unique
        }
        let (postOrder, cycles) = DependencyOrder.depthFirst(dependencies)
        for cycle in cycles {
            blocked.formUnion(cycle)
            diagnostics.append(DependencyOrder.cycleDiagnostic(cycle, statements))
        }
        // `as of` sets the period everything else counts from: it runs first, and only once.
        let asOfs = statements.indices.filter { if case .asOf = statements[$0].kind { true } else { false } }
        for extra in asOfs.dropFirst() {
            let related = [("first set here", statements[asOfs[0]].span)]
            diagnostics.append(
                EvalError(.duplicateDefinition("as of"), statements[extra].span, related: related).diagnostic)
            blocked.formUnion([asOfs[0], extra])
        }
        let first = asOfs.prefix(1)
        for index in Array(first) + postOrder.filter({ !first.contains($0) }) {
            if blocked.contains(index) || dependencies[index].contains(where: blocked.contains) {
                blocked.insert(index)
            } else {
                order.append(index)
            }
        }
        diagnostics.sort { $0.span.start < $1.span.start }
    }

    /// Which statement defines each name (the first, when there are several), the indices of
    /// every statement defining a name that is defined more than once, and for each `project`
    /// statement that builds on a `let` of its name, that `let`.
    ///
    /// The note under a duplicate between `let x` and `project x from ...`.
    static func projectionFromNote(_ name: String) -> String {
        "'project \(name) from ...' defines \(name) on its own: remove the 'let', or project without 'from' to build on it (project \(name) growth ...)"
    }

    /// Whether a statement is `project NAME from START ...`, which defines the name by itself.
    static func isProjectionFrom(_ statement: Statement) -> Bool {
        if case .project(let projection) = statement.kind { return projection.start != nil }
        return false
    }

    /// `let spend = ...` then `project spend growth 4x by Q4` is one definition in two steps:
    /// the project statement defines `spend` for everything else, and itself reads the `let`.
    static func definers(_ statements: [Statement], diagnostics: inout [Diagnostic])
        -> (byName: [String: Int], duplicated: [Int], projectionBases: [Int: Int])
    {
        var byName: [String: Int] = [:]
        byName.reserveCapacity(statements.count)
        var duplicated: [Int] = []
        var projectionBases: [Int: Int] = [:]
        // Projections that build on a `let` come second, wherever they are written.
        let builds = statements.indices.filter { FreeNames.projectionBase(of: statements[$0]) != nil }
        let building = Set(builds)
        for index in statements.indices.filter({ !building.contains($0) }) + builds {
            let statement = statements[index]
            guard let name = statement.definedName else { continue }
            if let first = byName[name.text], building.contains(index),
                DependencyOrder.isValueDefinition(statements[first])
            {
                projectionBases[index] = first
                byName[name.text] = index
            } else if let first = byName[name.text], let firstName = statements[first].definedName {
                var error = EvalError(
                    .duplicateDefinition(name.text), name.span, related: [("first defined here", firstName.span)])
                if [statements[first], statement].contains(where: DependencyOrder.isProjectionFrom),
                    [statements[first], statement].contains(where: DependencyOrder.isValueDefinition)
                {
                    error.extraNotes = [DependencyOrder.projectionFromNote(name.text)]
                }
                diagnostics.append(error.diagnostic)
                duplicated += [first, index]
            } else {
                byName[name.text] = index
            }
        }
        // `unit seat` is used as `5 seats`: the plural names the same definition.
        for (index, statement) in statements.enumerated() {
            if case .unitDeclaration(let name, _) = statement.kind, byName[name.text] == index {
                let plural = Unit.pluralize(name.text)
                if byName[plural] == nil { byName[plural] = index }
            }
        }
        return (byName, duplicated, projectionBases)
    }

    /// A post-order of the graph (each node after the nodes it depends on, roots in document
    /// order) and the cycles found, each as the list of its nodes in dependency order.
    static func depthFirst(_ dependencies: [[Int]]) -> (order: [Int], cycles: [[Int]]) {
        DependencyGraph.postOrder(
            nodeCount: dependencies.count, roots: Array(dependencies.indices), edges: { dependencies[$0] })
    }

    /// `definitions form a cycle: a -> b -> a`, at the first of them in the document.
    static func cycleDiagnostic(_ cycle: [Int], _ statements: [Statement]) -> Diagnostic {
        let names = cycle.compactMap { statements[$0].definedName }
        guard let firstIndex = names.indices.min(by: { names[$0].span.start < names[$1].span.start }) else {
            let span = statements[cycle[0]].span
            return EvalError(.cyclicDefinition([]), span).diagnostic
        }
        let rotated = Array(names[firstIndex...] + names[..<firstIndex])
        let path = rotated.map(\.text) + [rotated[0].text]
        let related = rotated.dropFirst().map { ("'\($0.text)' is defined here", $0.span) }
        return EvalError(.cyclicDefinition(path), rotated[0].span, related: Array(related)).diagnostic
    }

    /// Whether a statement is a `let` value or a `param`, which a `project` statement may build on.
    static func isValueDefinition(_ statement: Statement) -> Bool {
        switch statement.kind {
        case .letValue, .param: true
        default: false
        }
    }
}

extension Statement {
    /// The name a statement defines, as `FreeNames.definedName(of:)` says, with where it is
    /// written (the whole statement for a kind of definition this switch does not know).
    public var definedName: Name? {
        guard let text = FreeNames.definedName(of: self) else { return nil }
        switch kind {
        case .letValue(let name, _), .letFunction(let name, _, _), .unitDeclaration(let name, _), .param(let name, _):
            return name
        case .project(let projection):
            return projection.name
        default:
            return Name(text, span)
        }
    }
}
