import Foundation
import Presentation
import REPL

/// Collects what the REPL writes, to check it once the session ends.
final class CollectedOutput: REPLOutput {
    var text = ""
    func write(_ text: String, to stream: REPLStream) { self.text += text }
}

/// Feeds arbitrary bytes to the REPL's line handling: each line is completed (as Tab would)
/// and then read as typed input, with a byte 0x03 standing for Ctrl-C. `:load` and `:save`
/// are turned into `:vars` so the fuzzer never touches files.
///
/// What the REPL writes must be safe for a terminal and in proportion to what was typed: once
/// escaped as the executable escapes everything it writes (`ControlCharacters`), no raw control
/// bytes but newline and tab (a notebook must not retitle the window or clear the screen); no
/// `inf` or `nan` shown as a number; and no more than a bounded amount per input byte.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzREPL(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var repl = REPL(mode: size % 2 == 0 ? .piped : .interactive)
    var inputs: [LineInput] = []
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        if line.contains("\u{03}") {
            inputs.append(.interrupted)
            continue
        }
        var typed = String(line)
        if typed.hasPrefix(":load") || typed.hasPrefix(":save") || typed.hasPrefix(":l") || typed.hasPrefix(":s") {
            typed = ":vars"
        }
        for candidate in repl.completer.complete(typed).candidates { check(candidate, from: text, what: "a completion") }
        inputs.append(.line(typed))
    }
    var reader = ScriptedReader(inputs: inputs)
    let output = CollectedOutput()
    _ = repl.run(reader: &reader, output: output)
    check(ControlCharacters.escaped(output.text), from: text, what: "the output")
    if output.text.utf8.count > 2_000_000 + 2_000 * size {
        fatalError("\(output.text.utf8.count) bytes of output from \(size) bytes of input: \(text.debugDescription)")
    }
    let lowered = text.lowercased()
    if !lowered.contains("inf"), !lowered.contains("nan") {
        for word in ["+inf", "-inf", " inf", "inf%", "nan%", " nan"] where containsWord(output.text, word) {
            fatalError("the REPL shows '\(word)', from: \(text.debugDescription)")
        }
    }
    return 0
}

/// Stops on a raw control character (other than newline and tab) in text meant for a terminal.
func check(_ written: String, from input: String, what: String) {
    for scalar in written.unicodeScalars {
        let value = scalar.value
        let control = value < 0x20 || value == 0x7F || (0x80...0x9F).contains(value)
        if control, scalar != "\n", scalar != "\t" {
            fatalError("\(what) holds the raw control character U+\(String(value, radix: 16)), from: \(input.debugDescription)")
        }
    }
}

/// Whether `text` holds `word` not followed by a letter.
func containsWord(_ text: String, _ word: String) -> Bool {
    var rest = Substring(text)
    while let range = rest.range(of: word) {
        let after = rest[range.upperBound...].first
        if !(after?.isLetter ?? false) { return true }
        rest = rest[range.upperBound...]
    }
    return false
}
