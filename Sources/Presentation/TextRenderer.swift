import Dataset
import Evaluation
import Notebook

/// Renders a run as a plain-text report that fits a width (80 columns by default).
public struct TextRenderer: Sendable {
    /// The widest line, in characters (long source text and long values wrap onto more lines).
    public var width: Int
    /// How values are shown.
    public var formatter: ValueFormatter

    /// Makes a renderer.
    public init(width: Int = 80, formatter: ValueFormatter = ValueFormatter()) {
        self.width = max(40, width)
        self.formatter = formatter
    }

    /// The report; with `scenarios`, a section that sets the scenarios side by side.
    public func render(_ run: NotebookRun, scenarios: ScenarioComparison? = nil) -> String {
        var sections: [String] = []
        if let title = run.notebook.title { sections.append(underline(title, "=")) }
        sections.append(TextWrap.lines(run.summary(scenarios), width: width).joined(separator: "\n"))
        // Each statement's value is formatted once: formatting is most of a report's cost.
        let blocks = run.blocks
        let shownBlocks = blocks.map { block -> [Shown] in
            if case .statements(let entries) = block { return entries.map(shown) }
            return []
        }
        let column = resultColumn(zip(blocks, shownBlocks))
        for (block, shownEntries) in zip(blocks, shownBlocks) {
            switch block {
            case .heading(let level, let text):
                sections.append(level <= 2 ? underline(text, level == 1 ? "=" : "-") : text)
            case .paragraph(let parts, _):
                sections.append(TextWrap.lines(formatter.inlineDisplay(parts), width: width).joined(separator: "\n"))
            case .statements(let entries):
                // A table (a query's result) gets a blank line after it, before the next statement.
                var text = ""
                for (index, (entry, shown)) in zip(entries, shownEntries).enumerated() {
                    if index > 0 { text += shownEntries[index - 1].block == nil ? "\n" : "\n\n" }
                    appendStatementLines(entry, shown, column: column, to: &text)
                }
                sections.append(text)
            }
        }
        if let scenarios {
            let table = ScenarioTable(scenarios, formatter: formatter)
            sections.append(underline(ScenarioTable.title, "-") + "\n\n" + table.text(width: width))
        }
        if !run.figures.isEmpty {
            sections.append(
                underline("Sources", "-") + "\n\n" + run.figures.map(sourceLines).joined(separator: "\n\n") + "\n\n"
                    + TextWrap.lines(ReportDataset.line, width: width).joined(separator: "\n"))
        }
        return sections.joined(separator: "\n\n") + "\n"
    }

    func underline(_ text: String, _ mark: Character) -> String {
        let lines = TextWrap.lines(ControlCharacters.escaped(text), width: width)
        let longest = lines.map(TextWidth.of).max() ?? 0
        return lines.joined(separator: "\n") + "\n" + String(repeating: mark, count: longest)
    }

    /// A statement's result and the block below it (tables cut to fit), formatted once.
    struct Shown {
        var result: String
        var block: String?
    }

    func shown(_ entry: Entry) -> Shown {
        Shown(result: entry.result(formatter), block: fittedBlock(entry))
    }

    /// The column results start at: after the longest statement text that leaves room for the
    /// results, and never so far right that a typical result would not fit.
    func resultColumn(_ blocks: Zip2Sequence<[ReportBlock], [[Shown]]>) -> Int {
        // A series' summary is left out when it does not fit: it does not widen the column.
        // (One pass each, without copying the entries: a long notebook has hundreds of thousands.)
        var longestResult = 0
        for case (.statements(let entries), let shown) in blocks {
            for (entry, shown) in zip(entries, shown) where shown.block == nil || entry.table != nil {
                longestResult = max(longestResult, TextWidth.of(shown.result))
            }
        }
        longestResult = min(longestResult, width / 2)
        var longestFitting: Int?
        for case (.statements(let entries), _) in blocks {
            for entry in entries {
                let text = TextWidth.of(entry.text)
                if 2 + text + 2 + longestResult <= width { longestFitting = max(longestFitting ?? 0, text) }
            }
        }
        return 2 + (longestFitting ?? (width / 2 - 4)) + 2
    }

    /// `  let spend = ...      $7M/yr`, with the text or the result on lines of their own when
    /// they do not fit; a failed assertion is flagged with `!` in the gutter.
    /// Appended to `text`, the report's one buffer.
    func appendStatementLines(_ entry: Entry, _ shown: Shown, column: Int, to text: inout String) {
        let gutter = entry.isFailedAssertion ? "! " : "  "
        let result = shown.result
        let textLines = TextWrap.lines(entry.text, width: width - 4)
        for (index, line) in textLines.enumerated() {
            if index > 0 { text += "\n" }
            text += (index == 0 ? gutter : "    ")
            text += line
        }
        let last = TextWidth.of(textLines[textLines.count - 1]) + (textLines.count == 1 ? gutter.utf8.count : 4)
        let resultWidth = TextWidth.of(result)
        let block = shown.block
        func appendLine(_ line: String, indent: Int) {
            text += "\n"
            text += TextWrap.spaces(indent)
            text += line
        }
        if last + 2 <= column, column + resultWidth <= width {
            text += TextWrap.spaces(column - last)
            text += result
        } else if block != nil, entry.table == nil {
            // A series' table below says it all; its one-line summary would only repeat it.
        } else if column + resultWidth <= width {
            appendLine(result, indent: column)
        } else {
            for line in TextWrap.lines(result, width: width - 4) { appendLine(line, indent: 4) }
        }
        if let note = entry.assertionNote {
            for line in TextWrap.lines(note, width: width - 4) { appendLine(line, indent: 4) }
        }
        if let block {
            for line in block.split(separator: "\n", omittingEmptySubsequences: false) {
                appendLine(String(line), indent: line.isEmpty ? 0 : 4)
            }
        }
    }

    /// The display under a statement, narrowed to the width less its indent: a table's widest
    /// columns are cut, a series' bars are shortened (never below 4 cells).
    func fittedBlock(_ entry: Entry) -> String? {
        var blocks = formatter
        blocks.tableWidth = width - 4
        guard let block = entry.block(blocks) else { return nil }
        guard case .series(let series)? = entry.value?.kind else { return block }
        let widest = block.split(separator: "\n").map { TextWidth.of(String($0)) }.max() ?? 0
        let bars = SeriesFormatter(numbers: formatter.numbers).barWidth
        guard widest > width - 4 else { return block }
        return SeriesFormatter(numbers: formatter.numbers, barWidth: max(4, bars - (widest - (width - 4)))).table(
            series)
    }

    /// A figure: its id, value and period, what it is, who said it where, and the quote.
    func sourceLines(_ figure: Figure) -> String {
        let heading = figure.id + ": " + figure.qualifiedValue + (figure.periodText.map { " (\($0))" } ?? "")
        var lines = TextWrap.lines(heading, width: width - 2).enumerated().map {
            ($0.offset == 0 ? "  " : "    ") + $0.element
        }
        let body = figure.label + ". " + figure.citation + ": \"" + figure.quote + "\""
        for line in TextWrap.lines(body, width: width - 4) { lines.append("    " + line) }
        for caveat in figure.caveats {
            for line in TextWrap.lines(caveat, width: width - 4) { lines.append("    " + line) }
        }
        return lines.joined(separator: "\n")
    }
}
