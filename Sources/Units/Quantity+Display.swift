extension Quantity {
    /// How people read it: `$2.19M/yr`, `28%`, `$35B to $45B`, `7 to 8 years`.
    ///
    /// A range whose unit has a mark next to the number (`$`, `%`, `x`) shows the whole unit on
    /// both bounds (`$5 people to $10 people`, `20%/yr to 30%/yr`), so that neither bound reads
    /// as a different amount; a unit of words alone shows once, after the high bound.
    public func display(_ formatter: NumberFormatter = NumberFormatter()) -> String {
        let label = UnitLabel(unit)
        if !isRange { return bound(low, formatter, label, withUnit: true) }
        let repeatsUnit = style != .plain || label.money != nil
        return bound(low, formatter, label, withUnit: repeatsUnit) + " to "
            + bound(high, formatter, label, withUnit: true)
    }

    /// What a unit adds around a number, worked out once for both bounds of a range.
    struct UnitLabel {
        /// A money unit written before the number (`$`).
        var money: String?
        /// A display scale's letter after the number (`M` of `$M`).
        var scale: String?
        /// The counted units after the number, with the first one's singular for a count of one.
        var words = ""
        var singularWords = ""
        /// The dividing units (`/yr`).
        var denominator: String

        init(_ unit: UnitProduct) {
            denominator = Quantity.denominator(of: unit)
            var first = true
            for term in unit.terms where term.exponent > 0 {
                if term.exponent == 1, term.unit.isPrefix, money == nil { money = term.unit.name }
                if term.exponent == 1, let letter = term.unit.scaleLetter, scale == nil { scale = letter }
                if term.exponent == 1 && (term.unit.isPrefix || term.unit.scaleLetter != nil) { continue }
                let power = term.exponent > 1 ? "^\(term.exponent)" : ""
                let separator = first ? " " : "·"
                words += separator + term.unit.plural + power
                singularWords += separator + (first && term.exponent == 1 ? term.unit.name : term.unit.plural) + power
                first = false
            }
        }
    }

    /// The unit as JSON and tables name it: `$/yr`, `years`, `%`, `x`, or empty.
    public var unitSymbol: String {
        switch style {
        case .percent where unit.isNone: return "%"
        case .multiplier where unit.isNone: return "x"
        default: break
        }
        var text = ""
        for term in unit.terms where term.exponent > 0 {
            if !text.isEmpty { text += "·" }
            text +=
                term.unit.scaleLetter.map { term.unit.isPrefix ? term.unit.name + $0 : $0 }
                ?? (term.unit.isPrefix ? term.unit.name : term.unit.plural)
            if term.exponent > 1 { text += "^\(term.exponent)" }
        }
        return text + denominator
    }

    /// The dividing units: `/yr`, `/yr^2`, and for a rate of a rate a second unit of the same
    /// dimension in words, `/yr per month`.
    var denominator: String { Quantity.denominator(of: unit) }

    static func denominator(of unit: UnitProduct) -> String {
        var text = ""
        var dimensions: [Dimension] = []
        for term in unit.terms where term.exponent < 0 {
            if dimensions.contains(term.unit.dimension) {
                text += " per " + (term.exponent == -1 ? term.unit.name : term.unit.plural + "^\(-term.exponent)")
                continue
            }
            dimensions.append(term.unit.dimension)
            text += "/" + term.unit.short
            if term.exponent < -1 { text += "^\(-term.exponent)" }
        }
        return text
    }

    /// The bounds as JSON writes them, in full precision and in the displayed unit: a
    /// percentage in percent, its decimal point moved exactly (`28%` is `28`).
    public var jsonBounds: (low: String, high: String) {
        let percent = style == .percent
        return (NumberFormatter.json(low, percent: percent), NumberFormatter.json(high, percent: percent))
    }

    /// One bound with or without its unit.
    func bound(_ value: Double, _ formatter: NumberFormatter, _ label: UnitLabel, withUnit: Bool) -> String {
        var number: String
        switch style {
        case .percent: number = formatter.format(value, percent: true) + "%"
        case .multiplier: number = formatter.format(value) + "x"
        case .plain:
            number = formatter.format(
                value, money: label.money != nil && label.scale == nil, unscaled: label.scale != nil)
            if let scale = label.scale { number += scale }
        }
        guard withUnit else { return number }
        if let money = label.money {
            number = number.hasPrefix("-") ? "-" + money + number.dropFirst() : money + number
        }
        return number + (abs(value) == 1 ? label.singularWords : label.words) + label.denominator
    }
}
