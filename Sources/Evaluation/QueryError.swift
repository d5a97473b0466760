import Units

/// What a query can get wrong; `EvalErrorKind.query` carries it, and every message lives here.
public enum QueryErrorKind: Sendable {
    case unknownField(String, suggestion: String?)
    case unknownStage(String, suggestion: String?)
    case unknownTag(String, suggestion: String?)
    case unknownFieldValue(field: String, value: String, suggestion: String?)
    case unknownPeriod(String)
    case fieldTypeMismatch(field: String, op: String, found: String)
    case badAggregateField(function: String, field: String)
    case badLimit(String)
    case stageAfterAggregate(stage: String, aggregate: String)
    case emptyAggregate(String)
    case mixedKinds(operation: String, kinds: [String])

    /// The stable id.
    public var id: String {
        switch self {
        case .unknownField: "unknown-field"
        case .unknownStage: "unknown-stage"
        case .unknownTag: "unknown-tag"
        case .unknownFieldValue: "unknown-field-value"
        case .unknownPeriod: "unknown-period"
        case .fieldTypeMismatch, .badAggregateField, .badLimit: "query-type-mismatch"
        case .stageAfterAggregate: "stage-after-aggregate"
        case .emptyAggregate: "empty-aggregate"
        case .mixedKinds: "mixed-kinds"
        }
    }

    /// The message.
    public var message: String {
        switch self {
        case .unknownField(let name, _): "unknown field '\(name)'"
        case .unknownStage(let name, _): "unknown query stage '\(name)'"
        case .unknownTag(let tag, _): "unknown topic '\(tag)'"
        case .unknownFieldValue(let field, let value, _): "no figure has \(field) '\(value)'"
        case .unknownPeriod(let text): "'\(text)' is not a period"
        case .fieldTypeMismatch(let field, let op, let found): "cannot compare '\(field)' with \(found) using '\(op)'"
        case .badAggregateField(let function, let field): "'\(function)' takes 'value', not '\(field)'"
        case .badLimit(let found): "'limit' takes a whole number of rows, not \(found)"
        case .stageAfterAggregate(let stage, let aggregate):
            "'\(stage)' cannot follow '\(aggregate)', which gives one value"
        case .emptyAggregate(let function): "'\(function)' of no rows"
        case .mixedKinds(let operation, let kinds) where kinds.count == 1:
            "cannot \(operation) \(kinds[0])s"
        case .mixedKinds(let operation, let kinds):
            "cannot \(operation) values of \(kinds.count) kinds: \(kinds.prefix(4).joined(separator: ", "))"
                + (kinds.count > 4 ? ", ..." : "")
        }
    }

    /// Extra notes: the did-you-mean, and what is allowed.
    public var notes: [String] {
        switch self {
        case .unknownField(_, let suggestion):
            (suggestion.map { ["did you mean '\($0)'?"] } ?? []) + [
                "fields: " + QueryField.allCases.map(\.rawValue).joined(separator: ", ") + " (topic is topics)"
            ]
        case .unknownStage(_, let suggestion):
            (suggestion.map { ["did you mean '\($0)'?"] } ?? [])
                + ["stages: where, sort, select, limit, count, sum(value), min(value), max(value)"]
        case .unknownTag(_, let suggestion):
            suggestion.map { ["did you mean '\($0)'?"] } ?? []
        case .unknownFieldValue(_, _, let suggestion):
            suggestion.map { ["did you mean '\($0)'?"] } ?? []
        case .unknownPeriod:
            [
                "periods are written '2028', 'Q1 2026', 'Apr 2026', 'end of 2025', 'H2 2026', 'Fall 2026', 'Oct 2026 to Oct 2027' or 'within 3 months of Apr 2026'"
            ]
        case .fieldTypeMismatch(let field, _, _):
            [QueryField.named(field)?.comparisonHelp ?? ""].filter { !$0.isEmpty }
        case .mixedKinds(_, let kinds) where kinds.count == 1:
            ["'sort period' orders dates"]
        case .mixedKinds(_, let kinds):
            ["keep one kind first, such as 'where kind == \"\(kinds[0])\"'"]
        case .badAggregateField, .badLimit, .stageAfterAggregate, .emptyAggregate:
            []
        }
    }
}
