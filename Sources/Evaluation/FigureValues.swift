import Dataset
import Diagnostics
import Syntax
import Units

/// Turns dataset figures into values that remember where they came from.
public enum FigureValues {
    /// The value of a figure, with the figure as its provenance; `span` is where it was used.
    static func value(of figure: Figure, _ span: Span) throws(EvalError) -> Value {
        if let date = date(of: figure) { return Value(.period(date), provenance: Provenance(figure: figure.id)) }
        if let quantity = quantities[figure.id] {
            // The same input at every use: a figure is one unknown.
            return Value(.quantity(quantity), provenance: Provenance(figure: figure.id))
        }
        switch parse(figure) {
        case .success(let quantity):
            return Value(.quantity(quantity), provenance: Provenance(figure: figure.id))
        case .failure(let problem):
            throw EvalError(.badFigure(figure.id, problem.description), span)
        }
    }

    /// The value of a date figure (`2028`, `Feb 2026`, `Fall 2026`): its value text is a
    /// dataset period, and the value is the periods of the language that cover its months.
    public static func date(of figure: Figure) -> PeriodRange? {
        PeriodOrder.interval(of: figure.value).map(PeriodOrder.periods(of:))
    }

    /// A figure's value as a quantity, read once per run (nil for a date or a value that does
    /// not read).
    public static func quantity(of figure: Figure) -> Quantity? { quantities[figure.id] }

    /// Whether a figure's value reads, as a date or as a quantity.
    public static func reads(_ figure: Figure) -> Bool {
        if date(of: figure) != nil { return true }
        if case .success = parse(figure) { return true }
        return false
    }

    /// Parses and evaluates a figure's value text with the built-in units only; a date figure
    /// is not a quantity (see `date(of:)`).
    public static func parse(_ figure: Figure) -> Result<Quantity, FigureProblem> {
        let source = SourceFile(name: figure.id, text: figure.value)
        let result = Parser.parse(source)
        guard result.diagnostics.isEmpty, result.statements.count == 1,
            case .expression(let expression) = result.statements[0].kind
        else {
            return .failure(FigureProblem(result.diagnostics.first?.message ?? "expected one value"))
        }
        var evaluator = Evaluator(environment: Environment())
        evaluator.inputKeyPrefix = figure.id
        do {
            let value = try evaluator.evaluate(expression)
            guard let quantity = value.quantity else { return .failure(FigureProblem("not a number")) }
            // The input in the figure's own unit (`$35-45B/yr` is written as a range of dollars
            // per year), so that `--why` and sensitivity tables show it as the figure reads.
            return .success(quantity.renamed(InputName(figure.id)))
        } catch {
            return .failure(FigureProblem(error.kind.message))
        }
    }
}

/// Why a figure's value could not be read.
public struct FigureProblem: Error, CustomStringConvertible {
    /// The message.
    public var description: String

    init(_ description: String) {
        self.description = description
    }
}
