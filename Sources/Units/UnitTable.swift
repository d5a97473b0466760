/// The units a session knows by name: the built-in ones and those its notebook declares.
public struct UnitTable: Sendable {
    var byName: [String: Unit]

    /// The money unit.
    public static let dollar = Unit(
        name: "$", plural: "$", short: "$", dimension: .money, factor: 1, isPrefix: true,
        exactFactor: Unit.Ratio(numerator: 1, denominator: 1))
    /// An hour, a 24th of a day.
    public static let hour = Unit.exact("hour", plural: "hours", short: "hr", dimension: .time, 1, per: 24)
    /// A day, the base unit of time.
    public static let day = Unit.exact("day", plural: "days", short: "day", dimension: .time, 1)
    /// A week of 7 days.
    public static let week = Unit.exact("week", plural: "weeks", short: "wk", dimension: .time, 7)
    /// A month, a twelfth of a year.
    public static let month = Unit.exact("month", plural: "months", short: "mo", dimension: .time, 365, per: 12)
    /// A quarter, a quarter of a year.
    public static let quarter = Unit.exact("quarter", plural: "quarters", short: "qtr", dimension: .time, 365, per: 4)
    /// A year of 365 days.
    public static let year = Unit.exact("year", plural: "years", short: "yr", dimension: .time, 365)
    /// People.
    public static let person = Unit.count("person", plural: "people")

    /// The built-in units and every name they answer to.
    public static let builtIn: UnitTable = {
        var table = UnitTable(byName: [:])
        table.add(dollar, aliases: ["$", "USD", "usd", "dollar", "dollars"])
        table.add(hour, aliases: ["hour", "hours", "hr", "hrs"])
        table.add(day, aliases: ["day", "days", "d"])
        table.add(week, aliases: ["week", "weeks", "wk", "wks"])
        table.add(month, aliases: ["month", "months", "mo", "mos"])
        table.add(quarter, aliases: ["quarter", "quarters", "qtr", "qtrs"])
        table.add(year, aliases: ["year", "years", "yr", "yrs"])
        table.add(person, aliases: ["person", "people", "employee", "employees"])
        // Counted things the dataset's figures are counts of; `level` is an engineer level
        // (Anthropic's L4 is `4 levels`).
        for name in [
            "token", "task", "rack", "FPGA", "chip", "level", "example", "incident", "reader", "team", "pillar",
        ] {
            let unit = Unit.count(name)
            table.add(unit, aliases: [unit.name, unit.plural])
        }
        return table
    }()

    /// The unit a name stands for, if any.
    public func unit(named name: String) -> Unit? { byName[name] }

    /// Every name a unit answers to, sorted (for completion and did-you-mean).
    public var names: [String] { byName.keys.sorted() }

    /// Adds a unit under the given names.
    public mutating func add(_ unit: Unit, aliases: [String]) {
        for alias in aliases { byName[alias] = unit }
    }

    /// Declares a count unit, answering to its singular and plural names.
    public mutating func declare(_ unit: Unit) {
        add(unit, aliases: [unit.name, unit.plural])
    }
}
