import ArgumentParser
import Dataset
import Diagnostics
import Evaluation
import Platform
import Presentation

/// `tnb figures [QUERY]`: lists the built-in dataset, or runs a query over it.
struct FiguresCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "figures",
        abstract: "List the interview's figures, or run a query over them.",
        discussion: """
            QUERY is a pipeline such as 'where topic == "memory" | sort period | select id, value'; \
            the leading 'figures |' may be left out. docs/dataset.md describes the fields and stages. \
            With --disagreements, lists the places where the documents disagree (about the figures \
            the query keeps, when there is one).
            Exit status: 0 success, 65 an error in the query, 64 a usage error.
            """
    )

    @Argument(help: "A query over the figures.")
    var query: String?

    @Flag(name: .long, help: "Print one JSON object per row (or the aggregate's value).")
    var json = false

    @Flag(name: .long, help: "List where the documents disagree, instead of the figures.")
    var disagreements = false

    @Option(name: .long, help: "The most columns a table may take (40-1000).")
    var width: Int = 120

    @OptionGroup var precision: PrecisionOption

    func validate() throws {
        guard (40...1000).contains(width) else { throw ValidationError("--width must be between 40 and 1000") }
    }

    /// The query as tnb source: `figures`, with `figures |` put in front when it was left out.
    static func source(of query: String?) -> String {
        let text = (query ?? "").drop { $0 == " " || $0 == "\t" || $0 == "\n" }
        if text.isEmpty { return "figures" }
        if text.first == "|" { return "figures " + text }
        if text.hasPrefix("figures"),
            text.dropFirst(7).first.map({ !($0.isLetter || $0.isNumber || $0 == "_" || $0 == ".") }) ?? true
        {
            return String(text)
        }
        return "figures | " + text
    }

    func run() throws {
        var session = Session()
        let result = session.run(Self.source(of: query), name: "<query>")
        let formatter = ValueFormatter(significant: precision.precision, tableWidth: width)
        var out = ""
        for statement in result.results {
            guard case .value(let value) = statement.outcome else { continue }
            if disagreements {
                guard case .table(let table) = value.kind else {
                    throw ValidationError(
                        "--disagreements needs a query that keeps figures, not one that ends in an aggregate")
                }
                let kept = Set(table.figureIDs)
                let shown = Dataset.disagreements.filter { query == nil || $0.rows.contains(where: kept.contains) }
                if json {
                    out += shown.map { formatter.json(disagreement: $0) + "\n" }.joined()
                } else {
                    out += shown.map { formatter.lines(disagreement: $0, width: width).joined(separator: "\n") + "\n" }
                        .joined(separator: "\n")
                    if shown.isEmpty { out += "(no disagreements)\n" }
                }
            } else if json, case .table(let table) = value.kind {
                out += formatter.jsonRows(table).map { $0 + "\n" }.joined()
            } else if json {
                out += JSON.object(formatter.jsonPairs(value)) + "\n"
            } else {
                out += formatter.display(value) + "\n"
            }
        }
        Output.out(out)
        guard result.hasErrors else { return }
        if json {
            Output.out(result.diagnostics.map { $0.json(sources: session.sources) + "\n" }.joined())
        } else {
            Output.err(
                DiagnosticRenderer(colour: Output.useColour(2)).render(result.diagnostics, sources: session.sources))
        }
        throw ExitStatus.dataError.code
    }
}
