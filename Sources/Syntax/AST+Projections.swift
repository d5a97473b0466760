import Diagnostics

/// A period as written, before the as-of period gives a missing year.
public struct PeriodLiteral: Sendable, Equatable {
    /// What kind of period it names.
    public enum Kind: Sendable, Equatable {
        /// A month, 1-12: `Apr 2026`, `April`.
        case month(Int)
        /// A quarter, 1-4: `Q4 2026`, `2026Q4`, `Q4'26`, `Q4`.
        case quarter(Int)
        /// A whole year: `2028` (only where a period is expected).
        case year
        /// `end of 2026`: the year's last month.
        case endOfYear
    }

    /// What it names.
    public var kind: Kind
    /// The year as written; nil for `Q4` or `Apr` alone.
    public var year: Int?

    /// Makes a literal.
    public init(_ kind: Kind, year: Int?) {
        self.kind = kind
        self.year = year
    }
}

/// The step a projection is written with.
public enum ProjectionStep: String, Sendable {
    case monthly, quarterly, yearly
}

/// How a projection grows.
public enum ProjectionPath: Sendable {
    /// `to B`: compound growth that reaches B at the end.
    case target(Expr)
    /// `growth 4x`, `growth 20% per year`: a total factor, or a factor per duration.
    case growth(Expr, per: Expr?)
}

/// `project NAME (from START (in PERIOD)?)? (to TARGET | growth G (per D)?) (by | until) PERIOD STEP?`.
public struct Projection: Sendable {
    /// The name projected; it becomes a series.
    public var name: Name
    /// The start value, when written with `from`; otherwise the name's current value.
    public var start: Expr?
    /// The start period, when written with `in` after the start value; otherwise as-of.
    public var startPeriod: Expr?
    /// How it grows.
    public var path: ProjectionPath
    /// The last period.
    public var end: Expr
    /// The step, when written.
    public var step: ProjectionStep?

    /// Makes a projection.
    public init(name: Name, start: Expr?, startPeriod: Expr?, path: ProjectionPath, end: Expr, step: ProjectionStep?) {
        self.name = name
        self.start = start
        self.startPeriod = startPeriod
        self.path = path
        self.end = end
        self.step = step
    }
}
