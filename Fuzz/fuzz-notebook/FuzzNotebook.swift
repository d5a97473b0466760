import Evaluation
import Notebook
import Presentation

/// Feeds arbitrary bytes to the notebook pipeline: parse, order by dependencies, evaluate, and
/// render as text, markdown and JSON. Nothing may trap, whatever the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNotebook(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    let run = NotebookRun(Notebook(name: "fuzz.tnb", text: text))
    _ = TextRenderer(width: 40 + size % 80).render(run)
    _ = MarkdownRenderer().render(run)
    _ = JSONRenderer().render(run)
    return 0
}
