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
