extension Quantity {
    /// How people read it: `$2.19M/yr`, `28%`, `$35B to $45B`, `7 to 8 years`.
    ///
    /// A range whose unit has a mark next to the number (`$`, `%`, `x`) shows the whole unit on
    /// both bounds (`$5 people to $10 people`, `20%/yr to 30%/yr`), so that neither bound reads
    /// as a different amount; a unit of words alone shows once, after the high bound.
    public func display(_ formatter: NumberFormatter = NumberFormatter()) -> String {
        if !isRange { return bound(low, formatter, withUnit: true) }
        let repeatsUnit = style != .plain || unit.terms.contains { $0.unit.isPrefix && $0.exponent == 1 }
        return bound(low, formatter, withUnit: repeatsUnit) + " to " + bound(high, formatter, withUnit: true)
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
    var denominator: String {
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
    func bound(_ value: Double, _ formatter: NumberFormatter, withUnit: Bool) -> String {
        let money = unit.terms.first { $0.unit.isPrefix && $0.exponent == 1 }
        // A display scale: the number as it is, with the scale's letter after it (`$2,500M`).
        let scale = unit.terms.first { $0.unit.scaleLetter != nil && $0.exponent == 1 }?.unit.scaleLetter
        var number: String
        switch style {
        case .percent: number = formatter.format(value, percent: true) + "%"
        case .multiplier: number = formatter.format(value) + "x"
        case .plain:
            number =
                formatter.format(value, money: money != nil && scale == nil, unscaled: scale != nil) + (scale ?? "")
        }
        guard withUnit else { return number }
        if let money {
            number = number.hasPrefix("-") ? "-" + money.unit.name + number.dropFirst() : money.unit.name + number
        }
        var words = ""
        var first = true
        for term in unit.terms
        where term.exponent > 0 && !(term.unit.isPrefix && term.exponent == 1)
            && !(term.unit.scaleLetter != nil && term.exponent == 1)
        {
            let singular = first && abs(value) == 1 && term.exponent == 1
            words += (first ? " " : "·") + (singular ? term.unit.name : term.unit.plural)
            if term.exponent > 1 { words += "^\(term.exponent)" }
            first = false
        }
        return number + words + denominator
    }
}
