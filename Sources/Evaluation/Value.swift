import Units

/// A value: what it is, and which dataset figures it was derived from.
public struct Value: Sendable {
    /// A quantity, truth value, text, table, period, series or `when` answer.
    public var kind: ValueKind
    /// The dataset figures it came from.
    public var provenance: Provenance

    /// Makes a value.
    public init(_ kind: ValueKind, provenance: Provenance = .none) {
        self.kind = kind
        self.provenance = provenance
    }

    /// The chance that a truth value holds: 1 for true, 0 for false, the sampled share for maybe.
    public var chance: Double? {
        guard case .truth(let truth, let chance) = kind else { return nil }
        switch truth {
        case .yes: return 1
        case .no: return 0
        case .maybe: return chance
        }
    }

    /// A quantity with no provenance.
    public static func quantity(_ quantity: Quantity) -> Value { Value(.quantity(quantity)) }

    /// The quantity, if it is one.
    public var quantity: Quantity? {
        if case .quantity(let quantity) = kind { return quantity }
        return nil
    }

    /// Whether every number in it is finite: the last check before a value is shown or bound,
    /// so that no `inf` or `nan` reaches a report whatever operation made it.
    public var isFinite: Bool {
        switch kind {
        case .quantity(let quantity): quantity.isShowable
        case .series(let series): series.points.allSatisfy { $0.value.isShowable }
        case .truth, .text, .table, .period, .truths, .crossing: true
        }
    }

    /// What messages call this kind of value.
    public var kindDescription: String {
        switch kind {
        case .quantity(let quantity): quantity.dimension.description
        case .truth: "a truth value"
        case .text: "text"
        case .table: "a table"
        case .period(let period): period.isRange ? "a range of periods" : "a period"
        case .series: "a series"
        case .truths: "a series of truth values"
        case .crossing: "an answer to 'when'"
        }
    }
}

/// The kinds of value.
public enum ValueKind: Sendable {
    /// A number with a unit, possibly a range.
    case quantity(Quantity)
    /// The result of a comparison.
    /// For `maybe`, the chance that it holds (0 to 1), from samples.
    case truth(Truth, chance: Double? = nil)
    /// A string.
    case text(String)
    /// Rows and columns, such as a query over the dataset gives.
    case table(Table)
    /// A period, or a span of periods (`Q4 2026 to Q1 2027`).
    case period(PeriodRange)
    /// A value per period, as a projection makes.
    case series(Series)
    /// A comparison per period, as comparing a series gives.
    case truths(TruthSeries)
    /// The answer of a `when` that found no definite period. Boxed: it is twice the size of
    /// any other kind, and every value would pay for it.
    indirect case crossing(Crossing)
}

/// The dataset figures a value was derived from: sorted, without repeats.
public struct Provenance: Sendable, Hashable {
    /// Figure ids, sorted.
    public private(set) var ids: [String]

    /// No figures.
    public static let none = Provenance(ids: [])

    /// One figure.
    public init(figure id: String) {
        ids = [id]
    }

    init(ids: [String]) {
        self.ids = ids
    }

    /// Both sets of figures.
    public func union(_ other: Provenance) -> Provenance {
        if other.ids.isEmpty || other.ids == ids { return self }
        if ids.isEmpty { return other }
        return Provenance(ids: Array(Set(ids).union(other.ids)).sorted())
    }
}

extension Value {
    /// The value, with a range that is an input written in another unit relabelled in its own
    /// (see `Quantity.inputInItsOwnUnit`).
    var inputInItsOwnUnit: Value {
        guard case .quantity(let quantity) = kind, quantity.node != nil else { return self }
        var copy = self
        copy.kind = .quantity(quantity.inputInItsOwnUnit)
        return copy
    }
}

extension Quantity {
    /// Whether its bounds are finite as shown: a percentage is shown (and written to JSON)
    /// times 100, so `1.7e308 as %` would show a number no reader can take back.
    var isShowable: Bool {
        guard low.isFinite, high.isFinite else { return false }
        return style != .percent || ((low * 100).isFinite && (high * 100).isFinite)
    }
}
