import Evaluation
import Presentation
import Testing

@Suite("Tables as text")
struct TableFormatTests {
    @Test("columns align by display width, curly quotes and dashes count as one column")
    func alignment() {
        let table = Table(
            columns: ["id", "quote"],
            rows: [
                [.text("a"), .text("5–10× output")], [.text("bb"), .text("“quoted”")], [.text("ccc"), .empty],
            ])
        #expect(
            ValueFormatter().display(table) == """
                id   quote
                ---  ------------
                a    5–10× output
                bb   “quoted”
                ccc  -
                """)
    }

    @Test("wide characters take two columns")
    func wideCharacters() {
        #expect(TextWidth.of("中国") == 4)
        #expect(TextWidth.of("’–×…") == 4)
        let table = Table(columns: ["x", "y"], rows: [[.text("中"), .text("a")], [.text("ab"), .text("b")]])
        #expect(ValueFormatter().display(table) == "x   y\n--  -\n中  a\nab  b")
    }

    @Test("a width limit cuts the widest columns with an ellipsis but never the id column")
    func width() {
        let long = String(repeating: "word ", count: 20)
        let table = Table(columns: ["id", "label"], rows: [[.text("semianalysis.token_spend"), .text(long)]])
        let shown = ValueFormatter(tableWidth: 40).display(table)
        for line in shown.split(separator: "\n") { #expect(TextWidth.of(String(line)) <= 40) }
        #expect(shown.contains("semianalysis.token_spend  word"))
        #expect(shown.hasSuffix("…"))
    }

    @Test("an empty table says so")
    func empty() {
        #expect(ValueFormatter().display(Table(columns: ["id"], rows: [])) == "id\n--\n(no rows)")
    }
}
