import Diagnostics
import Syntax
import Units

/// What loading a notebook's statements into a session gave.
public struct LoadResult: Sendable {
    /// Each statement's result, by the statement's index; nil for a statement left out because
    /// it is caught in a duplicate definition or a cycle, or depends on one that is.
    public var results: [StatementResult?]
    /// The problems of the order itself: duplicate definitions and cycles, in source order.
    public var orderDiagnostics: [Diagnostic]
    /// Definitions outside the loaded statements that were recomputed because the load
    /// redefined something they use.
    public var changes: [Change]
}

extension Session {
    /// Runs statements as a notebook orders them: `as of` first (replaced by `asOf` when one is
    /// given, as `--as-of` does), then each definition after the definitions it uses (see
    /// `DependencyOrder`). The one way notebooks, `tnb run`, `tnb check` and the REPL's `:load`
    /// bring statements into a session.
    ///
    /// Definitions already in the session that use a loaded name are recomputed once, at the
    /// end, not after each statement.
    public mutating func load(_ statements: [Statement], asOf override: Period? = nil) -> LoadResult {
        stepBudget.reset(statements: statements.count, base: options.stepBudgetBase)
        let order = DependencyOrder(statements)
        let hadDefinitions = !definitions.isEmpty
        var results = [StatementResult?](repeating: nil, count: statements.count)
        reserveCapacity(definitions: definitions.count + statements.count)
        if let override { setAsOf(override) }
        let outer = deferredRecomputation
        deferredRecomputation = []
        for index in order.order {
            // The order worked out what the statement uses: the session's graph takes it as is.
            knownUses = order.uses[index]
            var result = execute(statements[index])
            knownUses = nil
            if let override, case .asOf? = result.outcome {
                setAsOf(override)
                result.outcome = .asOf(override)
            }
            results[index] = result
        }
        let loadedNames = deferredRecomputation ?? []
        deferredRecomputation = outer
        // Loaded definitions ran after what they use; what is stale is the definitions outside
        // the load that use a loaded name, and everything after them (none, in a fresh session).
        var changes: [Change] = []
        if hadDefinitions {
            let loaded = Set(loadedNames)
            changes = AnalysisBudget.$current.withValue(stepBudget.analysis) {
                recompute(graph.dependents(of: Array(loaded), startingOutside: loaded))
            }
        }
        return LoadResult(results: results, orderDiagnostics: order.diagnostics, changes: changes)
    }
}
