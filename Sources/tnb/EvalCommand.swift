import ArgumentParser
import Diagnostics
import Evaluation
import Platform
import Presentation
import Units

/// `tnb eval EXPR...`: evaluates statements and prints each expression's value.
struct EvalCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "eval",
        abstract: "Evaluate statements and print each result.",
        discussion: """
            Statements are separated by ';' or newlines; several EXPR arguments are read as \
            consecutive lines. With no EXPR, statements are read from standard input.
            Exit status: 0 success, 1 an assert failed, 65 an error in the input, 64 a usage error.
            """
    )

    @Argument(help: "Statements to evaluate.")
    var expressions: [String] = []

    @Flag(name: .long, help: "Print one JSON object per result.")
    var json = false

    @Flag(name: .long, help: "After each result, list the dataset figures it came from.")
    var why = false

    @OptionGroup var precision: PrecisionOption
    @OptionGroup var asOf: AsOfOption
    @OptionGroup var samples: SamplesOption

    func run() throws {
        let text = expressions.isEmpty ? Output.readStandardInput() : expressions.joined(separator: "\n")
        var options = SessionOptions()
        options.samples = samples.samples
        if let period = asOf.period { options.asOf = period }
        var session = Session(options: options)
        let result = session.run(text)
        var formatter = ValueFormatter(significant: precision.precision)
        formatter.sampler = Sampler(count: samples.samples)
        let words = OutcomeText(formatter: formatter)
        var out = ""
        for statement in result.results {
            guard let outcome = statement.outcome else { continue }
            guard json else {
                out += words.echo(outcome, definitions: false)
                if why, case .value(let value) = outcome { out += formatter.why(value).map { $0 + "\n" }.joined() }
                continue
            }
            switch outcome {
            case .value(let value):
                out += JSON.object(formatter.jsonPairs(value, why: why)) + "\n"
            case .prose(let parts):
                out += JSON.object([("prose", JSON.quote(formatter.display(parts)))]) + "\n"
            case .assertion(let truth, let value):
                var pairs = [("assert", JSON.quote(truth.assertionVerdict(chance: value.chance)))]
                if truth == .maybe, let chance = value.chance { pairs.append(("chance", NumberFormatter.json(chance))) }
                out += JSON.object(pairs) + "\n"
            case .heading, .binding, .function, .unit, .asOf, .scenario:
                break
            }
        }
        Output.out(out)
        guard result.hasErrors else {
            // As in `tnb run`: a failed assert is not an error in the input, but the run fails.
            let failed = result.results.contains {
                if case .assertion(let truth, _)? = $0.outcome { return truth != .yes }
                return false
            }
            if failed { throw ExitStatus.failure.code }
            return
        }
        if json {
            Output.out(result.diagnostics.map { $0.json(sources: session.sources) + "\n" }.joined())
        } else {
            let renderer = DiagnosticRenderer(colour: Output.useColour(2))
            Output.err(renderer.render(result.diagnostics, sources: session.sources))
        }
        throw ExitStatus.dataError.code
    }
}
