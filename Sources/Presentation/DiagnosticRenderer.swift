import Diagnostics

/// Renders diagnostics: compiler style (`file:line:col: error: message [id]`, the numbered line
/// and a caret under the span) for files and piped input, or under the prompt for a line just
/// typed at a terminal, where the caret goes right under what was typed.
public struct DiagnosticRenderer: Sendable {
    /// Where a diagnostic about typed input is drawn.
    public enum Layout: Sendable {
        /// Compiler style, the line numbered.
        case compiler
        /// Under a prompt `promptWidth` columns wide, the caret under the typed text.
        case underPrompt
    }

    /// Whether to use ANSI colours.
    public var colour: Bool
    /// How typed input is drawn.
    public var layout: Layout

    /// The width of the REPL's prompts (`tnb> `, `...> `).
    public static let promptWidth = 5
    /// How many diagnostics one rendering shows; a closing line counts the rest.
    public static let maximumShown = 50

    /// Makes a renderer.
    public init(colour: Bool = false, layout: Layout = .compiler) {
        self.colour = colour
        self.layout = layout
    }

    /// The full text for one diagnostic, ending in a newline. `lineOffset` is added to the line
    /// numbers of `source(lineOffset:)` — the lines before a piece of piped input.
    public func render(_ diagnostic: Diagnostic, sources: [SourceFile], lineOffset: Int = 0) -> String {
        let heading = "\(label(diagnostic.severity)) \(diagnostic.message) [\(diagnostic.id)]\n"
        guard let source = sources[file: diagnostic.span.file] else {
            return heading + notes(diagnostic)
        }
        let (line, column) = source.location(of: diagnostic.span.start)
        var out = "\(source.name):\(line + lineOffset):\(column): " + heading
        out += excerpt(source: source, span: diagnostic.span, lineOffset: lineOffset)
        for (label, span) in diagnostic.related {
            let place = sources[file: span.file] ?? source
            let offset = span.file == diagnostic.span.file ? lineOffset : 0
            let (relatedLine, relatedColumn) = place.location(of: span.start)
            out += "\(place.name):\(relatedLine + offset):\(relatedColumn): note: \(label)\n"
            out += excerpt(source: place, span: span, lineOffset: offset)
        }
        for note in diagnostic.notes { out += "   = note: \(note)\n" }
        return out
    }

    /// Renders several diagnostics one after another, at most `maximumShown` of them.
    public func render(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> String {
        let shown = diagnostics.prefix(DiagnosticRenderer.maximumShown).map { render($0, sources: sources) }.joined()
        return shown + DiagnosticRenderer.omitted(diagnostics.count - DiagnosticRenderer.maximumShown)
    }

    /// A diagnostic about typed input: `input` (in `sources` as `inputFile`) began on line
    /// `firstLine` of what was typed. Under the prompt, the caret goes under the text still on
    /// the screen; compiler style, lines are numbered from the start of the input. A
    /// diagnostic elsewhere (in a loaded notebook) is drawn compiler style.
    public func render(
        _ diagnostic: Diagnostic, typed input: SourceFile, inputFile: FileID, firstLine: Int, sources: [SourceFile]
    ) -> String {
        guard diagnostic.span.file == inputFile else { return render(diagnostic, sources: sources) }
        guard layout == .underPrompt else {
            var typed = sources
            if !inputFile.isSource || sources[file: inputFile] == nil {
                // A command line is not one of the session's sources: render it as one.
                typed = [input]
                var moved = diagnostic
                moved.span.file = 0
                moved.related = moved.related.map { ($0.0, Span(file: 0, start: $0.1.start, end: $0.1.end)) }
                return render(moved, sources: typed, lineOffset: firstLine - 1)
            }
            return render(diagnostic, sources: typed, lineOffset: firstLine - 1)
        }
        let (line, spanColumn) = input.location(of: diagnostic.span.start)
        let width = spanWidth(diagnostic.span, line: line, in: input)
        let (text, column, cutWidth) = input.excerpt(
            line: line, spanStart: diagnostic.span.start, column: spanColumn, width: width)
        // The line just typed is still on the screen whole: its caret goes under the span itself.
        let onScreen = line == input.lineStarts.count
        let marks = caret(onScreen ? width : cutWidth)
        let prompt = String(repeating: " ", count: DiagnosticRenderer.promptWidth)
        var out = onScreen ? "" : prompt + text + "\n"
        let shown = onScreen ? input.line(line) : text
        let (indent, under) = caretLine(under: shown, column: onScreen ? spanColumn : column, width: marks.count)
        out += prompt + indent + paint(under) + "\n"
        out += "\(label(diagnostic.severity)) \(diagnostic.message) [\(diagnostic.id)]\n"
        for (label, _) in diagnostic.related { out += "   = note: \(label)\n" }
        return out + notes(diagnostic)
    }

    /// The closing line for diagnostics left out, or nothing when none were.
    public static func omitted(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return "... and \(count) more \(count == 1 ? "diagnostic" : "diagnostics") not shown\n"
    }

    /// The numbered source line and the caret line under a span.
    func excerpt(source: SourceFile, span: Span, lineOffset: Int) -> String {
        let (line, spanColumn) = source.location(of: span.start)
        let gutter = String(line + lineOffset)
        let pad = String(repeating: " ", count: gutter.count)
        let (text, column, width) = source.excerpt(
            line: line, spanStart: span.start, column: spanColumn, width: spanWidth(span, line: line, in: source))
        let (indent, marks) = caretLine(under: text, column: column, width: width)
        return " \(gutter) | \(text)\n \(pad) | \(indent)\(paint(marks))\n"
    }

    /// The indent and the marks that put a caret under the span of `text` that starts at
    /// (scalar) `column` and is `width` scalars long, in terminal columns: a tab stays a tab,
    /// a wide character takes two columns, a combining or zero-width one none.
    func caretLine(under text: String, column: Int, width: Int) -> (indent: String, marks: String) {
        let scalars = Array(text.unicodeScalars)
        let start = min(max(0, column - 1), scalars.count)
        let end = min(scalars.count, start + max(1, width))
        var indent = ""
        for character in String(String.UnicodeScalarView(scalars[..<start])) {
            indent += character == "\t" ? "\t" : String(repeating: " ", count: TextWidth.of(character))
        }
        let marked = TextWidth.of(String(String.UnicodeScalarView(scalars[start..<end])))
        return (indent, caret(max(1, marked)))
    }

    /// How many characters of a span are on its first line (at least one).
    func spanWidth(_ span: Span, line: Int, in source: SourceFile) -> Int {
        let lineEnd = line < source.lineStarts.count ? source.lineStarts[line] - 1 : source.bytes.count
        let end = min(max(span.end, span.start), lineEnd)
        return max(1, source.characterCount(from: span.start, to: end))
    }

    /// `^~~~`, `width` characters.
    func caret(_ width: Int) -> String { "^" + String(repeating: "~", count: max(0, width - 1)) }

    /// The `= note:` lines.
    func notes(_ diagnostic: Diagnostic) -> String {
        diagnostic.notes.map { "   = note: \($0)\n" }.joined()
    }

    /// `error:` in bold red, `warning:` in bold yellow.
    func label(_ severity: Severity) -> String {
        guard colour else { return severity.rawValue + ":" }
        let code = severity == .error ? "1;31" : "1;33"
        return "\u{1B}[\(code)m\(severity.rawValue):\u{1B}[0m"
    }

    /// A caret in green.
    func paint(_ text: String) -> String {
        colour ? "\u{1B}[32m\(text)\u{1B}[0m" : text
    }
}
