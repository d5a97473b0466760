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

    /// Renders several diagnostics one after another.
    public func render(_ diagnostics: [Diagnostic], sources: [SourceFile]) -> String {
        diagnostics.map { render($0, sources: sources) }.joined()
    }

    /// The numbered source line and the caret line under a span.
    func excerpt(source: SourceFile, span: Span) -> String {
        let (line, column) = source.location(of: span.start)
        let text = source.line(line)
        let gutter = String(line)
        let pad = String(repeating: " ", count: gutter.count)
        let lineEnd = line < source.lineStarts.count ? source.lineStarts[line] - 1 : source.bytes.count
        let spanEnd = min(max(span.end, span.start), lineEnd)
        let width = max(1, source.characterCount(from: span.start, to: spanEnd))
        let indent = String(repeating: " ", count: column - 1)
        let marks = "^" + String(repeating: "~", count: width - 1)
        return " \(gutter) | \(text)\n \(pad) | \(indent)\(paint(marks, bold: false))\n"
    }

    func paint(_ text: String, bold: Bool) -> String {
        guard colour else { return text }
        return bold ? "\u{1B}[1;31m\(text)\u{1B}[0m" : "\u{1B}[32m\(text)\u{1B}[0m"
    }
}
