import Dataset
import Diagnostics
import Evaluation
import Units

extension ValueFormatter {
    /// A table as aligned text: a heading line, a rule, one line per row, columns two spaces
    /// apart, no trailing spaces. When `tableWidth` is set, the widest columns are cut (with `…`)
    /// until the table fits.
    public func display(_ table: Table) -> String {
        let cells = table.rows.map { $0.map(text(of:)) }
        var widths = table.columns.map(TextWidth.of)
        for row in cells {
            for (index, cell) in row.enumerated() where index < widths.count {
                widths[index] = max(widths[index], TextWidth.of(cell))
            }
        }
        if let limit = tableWidth { widths = fit(widths, headings: table.columns, into: limit) }
        func line(_ items: [String]) -> String {
            var parts: [String] = []
            for (index, width) in widths.enumerated() {
                let item = index < items.count ? TextWidth.truncate(items[index], to: width) : ""
                parts.append(TextWidth.pad(item, to: width))
            }
            var text = parts.joined(separator: "  ")
            while text.last == " " { text.removeLast() }
            return text
        }
        var lines = [line(table.columns), widths.map { String(repeating: "-", count: $0) }.joined(separator: "  ")]
        lines += cells.map(line)
        if table.rows.isEmpty { lines.append("(no rows)") }
        return lines.joined(separator: "\n")
    }

    /// How a cell shows in a text table.
    public func text(of cell: TableCell) -> String {
        let text: String
        switch cell {
        case .text(let string): text = string
        case .value(let value): text = display(value)
        case .qualified(let value, let qualifiers): text = Qualifier.apply(qualifiers, to: display(value))
        case .tags(let tags): text = tags.joined(separator: ", ")
        case .empty: text = "-"
        }
        return String(text.map { $0 == "\n" || $0 == "\t" ? " " : $0 })
    }

    /// Narrows the widest columns, one column at a time, until the table fits `limit` columns
    /// or every column is down to its heading (and at least 8 columns wide). An `id` column is
    /// cut only when cutting the others is not enough: ids are what a reader copies.
    func fit(_ widths: [Int], headings: [String], into limit: Int) -> [Int] {
        let floors = headings.map { max(8, TextWidth.of($0)) }
        let keepIDs = zip(headings, widths).map { $0.0 == "id" ? $0.1 : max(8, TextWidth.of($0.0)) }
        return narrow(narrow(widths, floors: keepIDs, into: limit), floors: floors, into: limit)
    }

    func narrow(_ widths: [Int], floors: [Int], into limit: Int) -> [Int] {
        var widths = widths
        var total: Int { widths.reduce(0, +) + 2 * max(0, widths.count - 1) }
        while total > limit {
            var widest: Int?
            for index in widths.indices where widths[index] > floors[index] {
                if widest.map({ widths[index] > widths[$0] }) ?? true { widest = index }
            }
            guard let widest else { break }
            widths[widest] -= 1
        }
        return widths
    }

    /// A table's rows as JSON objects: every field of each figure for a listing, otherwise the
    /// selected columns (a value column gives display, unit, and value or low and high).
    public func jsonRows(_ table: Table) -> [String] {
        if table.isListing, table.figureIDs.count == table.rows.count {
            return table.figureIDs.compactMap(Dataset.figure).map(json(figure:))
        }
        return table.rows.map { row in
            var pairs: [(String, String)] = []
            for (column, cell) in zip(table.columns, row) {
                switch cell {
                case .text(let text): pairs.append((column, JSON.quote(text)))
                case .tags(let tags): pairs.append((column, JSON.array(tags.map(JSON.quote))))
                case .empty: pairs.append((column, "null"))
                case .value(let value): pairs += jsonPairs(value).filter { $0.0 != "sources" }
                case .qualified(let value, let qualifiers):
                    pairs += jsonPairs(value).filter { $0.0 != "sources" }
                    pairs.append(("qualifier", JSON.array(qualifiers.map(JSON.quote))))
                }
            }
            return JSON.object(pairs)
        }
    }
}
