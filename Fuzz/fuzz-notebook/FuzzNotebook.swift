import Evaluation
import Foundation
import Notebook
import Presentation

/// Feeds arbitrary bytes to the notebook pipeline: parse, order by dependencies, evaluate, and
/// render as text, markdown and JSON. Nothing may trap, whatever the input, and the reports
/// must be sound: the JSON report parses, and no number in any report shows `inf` or `nan`
/// (text the notebook wrote itself, in headings, prose or strings, is left out of that check by
/// rendering a notebook without such words only).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let run = NotebookRun(Notebook(name: "fuzz.tnb", text: text), samples: 50)
    let report = TextRenderer(width: 40 + size % 80).render(run)
    let markdown = MarkdownRenderer().render(run)
    let json = JSONRenderer().render(run)
    if (try? JSONSerialization.jsonObject(with: Data(json.utf8))) == nil {
        fatalError("a JSON report that does not parse, from: \(text.debugDescription)")
    }
    let lowered = text.lowercased()
    if !lowered.contains("inf"), !lowered.contains("nan") {
        for output in [report, markdown, json] where output.contains("inf") || output.contains("nan") {
            // A figure's quote or label may hold the letters; only numbers are at fault.
            // Whole words only: "inferred" (an inferred period) is not "inf".
            for word in ["+inf", "-inf", " inf", "inf%", "nan%", " nan", "\"inf", "\"nan"]
            where containsWord(output, word) {
                fatalError("a report shows '\(word)', from: \(text.debugDescription)")
            }
        }
    }
    return 0
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
