import Diagnostics
import Evaluation
import Notebook
import Platform
import Presentation
import Units

/// The report formats.
public enum ReportFormat: String, Sendable, CaseIterable {
    /// Plain text that fits a width.
    case text
    /// GitHub-flavoured Markdown.
    case markdown
    /// One JSON object.
    case json
    /// One self-contained HTML page with SVG charts.
    case html

    /// The file extension of a report in this format.
    public var fileExtension: String {
        switch self {
        case .text: "txt"
        case .markdown: "md"
        case .json: "json"
        case .html: "html"
        }
    }
}

/// What the runner is asked to do with each notebook.
public enum RunMode: Sendable {
    /// Render the report (to standard output, or to `-o`).
    case render
    /// `tnb run --check`: render in memory and compare with the report on disk.
    case checkReports
    /// `tnb check`: parse and evaluate only.
    case evaluateOnly
    /// List the params (`tnb run --params`).
    case params
}

/// A `--set name=value` given on the command line, evaluated with the language.
public struct ParamSetting: Sendable {
    /// The param's name.
    public var name: String
    /// The value as typed.
    public var text: String
    /// Its value.
    public var value: Value

    /// Parses `name=value`; the error is the text to print.
    public static func parse(_ argument: String, colour: Bool = false) -> Result<ParamSetting, UsageError> {
        guard let equals = argument.firstIndex(of: "=") else {
            return .failure(UsageError("--set '\(argument)' needs the form name=value"))
        }
        let name = String(argument[..<equals]).trimmingBlanks()
        let text = String(argument[argument.index(after: equals)...]).trimmingBlanks()
        guard !name.isEmpty, !text.isEmpty else {
            return .failure(UsageError("--set '\(argument)' needs the form name=value"))
        }
        let evaluated = Session.evaluateLiteral(text, name: "--set \(name)")
        guard let value = evaluated.value else {
            let rendered = DiagnosticRenderer(colour: colour).render(evaluated.diagnostics, sources: evaluated.sources)
            return .failure(UsageError(rendered: rendered))
        }
        return .success(ParamSetting(name: name, text: text, value: value))
    }
}

/// A usage problem: the text to print on standard error.
public struct UsageError: Error, Sendable {
    /// The full text, ending in a newline.
    public var text: String

    /// `error: MESSAGE`.
    public init(_ message: String) {
        text = "error: " + message + "\n"
    }

    /// Already rendered diagnostics.
    public init(rendered: String) {
        text = rendered
    }
}

/// How a batch of notebooks runs.
public struct RunOptions: Sendable {
    /// What to do.
    public var mode: RunMode
    /// The report format.
    public var format: ReportFormat
    /// The text report's width.
    public var width: Int
    /// `-o FILE|DIR`, as given.
    public var output: String?
    /// `--set` values.
    public var settings: [ParamSetting]
    /// Whether diagnostics use colour.
    public var colour: Bool
    /// `--as-of`: the period every notebook counts from, over its own `as of`.
    public var asOf: Period?
    /// `--precision`: significant digits in reports.
    public var precision: Int
    /// `--samples`: how many samples percentiles and chances come from.
    public var samples: Int
    /// `--scenario NAME`: render the report of one scenario (`base` for the defaults) alone.
    public var scenario: String? = nil

    /// Makes options.
    public init(
        mode: RunMode = .render, format: ReportFormat = .text, width: Int = 80, output: String? = nil,
        settings: [ParamSetting] = [], colour: Bool = false, asOf: Period? = nil, precision: Int = 3,
        samples: Int = Sampler.defaultCount
    ) {
        self.precision = precision
        self.samples = samples
        self.mode = mode
        self.format = format
        self.width = width
        self.output = output
        self.settings = settings
        self.colour = colour
        self.asOf = asOf
    }
}

extension String {
    func trimmingBlanks() -> String {
        var text = Substring(self)
        while text.first == " " || text.first == "\t" { text.removeFirst() }
        while text.last == " " || text.last == "\t" { text.removeLast() }
        return String(text)
    }
}
