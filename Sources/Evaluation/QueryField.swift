import Dataset
import Units

/// A field of a dataset figure, as queries name it.
public enum QueryField: String, CaseIterable, Sendable {
    case id, label, value, period, topics, speaker, source, timestamp, quote

    /// Every field name, `topic` included as another name for `topics`.
    public static let names = allCases.map(\.rawValue) + ["topic"]

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
        case .period: figure.period
        case .topics: figure.topics.joined(separator: ", ")
        case .speaker: figure.speaker
        case .source: figure.source
        case .timestamp: figure.timestamp
        case .quote: figure.quote
        }
    }

    /// The cell for this field of a figure.
    func cell(of figure: Figure, quantity: Quantity) -> TableCell {
        switch self {
        case .value: .value(Value(.quantity(quantity), provenance: Provenance(figure: figure.id)))
        case .topics: .tags(figure.topics)
        default: text(of: figure).map(TableCell.text) ?? .empty
        }
    }
}

extension FigureValues {
    /// Every figure's quantity, by id; figures whose value does not read are left out (a test
    /// keeps the list complete).
    static let quantities: [String: Quantity] = {
        var table: [String: Quantity] = [:]
        for figure in Dataset.figures {
            if case .success(let quantity) = parse(figure) { table[figure.id] = quantity }
        }
        return table
    }()
}
