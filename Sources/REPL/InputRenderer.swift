import Diagnostics
import Platform
import Presentation

/// Shows diagnostics about what was just typed: on a terminal, a caret right under the typed
/// text (the prompts are five columns wide); when piped, compiler style with the line number
/// in standard input: `<stdin>:3:5: error: message [id]`.
struct InputRenderer {
    /// Whether lines were typed at a prompt.
    var interactive: Bool
    /// Whether to use ANSI colours.
    var colour: Bool

    static let promptWidth = 5

    /// Renders a diagnostic. `input` is the typed text (whose span file is `inputFile`), which
    /// began on line `firstLine` of the input; diagnostics elsewhere (in a loaded notebook)
    /// are shown compiler style against `sources`.
    func render(_ diagnostic: Diagnostic, input: SourceFile, inputFile: FileID, firstLine: Int, sources: [SourceFile])
        -> String
    {
        guard diagnostic.span.file == inputFile else {
            return DiagnosticRenderer(colour: colour).render(diagnostic, sources: sources)
        }
        let (line, spanColumn) = input.location(of: diagnostic.span.start)
        let spanMarks = caret(diagnostic.span, line: line, in: input)
        let (text, column, width) = input.excerpt(
            line: line, spanStart: diagnostic.span.start, column: spanColumn, width: spanMarks.count)
        // The line just typed is still on the screen whole: its caret goes under the span itself.
        let onScreen = interactive && line == input.lineStarts.count
        let marks = paint(onScreen ? spanMarks : "^" + String(repeating: "~", count: max(0, width - 1)), bold: false)
        let heading = "\(label(diagnostic.severity)) \(diagnostic.message) [\(diagnostic.id)]\n"
        var out = ""
        if interactive {
            let indent = String(repeating: " ", count: InputRenderer.promptWidth + (onScreen ? spanColumn : column) - 1)
            if line != input.lineStarts.count {
                out += String(repeating: " ", count: InputRenderer.promptWidth) + text + "\n"
            }
            out += indent + marks + "\n" + heading
        } else {
            let number = firstLine + line - 1
            let gutter = String(number)
            let pad = String(repeating: " ", count: gutter.count)
            out += "\(input.name):\(number):\(column): " + heading
            out += " \(gutter) | \(text)\n"
            out += " \(pad) | " + String(repeating: " ", count: column - 1) + marks + "\n"
        }
        for (label, _) in diagnostic.related { out += "   = note: \(label)\n" }
        for note in diagnostic.notes { out += "   = note: \(note)\n" }
        return out
    }

    /// `^~~~` under the part of the span on its first line.
    func caret(_ span: Span, line: Int, in source: SourceFile) -> String {
        let lineEnd = line < source.lineStarts.count ? source.lineStarts[line] - 1 : source.bytes.count
        let end = min(max(span.end, span.start), lineEnd)
        let startColumn = source.location(of: span.start).column
        let endColumn = end > span.start ? source.location(of: end).column : startColumn + 1
        return "^" + String(repeating: "~", count: max(0, endColumn - startColumn - 1))
    }

    /// A line in the error colour, for messages that have no span.
    func plain(_ diagnostic: Diagnostic) -> String {
        var out = "\(label(diagnostic.severity)) \(diagnostic.message) [\(diagnostic.id)]\n"
        for note in diagnostic.notes { out += "   = note: \(note)\n" }
        return out
    }

    /// `error:` in bold red, `warning:` in bold yellow.
    func label(_ severity: Severity) -> String {
        guard colour else { return severity.rawValue + ":" }
        let code = severity == .error ? "1;31" : "1;33"
        return "\u{1B}[\(code)m\(severity.rawValue):\u{1B}[0m"
    }

    func paint(_ text: String, bold: Bool) -> String {
        guard colour else { return text }
        return bold ? "\u{1B}[1;31m\(text)\u{1B}[0m" : "\u{1B}[32m\(text)\u{1B}[0m"
    }
}
