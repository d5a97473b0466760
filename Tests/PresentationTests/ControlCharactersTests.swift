import Presentation
import Testing

@Suite("Control characters")
struct ControlCharactersTests {
    @Test("ESC, BEL, NUL, CR, DEL and C1 controls are shown escaped; line feeds and tabs stay")
    func escaped() {
        #expect(ControlCharacters.escaped("a\u{1B}]0;x\u{7}b") == "a\\u{1B}]0;x\\u{7}b")
        #expect(ControlCharacters.escaped("\u{0}\r\u{7F}\u{9B}") == "\\u{0}\\u{D}\\u{7F}\\u{9B}")
        #expect(ControlCharacters.escaped("line\n\tnext é 😀") == "line\n\tnext é 😀")
    }

    @Test("tnb's own colour sequences pass when asked; other sequences are escaped")
    func colour() {
        let painted = "\u{1B}[1;31merror:\u{1B}[0m x"
        #expect(ControlCharacters.escaped(painted, keepingColour: true) == painted)
        #expect(ControlCharacters.escaped("\u{1B}[2J", keepingColour: true) == "\\u{1B}[2J")
        #expect(ControlCharacters.escaped(painted) == "\\u{1B}[1;31merror:\\u{1B}[0m x")
    }
}
