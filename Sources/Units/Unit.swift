/// A named unit: how it is written and how many base units it is.
///
/// A unit is one shared, immutable description: copying it (into every term of every unit
/// product of every value) costs one reference count, and two uses of the same unit compare
/// equal by identity before any of their fields are read.
public struct Unit: Hashable, Sendable {
    /// The fields, shared by every copy.
    final class Storage: Sendable {
        let name: String
        let plural: String
        let short: String
        let dimension: Dimension
        let factor: Double
        let isPrefix: Bool
        let exactFactor: Ratio?
        let scaleLetter: String?

        init(
            name: String, plural: String, short: String, dimension: Dimension, factor: Double, isPrefix: Bool,
            exactFactor: Ratio?, scaleLetter: String?
        ) {
            self.name = name
            self.plural = plural
            self.short = short
            self.dimension = dimension
            self.factor = factor
            self.isPrefix = isPrefix
            self.exactFactor = exactFactor
            self.scaleLetter = scaleLetter
        }

        func sameFields(as other: Storage) -> Bool {
            name == other.name && plural == other.plural && short == other.short && dimension == other.dimension
                && factor == other.factor && isPrefix == other.isPrefix && exactFactor == other.exactFactor
                && scaleLetter == other.scaleLetter
        }
    }

    let storage: Storage

    /// The singular name: `year`, `person`, `token`, `USD`.
    public var name: String { storage.name }
    /// The plural name: `years`, `people`, `tokens`.
    public var plural: String { storage.plural }
    /// The short form used after `/`: `yr`, `day`, `person`.
    public var short: String { storage.short }
    /// Its dimension.
    public var dimension: Dimension { storage.dimension }
    /// How many base units one of it is (a year is 365 days; the base of time is a day).
    public var factor: Double { storage.factor }
    /// Whether it is written before the number, as `$` is.
    public var isPrefix: Bool { storage.isPrefix }
    /// The factor as a fraction of whole numbers, where it is one (a month is 365/12 days), so
    /// that a conversion rounds once: `$10B/month` is exactly `$120B/yr`.
    public var exactFactor: Ratio? { storage.exactFactor }
    /// For a display scale, the letter written after the number: `$2,500M` is 2,500 of `$M`.
    public var scaleLetter: String? { storage.scaleLetter }

    public static func == (lhs: Unit, rhs: Unit) -> Bool {
        lhs.storage === rhs.storage || lhs.storage.sameFields(as: rhs.storage)
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(storage.name)
        hasher.combine(storage.factor)
    }

    /// A fraction of whole numbers.
    public struct Ratio: Hashable, Sendable {
        /// The numerator.
        public var numerator: Int
        /// The denominator, above zero.
        public var denominator: Int

        /// Makes a fraction.
        public init(numerator: Int, denominator: Int) {
            self.numerator = numerator
            self.denominator = denominator
        }
    }

    /// Makes a unit.
    public init(
        name: String, plural: String, short: String, dimension: Dimension, factor: Double, isPrefix: Bool = false,
        exactFactor: Ratio? = nil, scaleLetter: String? = nil
    ) {
        storage = Storage(
            name: name, plural: plural, short: short, dimension: dimension, factor: factor, isPrefix: isPrefix,
            exactFactor: exactFactor, scaleLetter: scaleLetter)
    }

    /// A unit whose factor is a fraction of whole numbers of the base unit.
    static func exact(
        _ name: String, plural: String, short: String, dimension: Dimension, _ numerator: Int, per denominator: Int = 1
    ) -> Unit {
        Unit(
            name: name, plural: plural, short: short, dimension: dimension,
            factor: Double(numerator) / Double(denominator),
            exactFactor: Ratio(numerator: numerator, denominator: denominator))
    }

    /// A display scale: a thousand (`k`), million (`M`), billion (`B`) or trillion (`T`) of
    /// dollars (`$M`) or of a plain number (`M`). Shown as the number with its letter after it,
    /// never scaled again: `$2,500M`, `2,500k`.
    public static func scale(_ letter: String, factor: Int, money: Bool) -> Unit {
        Unit(
            name: money ? "$" : letter, plural: money ? "$" : letter, short: (money ? "$" : "") + letter,
            dimension: money ? .money : .none, factor: Double(factor), isPrefix: money,
            exactFactor: Ratio(numerator: factor, denominator: 1), scaleLetter: letter)
    }

    /// A count unit that is its own dimension, as a `unit widget` statement declares.
    public static func count(_ name: String, plural: String? = nil) -> Unit {
        let plural = plural ?? Unit.pluralize(name)
        return Unit(
            name: name, plural: plural, short: name, dimension: Dimension(base: plural), factor: 1,
            exactFactor: Ratio(numerator: 1, denominator: 1))
    }

    /// The English plural of a unit name, good enough for unit words.
    public static func pluralize(_ name: String) -> String {
        if name.hasSuffix("s") { return name }
        if name.hasSuffix("x") || name.hasSuffix("z") || name.hasSuffix("ch") || name.hasSuffix("sh") {
            return name + "es"
        }
        if name.hasSuffix("y"), let before = name.dropLast().last, !"aeiou".contains(before) {
            return String(name.dropLast()) + "ies"
        }
        return name + "s"
    }
}
