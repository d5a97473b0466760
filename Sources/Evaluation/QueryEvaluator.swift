import Dataset
import Diagnostics
import Syntax
import Units

/// Runs queries over the dataset: `figures | where ... | sort ... | select ... | limit ... | count`.
extension Evaluator {
    /// The value of a query: a table of figures, or one value when it ends in an aggregate.
    mutating func query(_ query: Query, _ span: Span) throws(EvalError) -> Value {
        if let figure = FigureRows.unreadable { _ = try FigureValues.value(of: figure, query.source.span) }
        // Rows are indices into `Dataset.figures`.
        var rows = Array(Dataset.figures.indices)
        var columns = QueryField.listing
        var isListing = true
        for (index, stage) in query.stages.enumerated() {
            switch stage.kind {
            case .filter(let condition):
                let resolved = try resolve(condition)
                rows = rows.filter { QueryMatcher.holds(resolved, $0) }
            case .sort(let keys):
                var fields: [(QueryField, Bool)] = []
                for key in keys {
                    let field = try queryField(key.field)
                    if field == .value { try oneKind(rows, operation: "sort", stage.span) }
                    fields.append((field, key.descending))
                }
                rows = QueryMatcher.sorted(rows, by: fields)
            case .select(let names):
                columns = []
                for name in names { columns.append(try queryField(name)) }
                isListing = false
            case .limit(let expr):
                rows = Array(rows.prefix(try limitCount(expr)))
            case .count, .aggregate:
                if index + 1 < query.stages.count {
                    let next = query.stages[index + 1]
                    throw EvalError(
                        .query(.stageAfterAggregate(stage: Self.stageName(next), aggregate: Self.stageName(stage))),
                        next.span)
                }
                return try aggregate(stage, rows)
            case .unknown(let name):
                let suggestion = Suggestion.closest(to: name.text, among: Parser.queryStages)
                throw EvalError(.query(.unknownStage(name.text, suggestion: suggestion)), name.span)
            }
        }
        let cells = rows.map { row in
            let figure = Dataset.figures[row]
            return columns.map { $0.cell(of: figure, quantity: FigureRows.quantities[row] ?? Quantity(0)) }
        }
        let ids = rows.map { Dataset.figures[$0].id }
        let table = Table(columns: columns.map(\.heading), rows: cells, figureIDs: ids, isListing: isListing)
        return Value(.table(table), provenance: Self.provenance(ofIDs: ids))
    }

    /// The figures behind some rows, as provenance.
    static func provenance(of rows: [Figure]) -> Provenance {
        provenance(ofIDs: rows.map(\.id))
    }

    /// Figure ids as provenance: sorted, without repeats.
    static func provenance(ofIDs ids: [String]) -> Provenance {
        var unique: [String] = []
        for id in ids.sorted() where unique.last != id { unique.append(id) }
        return Provenance(ids: unique)
    }

    /// How a stage is named in messages.
    static func stageName(_ stage: QueryStage) -> String {
        switch stage.kind {
        case .filter: "where"
        case .sort: "sort"
        case .select: "select"
        case .limit: "limit"
        case .count: "count"
        case .aggregate(let function, _): function.text + "(value)"
        case .unknown(let name): name.text
        }
    }

    /// The field a name stands for, or an error with a did-you-mean.
    func queryField(_ name: Name) throws(EvalError) -> QueryField {
        guard let field = QueryField.named(name.text) else {
            let suggestion = Suggestion.closest(to: name.text, among: QueryField.names)
            throw EvalError(.query(.unknownField(name.text, suggestion: suggestion)), name.span)
        }
        return field
    }

    mutating func limitCount(_ expr: Expr) throws(EvalError) -> Int {
        let value = try evaluate(expr)
        guard let quantity = value.quantity, quantity.unit.isNone, !quantity.isRange, quantity.low >= 0,
            quantity.low <= 1e9, quantity.low.rounded() == quantity.low
        else {
            let found =
                value.quantity.map { "'\($0.display())'" } ?? value.kindDescription
            throw EvalError(.query(.badLimit(found)), expr.span)
        }
        return Int(quantity.low)
    }

    // MARK: - Conditions

    mutating func resolve(_ condition: QueryCondition) throws(EvalError) -> ResolvedCondition {
        switch condition {
        case .compare(let comparison): return try resolve(comparison)
        case .and(let a, let b): return .and(try resolve(a), try resolve(b))
        case .or(let a, let b): return .or(try resolve(a), try resolve(b))
        case .not(let a): return .not(try resolve(a))
        }
    }

    mutating func resolve(_ comparison: QueryComparison) throws(EvalError) -> ResolvedCondition {
        let field = try queryField(comparison.field)
        let op = comparison.op
        let operand: Value
        do {
            operand = try evaluate(comparison.operand)
        } catch {
            // `where topic == memory`: the word was meant as text.
            var error = error
            if case .unknownName(let name, _) = error.kind, case .name = comparison.operand.kind, field != .value {
                error.extraNotes.append("to compare '\(comparison.field.text)' with text, write \"\(name)\" in quotes")
            }
            throw error
        }
        let mismatch = EvalError(
            .query(.fieldTypeMismatch(field: comparison.field.text, op: op.rawValue, found: operand.kindDescription)),
            comparison.span)
        var text: String?
        if case .text(let string) = operand.kind { text = string }
        switch field {
        case .value:
            guard op != .contains, let quantity = operand.quantity else { throw mismatch }
            return .compare(field, op, .quantity(quantity, kind: QueryField.kind(of: quantity)))
        case .period:
            if op == .contains, let text { return .compare(field, op, .text(text)) }
            let spelled: String
            if let text {
                spelled = text
            } else if case .period(let period) = operand.kind, !period.isRange {
                spelled = period.low.description
            } else if let quantity = operand.quantity, quantity.unit.isNone, !quantity.isRange, quantity.style == .plain
            {
                let isYear = quantity.low.rounded() == quantity.low && abs(quantity.low) < 10_000
                spelled = isYear ? String(Int(quantity.low)) : NumberFormatter.json(quantity.low)
            } else {
                throw mismatch
            }
            guard let interval = PeriodOrder.interval(of: spelled) else {
                throw EvalError(.query(.unknownPeriod(spelled)), comparison.operand.span)
            }
            return .compare(field, op, .period(interval))
        case .topics:
            guard let text else { throw mismatch }
            switch op {
            case .contains: break
            case .equal, .notEqual:
                guard Dataset.topics.contains(text.lowercased()) else {
                    let suggestion = Suggestion.closest(to: text, among: Dataset.topics)
                    throw EvalError(.query(.unknownTag(text, suggestion: suggestion)), comparison.operand.span)
                }
            default: throw mismatch
            }
            return .compare(field, op, .text(text.lowercased()))
        case .qualifier:
            guard let text else { throw mismatch }
            switch op {
            case .contains: break
            case .equal, .notEqual:
                let names = Qualifier.vocabulary.map(\.name) + ["none"]
                guard names.contains(text.lowercased()) else {
                    let suggestion = Suggestion.closest(to: text, among: names)
                    throw EvalError(
                        .query(.unknownFieldValue(field: field.rawValue, value: text, suggestion: suggestion)),
                        comparison.operand.span)
                }
            default: throw mismatch
            }
            return .compare(field, op, .text(text.lowercased()))
        case _ where QueryField.enumerated.contains(field):
            guard let text else { throw mismatch }
            if op == .equal || op == .notEqual {
                let known = Dataset.figures.compactMap { field.text(of: $0) }
                if !known.contains(where: { $0.lowercased() == text.lowercased() }) {
                    let suggestion =
                        Suggestion.closest(to: text, among: known)
                        ?? known.sorted().first { $0.lowercased().contains(text.lowercased()) }
                    throw EvalError(
                        .query(.unknownFieldValue(field: field.rawValue, value: text, suggestion: suggestion)),
                        comparison.operand.span)
                }
            }
            return .compare(field, op, .text(text))
        default:
            guard let text else { throw mismatch }
            return .compare(field, op, .text(text))
        }
    }

    /// Throws unless the rows' values are of one kind: sorting or adding money and
    /// percentages together has no meaning.
    func oneKind(_ rows: [Int], operation: String, _ span: Span) throws(EvalError) {
        var kinds: [String] = []
        for row in rows where !kinds.contains(FigureRows.kinds[row]) { kinds.append(FigureRows.kinds[row]) }
        guard kinds.count > 1 || kinds == ["date"] && operation != "sort" else { return }
        throw EvalError(.query(.mixedKinds(operation: operation, kinds: kinds)), span)
    }

    // MARK: - Aggregates

    func aggregate(_ stage: QueryStage, _ indices: [Int]) throws(EvalError) -> Value {
        let rows = indices.map { Dataset.figures[$0] }
        let provenance = Self.provenance(of: rows)
        guard case .aggregate(let function, let fieldName) = stage.kind else {
            return Value(.quantity(Quantity(Double(rows.count))), provenance: provenance)
        }
        let field = try queryField(fieldName)
        guard field == .value else {
            throw EvalError(.query(.badAggregateField(function: function.text, field: fieldName.text)), fieldName.span)
        }
        try oneKind(indices, operation: function.text == "sum" ? "sum" : "compare", stage.span)
        let values = rows.map { ($0.id, FigureValues.quantities[$0.id] ?? Quantity(0)) }
        guard let first = values.first else {
            if function.text == "sum" { return Value(.quantity(Quantity(0)), provenance: provenance) }
            throw EvalError(.query(.emptyAggregate(function.text)), stage.span)
        }
        switch function.text {
        case "sum":
            var total = first.1
            for (_, quantity) in values.dropFirst() {
                total = try arithmetic(stage.span) { try total + quantity }
            }
            return Value(.quantity(total), provenance: provenance)
        default:
            let pick = function.text == "min" ? QueryMatcher.smallest(values) : QueryMatcher.largest(values)
            return Value(.quantity(pick.1), provenance: Provenance(figure: pick.0))
        }
    }
}
