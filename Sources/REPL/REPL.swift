import Dataset
import Diagnostics
import Evaluation
import Platform
import Presentation
import Syntax
import Units

/// The read-eval-print loop: one input loop for a terminal and for piped input. It reads
/// lines from a `LineReader`, asks for more while a statement is unfinished, runs statements
/// and meta commands in a session that allows redefinition, and hands its text to a
/// `REPLOutput`.
public struct REPL {
    /// Where the lines come from.
    public enum Mode: Sendable {
        /// Typed at a terminal: prompts, history, carets under the typed text.
        case interactive
        /// Piped or redirected: no prompt; errors name `<stdin>` and the line.
        case piped
    }

    /// A line of standard input that failed, for piped mode's summary.
    public struct Failure: Sendable, Equatable {
        /// The 1-based line in the input.
        public var line: Int
        /// The message with its id.
        public var message: String
    }

    /// The prompt for a new statement.
    public static let prompt = "tnb> "
    /// The prompt for the next line of an unfinished statement.
    public static let continuationPrompt = "...> "
    /// The exit status of piped input in which a line failed.
    /// How a session ended: for the executable to choose its exit status.
    public enum End: Sendable, Equatable {
        /// At end of input or `:quit`, with every piped line run.
        case finished
        /// Piped input in which some line failed (a script error).
        case failedInput
    }

    /// The session: what names mean.
    public internal(set) var session = Session(options: SessionOptions(allowRedefinition: true))
    /// The session as a notebook at the last `:load` or `:save`, which `:diff` compares with.
    var baseline: String?
    /// `--samples`: how many samples percentiles and chances come from.
    let samples: Int

    /// The options of the REPL's session: redefinition allowed.
    static func sessionOptions(samples: Int) -> SessionOptions {
        var options = SessionOptions(allowRedefinition: true)
        options.samples = samples
        return options
    }
    /// Terminal or piped.
    public let mode: Mode
    /// Whether to use ANSI colours.
    public var colour: Bool
    /// How values are shown.
    public var formatter: ValueFormatter
    /// The words for statements' outcomes, with `formatter`.
    var words: OutcomeText { OutcomeText(formatter: formatter) }
    /// The home directory, for `~/` in file names.
    public var home: String?
    /// Unit declarations that succeeded, in order, for `:save`.
    var unitDeclarations: [Statement] = []
    /// The asserts typed so far, with their text and last verdict, so that a redefinition that
    /// changes what an assert reads checks it again.
    var assertions: [CheckedAssertion] = []
    /// What `:save` writes, in the order it was typed or loaded: each defined name once (at its
    /// first place, with its latest definition), and headings, prose, asserts and unit
    /// declarations as they were written.
    var document: [NotebookWriter.Entry] = []
    /// The names `document` has an entry for, so that recording a definition does not search it
    /// (10,000 typed or pasted definitions would take quadratic time).
    var documentNames: Set<String> = []
    /// Every input line that failed.
    public internal(set) var failures: [Failure] = []

    /// The most columns a table takes when the reader does not know the terminal's width, as
    /// `tnb figures` does.
    public static let defaultTableWidth = 120

    /// Makes a REPL.
    public init(
        mode: Mode, colour: Bool = false, precision: Int = 3, samples: Int = Sampler.defaultCount, home: String? = nil
    ) {
        self.mode = mode
        self.samples = samples
        session = Session(options: REPL.sessionOptions(samples: samples))
        self.colour = colour
        self.formatter = ValueFormatter(significant: precision, tableWidth: REPL.defaultTableWidth)
        self.home = home
    }

    var renderer: DiagnosticRenderer {
        DiagnosticRenderer(colour: colour, layout: mode == .interactive ? .underPrompt : .compiler)
    }

    /// The name diagnostics give typed input.
    var inputName: String { mode == .piped ? "<stdin>" : "<input>" }

    /// What Tab completes to, for the session as it is now.
    public var completer: Completer {
        let environment = session.environment
        return Completer(
            values: Array(environment.values.keys),
            functions: Array(environment.functions.keys) + Environment.builtinFunctions,
            units: environment.units.names, figureIDs: Dataset.figures.map(\.id), home: home)
    }

    /// Whether text is a statement the parser says is unfinished (an open bracket, a trailing
    /// operator), so the REPL asks for another line.
    /// How many line feeds a text holds (a plain loop over its bytes).
    static func lineFeeds(in text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for index in 0..<bytes.count where bytes[index] == UInt8(ascii: "\n") { count += 1 }
            return count
        }
    }

    /// Opening brackets minus closing ones on a line, as the lexer reads it (brackets in strings,
    /// comments and prose do not count).
    static func bracketBalance(_ line: String) -> Int {
        // A line over the input limit is refused whole by the parser; it is not worth lexing.
        guard line.utf8.count <= Parser.maximumInputBytes else { return 0 }
        var lexer = Lexer(source: SourceFile(name: "<input>", text: line))
        var balance = 0
        while true {
            switch lexer.next().kind {
            case .leftParen, .leftBrace: balance += 1
            case .rightParen, .rightBrace: balance -= 1
            case .end: return balance
            default: continue
            }
        }
    }

    public static func isIncomplete(_ text: String) -> Bool {
        guard text.utf8.count <= Parser.maximumInputBytes else { return false }
        return Parser.parse(SourceFile(name: "<input>", text: text)).isIncomplete
    }

    /// Reads and handles lines until the input ends or `:quit`; says whether a piped line failed.
    public mutating func run<Reader: LineReader>(reader: inout Reader, output: some REPLOutput) -> End {
        if mode == .interactive {
            output.write("tnb: type :help for help, :quit or Ctrl-D to leave\n", to: .output)
        }
        var pending: [String] = []
        var firstLine = 1
        var linesRead = 0
        var openBrackets = 0
        loop: while true {
            let prompt = pending.isEmpty ? REPL.prompt : REPL.continuationPrompt
            let input = reader.read(prompt: prompt, completer: completer)
            // Tables fit the terminal as it is when the input is entered.
            formatter.tableWidth = reader.columns.map { min(max($0, 40), 1000) } ?? REPL.defaultTableWidth
            switch input {
            case .interrupted:
                pending = []
                openBrackets = 0
            case .end:
                if mode == .piped, !pending.isEmpty {
                    let reply = handle(pending.joined(separator: "\n"), firstLine: firstLine)
                    deliver(reply, to: output)
                }
                break loop
            case .line(let line):
                let lineCount = 1 + REPL.lineFeeds(in: line)
                linesRead += lineCount
                let blank = line.trimmingBlanks().isEmpty
                if pending.isEmpty {
                    if blank { continue }
                    firstLine = linesRead - lineCount + 1
                    if MetaCommand.isMetaCommand(line) {
                        reader.remember(line.trimmingBlanks())
                        let reply = handle(line, firstLine: firstLine)
                        if deliver(reply, to: output) { break loop }
                        continue
                    }
                } else if blank {
                    // An empty line ends an unfinished statement, which then reports what is missing.
                    reader.remember(HistoryStore.entry(for: pending))
                    let reply = handle(pending.joined(separator: "\n"), firstLine: firstLine)
                    deliver(reply, to: output)
                    pending = []
                    openBrackets = 0
                    continue
                }
                pending.append(line)
                openBrackets += REPL.bracketBalance(line)
                // Piped, a statement whose brackets are still open is unfinished without parsing
                // all of it again on every line (a 10,000-line 'max(' stays linear); at a terminal
                // each line is parsed, so a mistake shows at once.
                if mode == .piped, openBrackets > 0 { continue }
                let text = pending.joined(separator: "\n")
                if REPL.isIncomplete(text) { continue }
                reader.remember(HistoryStore.entry(for: pending))
                pending = []
                openBrackets = 0
                // The reply is made before it is delivered: `deliver(handle(...))` would copy the
                // whole REPL (and its session) for `deliver` before `handle` mutates it, and every
                // line would then copy every definition.
                let reply = handle(text, firstLine: firstLine)
                if deliver(reply, to: output) { break loop }
            }
        }
        if mode == .piped, !failures.isEmpty {
            output.write(failureSummary, to: .error)
            return .failedInput
        }
        return .finished
    }

    /// Writes a reply; returns whether it asks to quit.
    @discardableResult
    func deliver(_ reply: Reply, to output: some REPLOutput) -> Bool {
        for (stream, text) in reply.parts { output.write(text, to: stream) }
        return reply.quits
    }

    /// The closing summary of piped input that had errors: which lines failed and why.
    var failureSummary: String {
        let count = failures.count
        var out = "tnb: \(count) \(count == 1 ? "error" : "errors") in standard input\n"
        for failure in failures.prefix(DiagnosticRenderer.maximumShown) {
            out += "line \(failure.line): \(failure.message)\n"
        }
        return out + DiagnosticRenderer.omitted(count - DiagnosticRenderer.maximumShown)
    }

    /// Handles one whole input, a statement (perhaps over several lines) or a meta command,
    /// which began on line `firstLine` of the input.
    public mutating func handle(_ text: String, firstLine: Int = 1) -> Reply {
        var reply =
            MetaCommand.isMetaCommand(text)
            ? runCommand(text, firstLine: firstLine) : runStatements(text, firstLine: firstLine)
        if reply.omittedDiagnostics > 0 { reply.error(DiagnosticRenderer.omitted(reply.omittedDiagnostics)) }
        return reply
    }

    /// Adds a rendered diagnostic to a reply, and to the failures when it is an error.
    mutating func report(
        _ diagnostic: Diagnostic, in reply: inout Reply, input: SourceFile, inputFile: FileID, firstLine: Int,
        sources: [SourceFile]? = nil
    ) {
        if reply.shownDiagnostics < DiagnosticRenderer.maximumShown {
            let rendered = renderer.render(
                diagnostic, typed: input, inputFile: inputFile, firstLine: firstLine,
                sources: sources ?? session.sources)
            reply.error(rendered)
            reply.shownDiagnostics += 1
        } else {
            reply.omittedDiagnostics += 1
        }
        guard diagnostic.severity == .error else { return }
        reply.failed = true
        var line = firstLine
        if diagnostic.span.file == inputFile { line += input.lineNumber(of: diagnostic.span.start) - 1 }
        failures.append(Failure(line: line, message: "\(diagnostic.message) [\(diagnostic.id)]"))
    }
}

/// What handling one input gave: text for each stream, in order, and whether to leave.
public struct Reply: Sendable {
    /// The texts, in the order they are written.
    public var parts: [(REPLStream, String)] = []
    /// Whether an error was reported.
    public var failed = false
    /// Whether the input asked to leave.
    public var quits = false
    /// How many diagnostics it shows, and how many it leaves out past the limit.
    var shownDiagnostics = 0
    var omittedDiagnostics = 0

    /// Adds a result.
    mutating func output(_ text: String) {
        if !text.isEmpty { parts.append((.output, text)) }
    }

    /// Adds an error message.
    mutating func error(_ text: String) {
        if !text.isEmpty { parts.append((.error, text)) }
    }

    /// All the text of one stream.
    public func text(_ stream: REPLStream) -> String {
        parts.filter { $0.0 == stream }.map(\.1).joined()
    }
}
