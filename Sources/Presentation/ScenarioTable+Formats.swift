/// The scenario section in each report format: the same cells as text columns, Markdown
/// tables and HTML tables.
extension ScenarioTable {
    /// The section's title in every format.
    static let title = "Scenarios"

    /// Plain text: each part as aligned columns, split into several tables of fewer scenarios
    /// (the label column repeated) when all of them would not fit the width.
    func text(width: Int) -> String {
        var out = lines.map { TextWrap.lines($0, width: width).joined(separator: "\n") }.joined(separator: "\n")
        for part in parts {
            out += "\n\n" + part.title
            let labelWidth = part.rows.map { TextWidth.of($0.label) }.filter { $0 <= width / 2 }.max() ?? 0
            var columns = Array(names.indices)
            while !columns.isEmpty {
                // As many scenarios as fit beside the label column, at least one.
                var chunk: [Int] = []
                var used = 2 + labelWidth
                for column in columns {
                    let columnWidth = columnWidth(column, part)
                    if !chunk.isEmpty, used + 2 + columnWidth > width { break }
                    chunk.append(column)
                    used += 2 + columnWidth
                }
                columns.removeFirst(chunk.count)
                out += "\n\n" + textTable(part, chunk, labelWidth: labelWidth, width: width)
            }
        }
        return out
    }

    func columnWidth(_ column: Int, _ part: Part) -> Int {
        max(TextWidth.of(names[column]), part.rows.map { TextWidth.of($0.cells[column]) }.max() ?? 0)
    }

    func textTable(_ part: Part, _ columns: [Int], labelWidth: Int, width: Int) -> String {
        let widths = columns.map { columnWidth($0, part) }
        func line(_ label: String, _ cells: [String]) -> String {
            var text = "  " + pad(label, labelWidth)
            for (cell, width) in zip(cells, widths) { text += "  " + pad(cell, width) }
            while text.last == " " { text.removeLast() }
            return text
        }
        var rows = [line("", columns.map { names[$0] })]
        for row in part.rows {
            // A label wider than its column (a long assert) gets a line of its own, wrapped.
            if TextWidth.of(row.label) > labelWidth {
                rows += TextWrap.lines(row.label, width: width - 2).map { "  " + $0 }
                rows.append(line("", columns.map { row.cells[$0] }))
            } else {
                rows.append(line(row.label, columns.map { row.cells[$0] }))
            }
        }
        return rows.joined(separator: "\n")
    }

    func pad(_ text: String, _ width: Int) -> String {
        text + String(repeating: " ", count: max(0, width - TextWidth.of(text)))
    }

    /// Markdown: a bulleted list of what each scenario sets, then one table per part.
    func markdown(escape: (String) -> String, code: (String) -> String) -> String {
        var out = lines.map { "- " + escape($0) }.joined(separator: "\n")
        for part in parts {
            out += "\n\n**\(escape(part.title))**\n\n"
            out += "| | " + names.map(escape).joined(separator: " | ") + " |\n"
            out += "|---|" + String(repeating: "---|", count: names.count)
            for row in part.rows {
                out += "\n| " + code(row.label) + " | " + row.cells.map(escape).joined(separator: " | ") + " |"
            }
        }
        return out
    }

    /// HTML: the list and one table per part, the scenarios as column headers.
    func html() -> String {
        var out = "<section class=\"scenarios\">\n<h2>\(ScenarioTable.title)</h2>\n<ul>"
        out += lines.map { "<li>\(HTML.escape($0))</li>" }.joined() + "</ul>"
        for part in parts {
            out += "\n<table class=\"scenarios\"><caption>\(HTML.escape(part.title))</caption><thead><tr><th></th>"
            out += names.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr></thead><tbody>"
            for row in part.rows {
                out += "<tr><th scope=\"row\"><code>\(HTML.escape(row.label))</code></th>"
                out += row.cells.map { "<td>\(HTML.escape($0))</td>" }.joined() + "</tr>"
            }
            out += "</tbody></table>"
        }
        return out + "\n</section>"
    }
}
