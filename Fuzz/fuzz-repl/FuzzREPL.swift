import REPL

/// Discards what the REPL writes.
struct NullOutput: REPLOutput {
    func write(_ text: String, to stream: REPLStream) {}
}

/// Feeds arbitrary bytes to the REPL's line handling: each line is completed (as Tab would)
/// and then read as typed input, with a byte 0x03 standing for Ctrl-C. `:load` and `:save`
/// are turned into `:vars` so the fuzzer never touches files.
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
        _ = repl.completer.complete(typed)
        inputs.append(.line(typed))
    }
    var reader = ScriptedReader(inputs: inputs)
    _ = repl.run(reader: &reader, output: NullOutput())
    return 0
}
