import Diagnostics
import Units

/// How many expression nodes one run may evaluate: a notebook run, one `tnb eval`, one input of
/// the REPL. Every statement of the run draws on it, so thirty statements that each loop for
/// long stop as soon as the first budget's worth is spent, and no input keeps tnb busy for
/// more than a second or two. The budget is `base` steps and `perStatement` more for each
/// statement, so a generated notebook of a million lines has room for its own work. A class:
/// the session's evaluators share one count.
public final class StepBudget: @unchecked Sendable {
    /// The steps any run may take.
    public static let base = 5_000_000
    /// The steps added for each statement of the run.
    public static let perStatement = 20

    /// The steps taken so far.
    public private(set) var used = 0
    /// The steps this run may take.
    public private(set) var limit = StepBudget.base

    /// How many did-you-mean searches the run may still make: a search reads every known name,
    /// and no one reads past the first screenful of errors (50 are shown), so ten thousand
    /// misspelt names do not cost ten thousand searches.
    public static let suggestions = 200
    private(set) var suggestionsLeft = StepBudget.suggestions

    /// Takes one did-you-mean search; false once the run's are spent.
    func spendSuggestion() -> Bool {
        suggestionsLeft -= 1
        return suggestionsLeft >= 0
    }

    /// The branch-and-bound boxes the run's range analyses may examine (see `AnalysisBudget`).
    let analysis = AnalysisBudget()

    /// A full budget.
    public init() {}

    /// Takes one step; false when the budget is spent.
    func spend() -> Bool {
        used += 1
        return used <= limit
    }

    /// Starts a new run of `statements` statements, with `base` steps before the statements'.
    func reset(statements: Int, base: Int = StepBudget.base) {
        used = 0
        limit = base + StepBudget.perStatement * statements
        suggestionsLeft = StepBudget.suggestions
        analysis.reset(boxes: AnalysisBudget.base + AnalysisBudget.perStatement * statements)
    }
}
