import Dataset
import Evaluation
import Notebook
import Syntax
import Units

/// Renders a run as one self-contained HTML page: no script, nothing fetched (styles inline,
/// system fonts), charts as inline SVG drawn here, light and dark colour schemes, print styles.
/// The same report model as the text, Markdown and JSON renderers (`NotebookRun.blocks`), and
/// byte-identical for the same run.
public struct HTMLRenderer: Sendable {
    /// How values are shown.
    public var formatter: ValueFormatter

    /// Makes a renderer.
    public init(formatter: ValueFormatter = ValueFormatter()) {
        self.formatter = formatter
    }

    /// The page; with `scenarios`, a section that sets the scenarios side by side.
    public func render(_ run: NotebookRun, scenarios: ScenarioComparison? = nil) -> String {
        var formatter = self.formatter
        formatter.sampler = run.sampler
        let title = run.notebook.title ?? run.reportName
        var body: [String] = []
        body.append("<header>")
        body.append("<h1>\(HTML.escape(title))</h1>")
        body.append("<p class=\"summary\">\(HTML.escape(run.summary(scenarios)))</p>")
        if let asOf = asOf(run) { body.append("<p class=\"as-of\">As of \(HTML.escape(asOf))</p>") }
        let failed = run.failedAssertions
        if !failed.isEmpty {
            let items = failed.map { failure in
                "<li><a href=\"#line-\(failure.entry.line)\"><code>\(HTML.escape(failure.entry.text))</code></a></li>"
            }
            body.append(
                "<div class=\"alert\" role=\"alert\"><strong>\(failed.count == 1 ? "1 assert" : "\(failed.count) asserts") FAILED</strong><ul>"
                    + items.joined() + "</ul></div>")
        }
        body.append("</header>")
        let anchors = definitionLines(run)
        let markers = whenMarkers(run)
        var charts = 0
        for block in run.blocks {
            switch block {
            case .heading(let level, let text):
                let tag = "h\(min(6, level + 1))"
                body.append("<\(tag)>\(HTML.escape(text))</\(tag)>")
            case .paragraph(let parts, let names):
                body.append("<p>" + prose(parts, names: names, anchors: anchors, formatter) + "</p>")
            case .statements(let entries):
                body.append(statements(entries, formatter, markers: markers, charts: &charts))
            }
        }
        if let scenarios { body.append(ScenarioTable(scenarios, formatter: formatter).html()) }
        if !run.figures.isEmpty { body.append(sources(run.figures)) }
        var page = "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
        page += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
        page += "<meta name=\"generator\" content=\"tnb\">\n"
        page +=
            "<title>\(HTML.escape(title))</title>\n<style>\n\(HTMLRenderer.style)</style>\n</head>\n<body>\n<main>\n"
        page += body.joined(separator: "\n")
        return page + "\n</main>\n</body>\n</html>\n"
    }

    /// The as-of the run counts from, when the notebook or the command line sets one.
    func asOf(_ run: NotebookRun) -> String? {
        for entry in run.entries {
            if case .asOf(let period)? = entry.outcome {
                return period.description + (entry.isOverridden ? " (set)" : "")
            }
        }
        return run.asOfOverride.map { "\($0) (set)" }
    }

    /// The line of each name's definition, for links from prose.
    func definitionLines(_ run: NotebookRun) -> [String: Int] {
        var lines: [String: Int] = [:]
        for entry in run.entries {
            if let name = FreeNames.definedName(of: entry.statement), lines[name] == nil { lines[name] = entry.line }
        }
        return lines
    }

    /// The `when` answers of the run, by the names of the series they read.
    func whenMarkers(_ run: NotebookRun) -> [String: [SeriesChart.Marker]] {
        var markers: [String: [SeriesChart.Marker]] = [:]
        for entry in run.entries {
            // `when ...` on its own or as a definition (`let passes = when spend > payroll`).
            let written: Expr
            switch entry.statement.kind {
            case .expression(let expr), .letValue(_, let expr): written = expr
            default: continue
            }
            guard case .when(let condition) = written.kind, let value = entry.value else { continue }
            let periods: PeriodRange?
            switch value.kind {
            case .period(let range): periods = range
            case .crossing(let crossing): periods = crossing.earliest.map { PeriodRange($0, crossing.within.high) }
            default: periods = nil
            }
            guard let periods else { continue }
            let label =
                "when " + run.notebook.text(of: Statement(.expression(condition), condition.span)) + ": "
                + formatter.inlineDisplay(value)
            for name in FreeNames.of(condition).sorted() {
                markers[name, default: []].append(SeriesChart.Marker(label: label, from: periods.low, to: periods.high))
            }
        }
        return markers
    }

    /// Prose with its values; a value that interpolates a name links to the name's definition.
    func prose(_ parts: [ProseOutput], names: [String?], anchors: [String: Int], _ formatter: ValueFormatter)
        -> String
    {
        var out = ""
        var valueIndex = 0
        for part in parts {
            switch part {
            case .text(let text): out += HTML.escape(text)
            case .value(let value):
                let shown = HTML.escape(formatter.inlineDisplay(value))
                let name = valueIndex < names.count ? names[valueIndex] : nil
                valueIndex += 1
                if let name, let line = anchors[name] {
                    out += "<a class=\"value\" href=\"#line-\(line)\" title=\"\(HTML.escape(name))\">\(shown)</a>"
                } else {
                    out += "<span class=\"value\">\(shown)</span>"
                }
            }
        }
        return out
    }

    /// A run of statements as a table; a statement whose value spans lines is followed by its
    /// chart (a series), its table (a query) or its text (anything else), and the statements
    /// after it start a new table.
    func statements(
        _ entries: ArraySlice<Entry>, _ formatter: ValueFormatter, markers: [String: [SeriesChart.Marker]],
        charts: inout Int
    ) -> String {
        var parts: [String] = []
        var rows: [String] = []
        func flush() {
            guard !rows.isEmpty else { return }
            parts.append(
                "<table class=\"statements\">\n<tbody>\n" + rows.joined(separator: "\n") + "\n</tbody>\n</table>")
            rows = []
        }
        for entry in entries {
            var result = HTML.escape(entry.result(formatter))
            var rowClass = "statement"
            if entry.isFailedAssertion {
                rowClass += " failed"
                result = "<strong>\(result)</strong>" + (entry.assertionNote.map { "<br>" + HTML.escape($0) } ?? "")
            } else if case .assertion? = entry.outcome {
                rowClass += " passed"
            }
            rows.append(
                "<tr id=\"line-\(entry.line)\" class=\"\(rowClass)\"><td class=\"source\"><code>\(HTML.escape(entry.text))</code></td>"
                    + "<td class=\"result\">\(result)</td></tr>")
            guard let block = entry.block(formatter) else { continue }
            flush()
            if let table = entry.table {
                charts += 1
                let name = FreeNames.definedName(of: entry.statement) ?? entry.text
                if let tornado = TornadoChart(table, formatter: formatter, title: name, id: "chart-\(charts)") {
                    parts.append("<figure class=\"chart\">\n" + tornado.svg() + "\n</figure>")
                }
                parts.append(html(table, formatter))
            } else if case .series(let series)? = entry.value?.kind {
                charts += 1
                let name = FreeNames.definedName(of: entry.statement) ?? entry.text
                let chart = SeriesChart(
                    series: series, formatter: formatter, title: name, markers: markers[name] ?? [],
                    id: "chart-\(charts)")
                parts.append(
                    "<figure class=\"chart\">\n" + chart.svg() + "\n<details><summary>Data</summary><pre>"
                        + HTML.escape(block) + "</pre></details>\n</figure>")
            } else {
                parts.append("<pre class=\"block\">" + HTML.escape(block) + "</pre>")
            }
        }
        flush()
        return parts.joined(separator: "\n")
    }

    /// A query's table.
    func html(_ table: Table, _ formatter: ValueFormatter) -> String {
        var out = "<table class=\"query\">\n<thead><tr>"
        out += table.columns.map { "<th scope=\"col\">\(HTML.escape($0))</th>" }.joined() + "</tr></thead>\n<tbody>\n"
        for row in table.rows {
            out += "<tr>" + row.map { "<td>\(HTML.escape(formatter.text(of: $0)))</td>" }.joined() + "</tr>\n"
        }
        if table.rows.isEmpty { out += "<tr><td colspan=\"\(max(1, table.columns.count))\">(no rows)</td></tr>\n" }
        return out + "</tbody>\n</table>"
    }

    /// The Sources section: each figure with its hedged value, period, who said and wrote it,
    /// where, the quote, and any reading, inferred period or disagreement.
    func sources(_ figures: [Figure]) -> String {
        var out = "<section class=\"sources\">\n<h2>Sources</h2>\n<ul>\n"
        for figure in figures {
            out += "<li id=\"figure-\(HTML.escape(figure.id))\"><code>\(HTML.escape(figure.id))</code>: "
            out += "<strong>\(HTML.escape(figure.qualifiedValue))</strong>"
            if let period = figure.periodText { out += " (\(HTML.escape(period)))" }
            out += ". \(HTML.escape(figure.label)). \(HTML.escape(figure.citation)):"
            out += " <q>\(HTML.escape(figure.quote))</q>"
            for caveat in figure.caveats { out += "<br><small>\(HTML.escape(caveat))</small>" }
            out += "</li>\n"
        }
        return out + "</ul>\n<p class=\"dataset\">\(HTML.escape(ReportDataset.line))</p>\n</section>"
    }

    /// The page's styles: system fonts, a light and a dark scheme, print without colour fills.
    static let style = """
        :root { color-scheme: light dark; --fg: #1d1f23; --muted: #5b6270; --bg: #ffffff; --rule: #d9dce1;
          --accent: #2457c5; --band: rgba(36, 87, 197, 0.18); --fail: #b3261e; --fail-bg: #fdecea; --ok: #1b7a3d; }
        @media (prefers-color-scheme: dark) {
          :root { --fg: #e6e8eb; --muted: #a3a9b4; --bg: #16181c; --rule: #3a3f47; --accent: #7aa2ff;
            --band: rgba(122, 162, 255, 0.25); --fail: #ff8a80; --fail-bg: #3b1f1d; --ok: #6fcf97; }
        }
        body { margin: 0; background: var(--bg); color: var(--fg);
          font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
        main { max-width: 56rem; margin: 0 auto; padding: 1.5rem; }
        h1 { margin: 0 0 0.25rem; font-size: 1.8rem; } h2, h3, h4 { margin: 2rem 0 0.5rem; }
        .summary, .as-of, .dataset { color: var(--muted); margin: 0.25rem 0; }
        code, pre { font-family: ui-monospace, SFMono-Regular, Menlo, Consolas, "Liberation Mono", monospace; font-size: 0.85rem; }
        table { border-collapse: collapse; width: 100%; margin: 0.75rem 0; }
        td, th { border-bottom: 1px solid var(--rule); padding: 0.3rem 0.5rem; text-align: left; vertical-align: top; }
        td.result { text-align: right; white-space: nowrap; font-variant-numeric: tabular-nums; }
        tr.failed td { background: var(--fail-bg); color: var(--fail); }
        tr.passed td.result { color: var(--ok); }
        tr:target td { outline: 2px solid var(--accent); }
        .alert { border: 2px solid var(--fail); background: var(--fail-bg); color: var(--fail); padding: 0.5rem 1rem; margin: 1rem 0; }
        .alert ul { margin: 0.25rem 0; }
        a.value, span.value { font-weight: 600; color: var(--accent); text-decoration: none; }
        a.value:hover { text-decoration: underline; }
        pre { overflow-x: auto; }
        figure.chart { margin: 1rem 0; }
        svg.chart { width: 100%; height: auto; display: block; font: 12px system-ui, sans-serif; }
        svg .grid { stroke: var(--rule); stroke-width: 1; }
        svg .axis { stroke: var(--muted); stroke-width: 1; }
        svg .tick, svg .period { fill: var(--muted); }
        svg .line { fill: none; stroke: var(--accent); stroke-width: 2; }
        svg .point { fill: var(--accent); }
        svg .band { fill: var(--band); stroke: none; }
        svg .bar { fill: var(--accent); fill-opacity: 0.75; }
        svg .marker-span { fill: var(--fail); fill-opacity: 0.08; stroke: var(--fail); stroke-dasharray: 4 3; }
        svg .marker { fill: var(--fail); }
        details summary { color: var(--muted); cursor: pointer; }
        .sources li { margin: 0.5rem 0; } q { font-style: italic; }
        @media print {
          body { font-size: 11pt; } main { max-width: none; padding: 0; }
          a.value { color: inherit; } figure, tr, li { break-inside: avoid; } details { display: none; }
        }

        """
}

/// Escaping for HTML text and attribute values.
enum HTML {
    /// The text with `&`, `<`, `>` and `"` escaped.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            default: out.append(character)
            }
        }
        return out
    }
}
