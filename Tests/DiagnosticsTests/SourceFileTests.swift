import Diagnostics
import Testing

/// Line breaks are LF, CRLF or a lone CR, and a byte-order mark is invisible.
@Suite("source files")
struct SourceFileTests {
    static let lines = ["# Costs", "let rent = $2,400/month // monthly", "", "  rent * 12 months"]

    @Test("LF, CRLF and lone CR give the same text, lines and positions", arguments: ["\n", "\r\n", "\r"])
    func endings(ending: String) {
        let unix = SourceFile(name: "a.tnb", text: SourceFileTests.lines.joined(separator: "\n") + "\n")
        let other = SourceFile(name: "a.tnb", text: SourceFileTests.lines.joined(separator: ending) + ending)
        #expect(other.text == unix.text)
        #expect(other.lineStarts == unix.lineStarts)
        for offset in [0, 9, 30, 45, 47, other.bytes.count] {
            #expect(other.location(of: offset) == unix.location(of: offset))
        }
        #expect(other.line(4) == "  rent * 12 months")
    }

    @Test("a byte-order mark at the start is dropped; elsewhere it stays")
    func byteOrderMark() {
        let source = SourceFile(name: "b.tnb", text: "\u{FEFF}let x = 1\r\nx\u{FEFF}")
        #expect(source.text == "let x = 1\nx\u{FEFF}")
        #expect(source.location(of: 4) == (1, 5))
    }

    @Test("a CR at the very end and CR CR LF count as breaks of their own")
    func mixedEndings() {
        let source = SourceFile(name: "c.tnb", text: "a\r\r\nb\r")
        #expect(source.text == "a\n\nb\n")
        #expect(source.location(of: 3) == (3, 1))
    }
}

@Suite("Source positions")
struct SourcePositionTests {
    @Test("UTF-16 columns count emoji as two units and tabs and combining marks as one each")
    func utf16Columns() {
        let text = "let a = 1\n\tlet 😀 = \"e\u{301}\" + x\n"
        let source = SourceFile(name: "t.tnb", text: text)
        let offset = Array(text.utf8).count - 2  // the `x`
        #expect(source.utf16Position(of: offset) == (2, 17))  // as Python counts UTF-16 units
        #expect(source.location(of: offset).line == 2)
        #expect(source.utf16Position(of: 0) == (1, 0))
    }

    @Test("a file id is a source's index, and the command line is none of them")
    func fileIDs() {
        let sources = [SourceFile(name: "a.tnb", text: "1")]
        #expect(sources[file: 0]?.name == "a.tnb")
        #expect(sources[file: .commandLine] == nil)
        #expect(sources[file: FileID(3)] == nil)
        #expect(!FileID.commandLine.isSource)
    }
}
