import Diagnostics
import LanguageServer

/// Feeds arbitrary bytes to `tnb lsp`'s transport and server: framed messages are read as they
/// arrive and each body handled. Nothing may trap or hang, and every reply must be JSON an
/// editor can read (it parses back, and is framed with its true length).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLSP(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var server = LanguageServer()
    // The bytes as frames, and also each line as a body on its own (so JSON itself is fuzzed
    // without the fuzzer having to learn the header first).
    var reader = LSPFraming.Reader()
    reader.append(bytes)
    var bodies: [String] = []
    while let next = reader.next(), case .success(let body) = next { bodies.append(body) }
    bodies += String(decoding: bytes, as: UTF8.self).split(separator: "\n").map(String.init)
    for body in bodies {
        for reply in server.handle(body) {
            guard case .success = JSON.parse(reply) else { fatalError("a reply that is not JSON: \(reply)") }
            let framed = LSPFraming.frame(reply)
            guard framed.hasPrefix("Content-Length: \(reply.utf8.count)\r\n\r\n") else { fatalError("a bad frame") }
        }
        if server.exitStatus != nil { break }
    }
    return 0
}
