import Diagnostics
import Presentation
import Testing

@Suite("Diagnostic rendering")
struct DiagnosticRendererTests {
    @Test("a diagnostic prints file:line:col, the line, and a caret under the span")
    func compilerStyle() {
        let source = SourceFile(name: "spend.tnb", text: "let payroll = $25M/yr\nlet total = payroll + 5 people\n")
        let start = source.lineStarts[1] + 12
        let diagnostic = Diagnostic(
            id: "mismatched-dimensions", message: "cannot add money per time and people",
            span: Span(start: start, end: start + 18), notes: ["payroll is $25M/yr"])
        let text = DiagnosticRenderer().render(diagnostic, sources: [source])
        #expect(
            text == """
                spend.tnb:2:13: error: cannot add money per time and people [mismatched-dimensions]
                 2 | let total = payroll + 5 people
                   |             ^~~~~~~~~~~~~~~~~~
                   = note: payroll is $25M/yr

                """)
    }

    @Test("columns count characters, not bytes")
    func unicodeColumns() {
        let source = SourceFile(name: "x", text: "> €5 – ok {oops")
        let offset = Array(source.text.utf8).firstIndex(of: UInt8(ascii: "{"))!
        #expect(source.location(of: offset) == (1, 11))
    }

    @Test("JSON form carries error, id, line and column")
    func json() {
        let source = SourceFile(name: "<input>", text: "1 +\n2 ?")
        let diagnostic = Diagnostic(
            id: "unexpected-character", message: "unexpected character '?'", span: Span(start: 6, end: 7))
        #expect(
            diagnostic.json(sources: [source])
                == #"{"error": "unexpected character '?'", "id": "unexpected-character", "file": "<input>", "line": 2, "column": 3}"#
        )
    }
}

@Suite("Carets under wide text")
struct CaretColumnTests {
    func caret(_ line: String, under target: String) -> String {
        let source = SourceFile(name: "t.tnb", text: line + "\n")
        let start = Array(line.utf8).count - Array(target.utf8).count
        let diagnostic = Diagnostic(
            id: "unknown-name", message: "unknown name", span: Span(start: start, end: start + target.utf8.count))
        let lines = DiagnosticRenderer().render(diagnostic, sources: [source]).split(separator: "\n")
        return String(lines[2])
    }

    @Test("the caret sits under the span after tabs, wide characters, emoji, combining and zero-width marks")
    func columns() {
        #expect(caret("let b =\tnosuch", under: "nosuch") == "   |        \t^~~~~~")
        #expect(caret("\"価格\" + nosuch", under: "nosuch") == "   |          ^~~~~~")
        #expect(caret("\"😀\" + nosuch", under: "nosuch") == "   |        ^~~~~~")
        #expect(caret("\"e\u{301}\u{200B}\" + nosuch", under: "nosuch") == "   |       ^~~~~~")
    }
}
