/// A table value: named columns and rows of cells, as a query gives.
public struct Table: Sendable {
    /// Column names, in order.
    public var columns: [String]
    /// Rows, each with one cell per column.
    public var rows: [[TableCell]]
    /// The dataset figure behind each row, when the rows are figures.
    public var figureIDs: [String]
    /// Whether the columns are the default listing (no `select`): JSON then gives every field.
    public var isListing: Bool
    /// What the table is, where a report can draw it: a sensitivity table as a tornado chart.
    public var purpose: Purpose = .rows

    /// What a table is.
    public enum Purpose: Sendable {
        /// Rows and columns, nothing more.
        case rows
        /// `sensitivity(x)`: one row per uncertain input, widest swing first, with the value
        /// at the input's low and high end in the second and third columns.
        case sensitivity
    }

    /// Makes a table.
    public init(columns: [String], rows: [[TableCell]], figureIDs: [String] = [], isListing: Bool = false) {
        self.columns = columns
        self.rows = rows
        self.figureIDs = figureIDs
        self.isListing = isListing
    }
}

/// One cell of a table.
public enum TableCell: Sendable {
    /// Text such as an id or a quote.
    case text(String)
    /// A value such as a figure's amount.
    case value(Value)
    /// A figure's value with the source's hedges (`over`, `projected`), shown as
    /// `over 25%`.
    case qualified(Value, [String])
    /// A list of tags.
    case tags([String])
    /// Nothing (a figure with no period or timestamp).
    case empty
}
