import Dataset
import Syntax
import Units

/// A `where` condition with its fields checked and its operands evaluated.
indirect enum ResolvedCondition {
    case compare(QueryField, QueryOperator, QueryOperand)
    case and(ResolvedCondition, ResolvedCondition)
    case or(ResolvedCondition, ResolvedCondition)
    case not(ResolvedCondition)
}

/// The evaluated right-hand side of a comparison.
enum QueryOperand {
    case text(String)
    /// An amount, with its kind (`QueryField.kind`).
    case quantity(Quantity, kind: String)
    case period(PeriodOrder.Interval)
}

/// Filtering and ordering figures: the rules docs/dataset.md describes.
enum QueryMatcher {
    /// Whether a figure (an index into `Dataset.figures`) satisfies a condition.
    static func holds(_ condition: ResolvedCondition, _ row: Int) -> Bool {
        switch condition {
        case .and(let a, let b): return holds(a, row) && holds(b, row)
        case .or(let a, let b): return holds(a, row) || holds(b, row)
        case .not(let a): return !holds(a, row)
        case .compare(let field, let op, let operand):
            switch operand {
            case .quantity(let quantity, let kind):
                guard let value = FigureRows.quantities[row] else { return false }
                return compare(value, FigureRows.bounds[row], op, quantity, sameKind: FigureRows.kinds[row] == kind)
            case .period(let interval):
                guard let period = FigureRows.periods[row] else { return false }
                return compare(period, op, interval)
            case .text(let text):
                if field == .topics || field == .qualifier {
                    // The resolver lowercased the tag; `qualifier == "none"` is a figure with none.
                    let figure = Dataset.figures[row]
                    let tags = field == .topics ? figure.topics : figure.qualifiers
                    switch op {
                    case .equal: return text == "none" ? tags.isEmpty : tags.contains(text)
                    case .notEqual: return text == "none" ? !tags.isEmpty : !tags.contains(text)
                    default: return tags.contains { $0.contains(text) }
                    }
                }
                guard let own = field.text(of: Dataset.figures[row]) else { return false }
                return compare(own, op, text)
            }
        }
    }

    /// Text: `==`, `!=` and `contains` ignore case; `<` and `>` compare as written.
    static func compare(_ a: String, _ op: QueryOperator, _ b: String) -> Bool {
        switch op {
        case .equal: a.lowercased() == b.lowercased()
        case .notEqual: a.lowercased() != b.lowercased()
        case .contains: a.lowercased().contains(b.lowercased())
        case .less: a < b
        case .lessEqual: a <= b
        case .greater: a > b
        case .greaterEqual: a >= b
        }
    }

    /// Periods: `<` is entirely before, `>` entirely after, `<=` ends by the other's end,
    /// `>=` starts at or after the other's start; `==` is the same months.
    static func compare(_ a: PeriodOrder.Interval, _ op: QueryOperator, _ b: PeriodOrder.Interval) -> Bool {
        switch op {
        case .equal, .contains: a == b
        case .notEqual: a != b
        case .less: a.end < b.start
        case .lessEqual: a.end <= b.end
        case .greater: a.start > b.end
        case .greaterEqual: a.start >= b.start
        }
    }

    /// Values: only the same kind compares (a dimension, with percentages and multipliers
    /// apart from plain numbers). `==` and `!=` compare the stated amount; an order holds when
    /// it holds for every value the figure allows and every value of the operand: "over 25%"
    /// is more than 25%, a floor of 72% is at least 72% with no upper end, `$35-45B/yr` is not
    /// more than `$40B/yr`.
    /// `sameKind` says whether the two are of one kind (`QueryField.kind`), worked out once per
    /// row and once per operand rather than on every comparison.
    static func compare(
        _ a: Quantity, _ bound: Qualifier.Meaning?, _ op: QueryOperator, _ b: Quantity, sameKind: Bool
    ) -> Bool {
        guard sameKind, let b = try? b.converted(to: a.unit) else {
            return false
        }
        // The values the figure allows: from `low` to `high`, either end open (strict) or
        // unbounded (infinite).
        var low = (value: a.low, strict: false)
        var high = (value: a.high, strict: false)
        switch bound {
        case .above: (low, high) = ((a.high, true), (.infinity, true))
        case .atLeast: high = (.infinity, true)
        case .below: (low, high) = ((-.infinity, true), (a.low, true))
        case .atMost: low = (-.infinity, true)
        case .approximate, .modal, nil: break
        }
        switch op {
        case .equal, .contains: return close(a.low, b.low) && close(a.high, b.high)
        case .notEqual: return !(close(a.low, b.low) && close(a.high, b.high))
        case .less: return close(high.value, b.low) ? high.strict : high.value < b.low
        case .lessEqual: return high.value <= b.low || close(high.value, b.low)
        case .greater: return close(low.value, b.high) ? low.strict : low.value > b.high
        case .greaterEqual: return low.value >= b.high || close(low.value, b.high)
        }
    }

    /// Equal up to rounding in unit conversions.
    static func close(_ x: Double, _ y: Double) -> Bool {
        x == y || x.isFinite && y.isFinite && abs(x - y) <= 1e-9 * max(abs(x), abs(y))
    }

    // MARK: - Ordering

    /// Sorts figures (indices into `Dataset.figures`) stably by each key in turn; figures
    /// without the field (no period, no timestamp) come last in either direction.
    static func sorted(_ rows: [Int], by keys: [(QueryField, Bool)]) -> [Int] {
        rows.enumerated().sorted { a, b in
            for (field, descending) in keys {
                let order = compare(a.element, b.element, on: field)
                if order == 0 { continue }
                if order.magnitude == 2 { return order < 0 }
                return descending ? order > 0 : order < 0
            }
            return a.offset < b.offset
        }.map(\.element)
    }

    /// -1, 0 or 1 for the order on a field; -2 or 2 when one side lacks the field.
    static func compare(_ a: Int, _ b: Int, on field: QueryField) -> Int {
        switch field {
        case .value:
            return order(FigureRows.valueKeys[a], FigureRows.valueKeys[b])
        case .period:
            switch (FigureRows.periods[a], FigureRows.periods[b]) {
            case (nil, nil): return 0
            case (nil, _): return 2
            case (_, nil): return -2
            case (let x?, let y?): return x < y ? -1 : (y < x ? 1 : 0)
            }
        default:
            switch (field.text(of: Dataset.figures[a]), field.text(of: Dataset.figures[b])) {
            case (nil, nil): return 0
            case (nil, _): return 2
            case (_, nil): return -2
            case (let x?, let y?): return x < y ? -1 : (y < x ? 1 : 0)
            }
        }
    }

    /// Values order by dimension name, then low end, then high end, in base units.
    static func valueKey(_ quantity: Quantity?) -> (String, Double, Double) {
        guard let quantity else { return ("", 0, 0) }
        return (
            quantity.dimension.description, quantity.low * quantity.unit.factor, quantity.high * quantity.unit.factor
        )
    }

    static func order(_ a: (String, Double, Double), _ b: (String, Double, Double)) -> Int {
        if a.0 != b.0 { return a.0 < b.0 ? -1 : 1 }
        if a.1 != b.1 { return a.1 < b.1 ? -1 : 1 }
        if a.2 != b.2 { return a.2 < b.2 ? -1 : 1 }
        return 0
    }

    /// The value with the lowest low end (then the lowest high end); the first on ties.
    static func smallest(_ values: [(String, Quantity)]) -> (String, Quantity) {
        values.dropFirst().reduce(values[0]) { best, next in
            let a = (next.1.low * next.1.unit.factor, next.1.high * next.1.unit.factor)
            let b = (best.1.low * best.1.unit.factor, best.1.high * best.1.unit.factor)
            return a < b ? next : best
        }
    }

    /// The value with the highest high end (then the highest low end); the first on ties.
    static func largest(_ values: [(String, Quantity)]) -> (String, Quantity) {
        values.dropFirst().reduce(values[0]) { best, next in
            let a = (next.1.high * next.1.unit.factor, next.1.low * next.1.unit.factor)
            let b = (best.1.high * best.1.unit.factor, best.1.low * best.1.unit.factor)
            return a > b ? next : best
        }
    }
}

/// What queries need of each dataset figure, worked out once (the dataset is immutable):
/// indexed as `Dataset.figures`, so a query filters and sorts indices without copying
/// figures or reading their text again.
enum FigureRows {
    /// Each figure's value as a quantity; nil when it does not read.
    static let quantities: [Quantity?] = Dataset.figures.map { FigureValues.quantities[$0.id] }
    /// The months each figure's period covers; nil without a period or for an unknown spelling.
    static let periods: [PeriodOrder.Interval?] = Dataset.figures.map { $0.period.flatMap(PeriodOrder.interval(of:)) }
    /// Each figure's bound qualifier, what it means for comparisons.
    static let bounds: [Qualifier.Meaning?] = Dataset.figures.map { $0.bound?.meaning }
    /// Each figure's kind of value (`QueryField.kind`).
    static let kinds: [String] = Dataset.figures.map(QueryField.kind(of:))
    /// Each figure's sort key by value.
    static let valueKeys: [(String, Double, Double)] = Dataset.figures.indices.map { row in
        if let date = periods(ofValue: Dataset.figures[row]) { return ("date", Double(date.start), Double(date.end)) }
        return QueryMatcher.valueKey(quantities[row])
    }
    /// The months a date figure's value covers.
    static func periods(ofValue figure: Figure) -> PeriodOrder.Interval? {
        FigureValues.date(of: figure) == nil ? nil : PeriodOrder.interval(of: figure.value)
    }
    /// The first figure whose value does not read, which every query reports (a test keeps
    /// this nil).
    static let unreadable: Figure? = Dataset.figures.first { !FigureValues.reads($0) }
}
