import Dataset
import Evaluation
import Notebook
import Syntax

/// The pieces of a report every renderer shares: blocks in document order and how results read.
enum ReportBlock {
    /// A heading (the title is not one of them).
    case heading(level: Int, text: String)
    /// Consecutive prose lines, joined; each part is literal text or an interpolated value.
    /// `names` has one entry per value part: the name it interpolates (`{spend}`), or nil for
    /// another expression, so that a report can link the value to its definition.
    case paragraph([ProseOutput], names: [String?])
    /// Consecutive statements: a slice of the run's entries (shared, not copied).
    case statements(ArraySlice<Entry>)
}

extension NotebookRun {
    /// The report's blocks: headings, paragraphs (consecutive `>` lines; an empty `>` line ends
    /// one), and runs of statements.
    var blocks: [ReportBlock] {
        var blocks: [ReportBlock] = []
        // The block being built, kept apart so that appending to it does not copy it (linear time).
        var paragraph: [ProseOutput] = []
        var names: [String?] = []
        // The statements being gathered are entries[statementsStart..<index].
        var statementsStart: Int?
        func flush(at index: Int) {
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph, names: names)) }
            if let start = statementsStart { blocks.append(.statements(entries[start..<index])) }
            paragraph = []
            names = []
            statementsStart = nil
        }
        for (index, entry) in entries.enumerated() {
            switch entry.outcome {
            case .heading(let level, let text)?:
                flush(at: index)
                blocks.append(.heading(level: level, text: text))
            case .prose(let parts)?:
                if statementsStart != nil || parts.isEmpty { flush(at: index) }
                if !parts.isEmpty { paragraph += (paragraph.isEmpty ? [] : [.text(" ")]) + parts }
                if case .prose(let written) = entry.statement.kind {
                    for case .expression(let expr) in written {
                        if case .name(let name) = expr.kind { names.append(name) } else { names.append(nil) }
                    }
                }
            default:
                if !paragraph.isEmpty { flush(at: index) }
                if statementsStart == nil { statementsStart = index }
            }
        }
        flush(at: entries.count)
        return blocks
    }

    /// One line summing the run up: `spend.tnb: 2 params, 3 asserts, all passed`; with the
    /// scenarios beside it, their count and where asserts failed (`1 FAILED in bear`).
    func summary(_ comparison: ScenarioComparison? = nil) -> String {
        let params = entries.filter { if case .param = $0.statement.kind { return true } else { return false } }
        var parts: [String] = []
        if !params.isEmpty {
            let set = params.filter(\.isOverridden).count
            parts.append(count(params.count, "param") + (set > 0 ? " (\(set) set)" : ""))
        }
        if let comparison { parts.append(count(comparison.columns.count - 1, "scenario") + " besides base") }
        let asserts = assertions
        if !asserts.isEmpty {
            typealias Column = ScenarioComparison.Column
            var failures: [String] = []
            for column in comparison?.columns ?? [Column(name: "base", run: self)] {
                let failed = column.run.failedAssertions.count
                if failed > 0 { failures.append("\(failed) FAILED" + (comparison == nil ? "" : " in \(column.name)")) }
            }
            parts.append(
                count(asserts.count, "assert")
                    + (failures.isEmpty ? ", all passed" : ", " + failures.joined(separator: ", ")))
        }
        parts.append(count(figures.count, "dataset figure"))
        // `--as-of` for a notebook without an `as of` line: the report still says what it counts from.
        let hasAsOfLine = entries.contains { if case .asOf = $0.statement.kind { true } else { false } }
        if let asOf = asOfOverride, !hasAsOfLine { parts.append("as of \(asOf) (set)") }
        return reportName + (scenario.map { " (scenario \($0))" } ?? "") + ": " + parts.joined(separator: ", ")
    }

    func count(_ number: Int, _ noun: String) -> String {
        "\(number) \(noun)" + (number == 1 ? "" : "s")
    }
}

extension Entry {
    /// What the result column shows: a value on one line (a series as its summary, a table as
    /// its row count), `passed`/`FAILED`, `function`, `unit`, `as of ...`.
    func result(_ formatter: ValueFormatter) -> String {
        if let table { return table.rows.count == 1 ? "1 row" : "\(table.rows.count) rows" }
        switch outcome {
        case .value(let value)?: return formatter.inlineDisplay(value)
        case .binding(_, let value, _)?:
            return formatter.inlineDisplay(value) + (isOverridden ? " (set)" : scenario.map { " (\($0))" } ?? "")
        case .function(_, let parameters)?: return "function of " + parameters.joined(separator: ", ")
        case .unit?: return "unit"
        case .assertion(let truth, let value)?: return truth.assertionVerdict(chance: value.chance)
        case .asOf(let period)?: return "\(period)" + (isOverridden ? " (set)" : "")
        case .scenario?: return "scenario"
        case .heading?, .prose?: return ""
        case nil: return "error"
        }
    }

    /// The value a statement gave, if it gave one.
    var value: Value? {
        switch outcome {
        case .value(let value)?, .binding(_, let value, _)?: return value
        default: return nil
        }
    }

    /// The table a statement gave (a query), which reports show below the statement.
    var table: Table? {
        if case .table(let table)? = value?.kind { return table }
        return nil
    }

    /// A display that spans lines (a series with its bars, a comparison per period, a table),
    /// which reports show below the statement; nil for values that fit on one line.
    func block(_ formatter: ValueFormatter) -> String? {
        guard let value else { return nil }
        switch value.kind {
        case .quantity, .truth: return nil  // numbers, unit names and truth words: always one line
        default: break
        }
        let display = formatter.display(value)
        // Most displays have no line feed byte at all, which is quick to see.
        guard display.utf8.contains(UInt8(ascii: "\n")) else { return nil }
        return display.contains("\n") ? display : nil
    }

    /// Whether this is an assertion that did not hold.
    var isFailedAssertion: Bool {
        if case .assertion(let truth, _)? = outcome { return truth != .yes }
        return false
    }

    /// The note under a failed assertion's verdict: why it failed and the values of its sides.
    var assertionNote: String? {
        guard case .assertion(let truth, _)? = outcome, truth != .yes else { return nil }
        let parts = [truth.assertionNote, OutcomeText().sides(sides)].compactMap { $0 }
        return parts.isEmpty ? nil : parts.joined(separator: "; ")
    }
}

extension ValueFormatter {
    /// Prose with its values filled in, each on one line (a series as its summary).
    func inlineDisplay(_ prose: [ProseOutput]) -> String {
        prose.map {
            switch $0 {
            case .text(let text): text
            case .value(let value): inlineDisplay(value)
            }
        }.joined()
    }
}

extension Figure {
    /// Who said it, who wrote it, and where: `Dylan Patel (paraphrased by Nuggets AI), summary
    /// 00:01:30`, `Dylan Patel (quoted), summary 00:02:20`, `Brian Wang, article`.
    var citation: String {
        var who = speaker
        if form == .quote {
            who += " (quoted)"
        } else if author != speaker {
            who += " (paraphrased by \(author))"
        }
        return who + ", " + source + (timestamp.map { " " + $0 } ?? "")
    }

    /// The value as the data writes it, with its hedges: `over 25%`, `projected $100B or more`.
    var qualifiedValue: String { qualified(value) }

    /// The period, marked when the dataset inferred it: `Apr 2026`, `Apr 2026, inferred`.
    var periodText: String? {
        period.map { periodBasis == .inferred ? $0 + ", inferred" : $0 }
    }

    /// What a reader must know beyond the quote: how a reading was made, why a period was
    /// inferred, and where the documents disagree about it.
    var caveats: [String] {
        var lines: [String] = []
        if basis != .stated, let reading { lines.append(basis.rawValue.capitalizedFirst + ": " + reading + ".") }
        if periodBasis == .inferred, let periodReason { lines.append("Period inferred: " + periodReason + ".") }
        for disagreement in Dataset.disagreementsByFigure[id] ?? [] {
            let others = disagreement.rows.filter { $0 != id }.joined(separator: ", ")
            lines.append("Disagrees with " + others + " (" + disagreement.kind + "): " + disagreement.differs)
        }
        return lines
    }
}

extension String {
    /// The text with its first letter upper-cased: `Interpreted`.
    var capitalizedFirst: String { prefix(1).uppercased() + dropFirst() }
}

/// Word wrapping by terminal columns (wide characters take two), for fixed-width reports.
enum TextWrap {
    /// Breaks `text` into lines of at most `width` columns at spaces; longer words stand alone.
    static func lines(_ text: String, width: Int) -> [String] {
        if text.utf8.count <= width, isSingleSpacedASCII(text) { return [text] }
        var lines: [String] = []
        var line = ""
        for word in text.split(separator: " ", omittingEmptySubsequences: true) {
            if line.isEmpty {
                line = String(word)
            } else if TextWidth.of(line) + 1 + TextWidth.of(String(word)) <= width {
                line += " " + word
            } else {
                lines.append(line)
                line = String(word)
            }
        }
        if !line.isEmpty || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Whether text is ASCII with words one space apart and no space at either end: such text,
    /// when it fits, is its own only line (most statements and results are).
    static func isSingleSpacedASCII(_ text: String) -> Bool {
        var previous: UInt8 = UInt8(ascii: " ")
        for byte in text.utf8 {
            if byte >= 0x80 || (byte == UInt8(ascii: " ") && previous == byte) { return false }
            previous = byte
        }
        return previous != UInt8(ascii: " ") || text.isEmpty
    }

    /// Spaces.
    static func spaces(_ count: Int) -> String { String(repeating: " ", count: max(0, count)) }
}
