import Evaluation

extension Entry {
    /// The table of a statement that gives a series (a projection, or arithmetic on one), shown
    /// under the statement in reports; its one-line summary stays in the result column.
    func seriesTable(_ formatter: ValueFormatter) -> String? {
        guard case .value(let value)? = outcome else { return nil }
        switch value.kind {
        case .series, .truths: return formatter.display(value)
        default: return nil
        }
    }
}
