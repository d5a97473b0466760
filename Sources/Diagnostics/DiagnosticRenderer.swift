/// Renders diagnostics compiler-style: `file:line:col: error: message [id]`, the line, a caret.
public struct DiagnosticRenderer: Sendable {
    /// Whether to use ANSI colours.
    public var colour: Bool

    /// Makes a renderer.
    public init(colour: Bool = false) {
        self.colour = colour
    }

    /// The full text for one diagnostic, ending in a newline.
    public func render(_ diagnostic: Diagnostic, sources: [SourceFile]) -> String {
        let source = sources[file: diagnostic.span.file]
        var out = ""
        guard let source else {
            out += "\(paint("\(diagnostic.severity.rawValue):", bold: true)) \(diagnostic.message) [\(diagnostic.id)]\n"
            for note in diagnostic.notes { out += "   = note: \(note)\n" }
            return out
        }
        let (line, column) = source.location(of: diagnostic.span.start)
        out += "\(source.name):\(line):\(column): \(paint("\(diagnostic.severity.rawValue):", bold: true)) "
        out += "\(diagnostic.message) [\(diagnostic.id)]\n"
        out += excerpt(source: source, span: diagnostic.span)
        for (label, span) in diagnostic.related {
            let place = sources[file: span.file] ?? source
            let (relatedLine, relatedColumn) = place.location(of: span.start)
            out += "\(place.name):\(relatedLine):\(relatedColumn): note: \(label)\n"
            out += excerpt(source: place, span: span)
        }
        for note in diagnostic.notes { out += "   = note: \(note)\n" }
        return out
    }

    /// How many diagnostics one rendering shows; a closing line counts the rest.
    public static let maximumShown = 50

    /// Renders several diagnostics one after another, at most `maximumShown` of them.
    public func render(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> String {
        let shown = diagnostics.prefix(DiagnosticRenderer.maximumShown).map { render($0, sources: sources) }.joined()
        return shown + DiagnosticRenderer.omitted(diagnostics.count - DiagnosticRenderer.maximumShown)
    }

    /// The closing line for diagnostics left out, or nothing when none were.
    public static func omitted(_ count: Int) -> String {
        guard count > 0 else { return "" }
        return "... and \(count) more \(count == 1 ? "diagnostic" : "diagnostics") not shown\n"
    }

    /// The numbered source line and the caret line under a span.
    func excerpt(source: SourceFile, span: Span) -> String {
        let (line, spanColumn) = source.location(of: span.start)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        let lineEnd = line < source.lineStarts.count ? source.lineStarts[line] - 1 : source.bytes.count
        let spanEnd = min(max(span.end, span.start), lineEnd)
        let spanWidth = max(1, source.characterCount(from: span.start, to: spanEnd))
        let (text, column, width) = source.excerpt(
            line: line, spanStart: span.start, column: spanColumn, width: spanWidth)
        let indent = String(repeating: " ", count: column - 1)
        let marks = "^" + String(repeating: "~", count: width - 1)
        return " \(gutter) | \(text)\n \(pad) | \(indent)\(paint(marks, bold: false))\n"
    }

    func paint(_ text: String, bold: Bool) -> String {
        guard colour else { return text }
        return bold ? "\u{1B}[1;31m\(text)\u{1B}[0m" : "\u{1B}[32m\(text)\u{1B}[0m"
    }
}
