import Dataset
import Units

/// A field of a dataset figure, as queries name it.
public enum QueryField: String, CaseIterable, Sendable {
    case id, label, value, kind, qualifier, basis, reading, period, topics, speaker, author, form, source, timestamp
    case quote
    case periodBasis = "period_basis"
    case periodReason = "period_reason"

    /// Every field name, `topic` included as another name for `topics`.
    public static let names = allCases.map(\.rawValue) + ["topic"]

    /// The fields whose text is one of a fixed set, so that `==` must name a value that exists.
    static let enumerated: Set<QueryField> = [.id, .kind, .basis, .speaker, .author, .form, .source, .periodBasis]

    /// The columns a query shows when it has no `select`.
    public static let listing: [QueryField] = [.id, .label, .value, .period, .timestamp]

    /// The field a name stands for.
    public static func named(_ name: String) -> QueryField? {
        name == "topic" ? .topics : QueryField(rawValue: name)
    }

    /// The column heading.
    public var heading: String { rawValue }

    /// Which operators a `where` on this field takes, for notes under a type error.
    var comparisonHelp: String {
        switch self {
        case .value: "'value' compares with amounts such as '$10B' or '5 years' using ==, !=, <, <=, >, >="
        case .topics: "'topics' takes == \"tag\", != \"tag\" or contains \"text\""
        case .qualifier: "'qualifier' takes == \"over\", != \"over\" or contains \"text\""
        case .period: "'period' compares with a period such as \"Apr 2026\" or 2028"
        default: "'\(rawValue)' compares with text in quotes, such as \"Dylan Patel\""
        }
    }

    /// The text of a text-like field of a figure, nil when the figure has none.
    func text(of figure: Figure) -> String? {
        switch self {
        case .id: figure.id
        case .label: figure.label
        case .value: figure.value
        case .kind: QueryField.kind(of: figure)
        case .qualifier: figure.qualifiers.isEmpty ? nil : figure.qualifiers.joined(separator: ", ")
        case .basis: figure.basis.rawValue
        case .reading: figure.reading
        case .period: figure.period
        case .periodBasis: figure.periodBasis?.rawValue
        case .periodReason: figure.periodReason
        case .topics: figure.topics.joined(separator: ", ")
        case .speaker: figure.speaker
        case .author: figure.author
        case .form: figure.form.rawValue
        case .source: figure.source
        case .timestamp: figure.timestamp
        case .quote: figure.quote
        }
    }

    /// The kind of a figure's value, as queries compare and sort it: `money`, `money per time`,
    /// `percentage`, `multiplier`, `plain number`, `time`, `people`, `date`.
    static func kind(of figure: Figure) -> String {
        if FigureValues.date(of: figure) != nil { return "date" }
        guard let quantity = FigureValues.quantities[figure.id] else { return "unreadable" }
        return kind(of: quantity)
    }

    /// The kind of a quantity: its dimension, with percentages and multipliers apart from
    /// plain numbers (`where value > 25%` is about shares, not about counts or multiples).
    public static func kind(of quantity: Quantity) -> String {
        let dimension = quantity.dimension
        let rest = dimension.powers.isEmpty ? "" : " " + dimension.description.replacing("1 per", with: "per")
        switch quantity.style {
        case .percent: return "percentage" + rest
        case .multiplier: return "multiplier" + rest
        case .plain: return dimension.powers.isEmpty ? "plain number" : dimension.description
        }
    }

    /// The cell for this field of a figure.
    func cell(of figure: Figure, quantity: Quantity) -> TableCell {
        switch self {
        case .value where FigureValues.date(of: figure) != nil:
            // A date as the data spells it (`Fall 2026`), not as the months it covers.
            .text(figure.qualified(figure.value))
        case .value:
            .qualified(Value(.quantity(quantity), provenance: Provenance(figure: figure.id)), figure.qualifiers)
        case .topics: .tags(figure.topics)
        case .qualifier: .tags(figure.qualifiers)
        default: text(of: figure).map(TableCell.text) ?? .empty
        }
    }
}

extension FigureValues {
    /// Every figure's quantity, by id; figures whose value does not read are left out (a test
    /// keeps the list complete).
    static let quantities: [String: Quantity] = {
        var table: [String: Quantity] = [:]
        for figure in Dataset.figures where date(of: figure) == nil {
            if case .success(let quantity) = parse(figure) { table[figure.id] = quantity }
        }
        return table
    }()
}
