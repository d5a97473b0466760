import Evaluation
import Presentation

/// Feeds arbitrary bytes to a session as source text: lexing, parsing, evaluation and
/// display must never trap, whatever the input.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var session = Session(options: SessionOptions(allowRedefinition: size % 2 == 0))
    let result = session.run(text)
    let formatter = ValueFormatter()
    for statement in result.results {
        if case .value(let value) = statement.outcome { _ = formatter.display(value) }
    }
    return 0
}
