import Dataset
import Evaluation
import Notebook

/// Renders a run as GitHub-flavoured Markdown: headings, paragraphs, a table per run of statements.
public struct MarkdownRenderer: Sendable {
    /// How values are shown.
    public var formatter: ValueFormatter

    /// Makes a renderer.
    public init(formatter: ValueFormatter = ValueFormatter()) {
        self.formatter = formatter
    }

    /// The report; with `scenarios`, a section that sets the scenarios side by side.
    public func render(_ run: NotebookRun, scenarios: ScenarioComparison? = nil) -> String {
        var sections: [String] = []
        if let title = run.notebook.title { sections.append("# " + authored(title)) }
        sections.append("*" + escape(run.summary(scenarios)) + "*")
        for block in run.blocks {
            switch block {
            case .heading(let level, let text):
                sections.append(String(repeating: "#", count: min(6, level)) + " " + authored(text))
            case .paragraph(let parts, _):
                sections.append(paragraph(parts))
            case .statements(let entries):
                sections.append(table(entries))
            }
        }
        if let scenarios {
            let table = ScenarioTable(scenarios, formatter: formatter)
            sections.append("## \(ScenarioTable.title)\n\n" + table.markdown(escape: escape, code: code))
        }
        if !run.figures.isEmpty {
            sections.append(
                "## Sources\n\n" + run.figures.map(sourceItem).joined(separator: "\n") + "\n\n"
                    + escape(ReportDataset.line))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    /// A table of statements and results; a statement whose value spans lines (a query's table,
    /// a series) is followed by it, and the statements after it start a new table.
    func table(_ entries: ArraySlice<Entry>) -> String {
        var parts: [String] = []
        var rows: [String] = []
        for entry in entries {
            var result = escape(entry.result(formatter))
            if entry.isFailedAssertion {
                result = "**" + result + "**" + (entry.assertionNote.map { ": " + escape($0) } ?? "")
            }
            let flag = entry.isFailedAssertion ? "❌ " : ""
            rows.append("| " + flag + code(entry.text) + " | " + result + " |")
            if let block = entry.block(formatter) {
                parts.append((["| statement | result |", "|---|---|"] + rows).joined(separator: "\n"))
                parts.append(entry.table.map(markdown) ?? "```text\n" + block + "\n```")
                rows = []
            }
        }
        if !rows.isEmpty { parts.append((["| statement | result |", "|---|---|"] + rows).joined(separator: "\n")) }
        return parts.joined(separator: "\n\n")
    }

    /// A query's table as a Markdown table.
    func markdown(_ table: Table) -> String {
        let columns = table.columns.isEmpty ? [""] : table.columns
        var lines = ["| " + columns.map(escape).joined(separator: " | ") + " |"]
        lines.append("|" + String(repeating: "---|", count: columns.count))
        for row in table.rows {
            lines.append("| " + row.map { escape(formatter.text(of: $0)) }.joined(separator: " | ") + " |")
        }
        if table.rows.isEmpty { lines.append("| (no rows) |" + String(repeating: " |", count: columns.count - 1)) }
        return lines.joined(separator: "\n")
    }

    func sourceItem(_ figure: Figure) -> String {
        var line = "- **" + escape(figure.id) + "**: " + escape(figure.qualifiedValue)
        if let period = figure.periodText { line += " (" + escape(period) + ")" }
        line += ". " + escape(figure.label) + ". " + escape(figure.citation) + ": “" + escape(figure.quote) + "”"
        for caveat in figure.caveats { line += " " + escape(caveat) }
        return line
    }

    /// Inline code that survives backticks and table pipes in the source.
    func code(_ text: String) -> String {
        let fence = text.contains("`") ? "`` " : "`"
        let closing = text.contains("`") ? " ``" : "`"
        return fence + text.replacingPipes() + closing
    }

    /// Prose as Markdown: the author's text keeps its Markdown (`code`, *emphasis*, links), and
    /// each interpolated value is escaped.
    func paragraph(_ parts: [ProseOutput]) -> String {
        parts.map {
            switch $0 {
            case .text(let text): authored(text)
            case .value(let value): escape(formatter.inlineDisplay(value))
            }
        }.joined()
    }

    /// Text the author wrote, passed through as Markdown except `$`, which GitHub would read as
    /// the start of mathematics (`$7M and $25M`).
    func authored(_ text: String) -> String {
        var out = ""
        for character in text {
            if character == "$" { out.append("\\") }
            out.append(character)
        }
        return out
    }

    /// Text with Markdown's special characters escaped, so `$7M` is not read as maths and `_` not as emphasis.
    func escape(_ text: String) -> String {
        var out = ""
        for character in text {
            if "\\`*_[]<>|$#".contains(character) { out.append("\\") }
            out.append(character)
        }
        return out
    }
}

extension String {
    func replacingPipes() -> String {
        var out = ""
        for character in self {
            if character == "|" { out += "\\|" } else { out.append(character) }
        }
        return out
    }
}
