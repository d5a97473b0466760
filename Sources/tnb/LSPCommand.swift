import ArgumentParser
import LanguageServer
import Platform

/// `tnb lsp`: the language server over standard input and output, for an editor to start.
struct LSPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "lsp",
        abstract: "Run the language server (LSP over stdio) for an editor.",
        discussion: """
            Speaks the Language Server Protocol on standard input and output (Content-Length \
            framing): diagnostics, hover, inlay hints with each line's value, go to definition and \
            document symbols. docs/editors.md shows how to set up an editor. Exits 0 after \
            'shutdown' and 'exit', 1 when the client goes away without them or sends a broken frame.
            """
    )

    func run() throws {
        var server = LanguageServer()
        var reader = LSPFraming.Reader()
        var buffer = [UInt8](repeating: 0, count: 65_536)
        while true {
            // Answer every whole message already read before reading more.
            while let next = reader.next() {
                switch next {
                case .success(let body):
                    for reply in server.handle(body) { Output.protocolOut(LSPFraming.frame(reply)) }
                    if let status = server.exitStatus { throw ExitCode(status) }
                case .failure(let failure):
                    Output.err(
                        "tnb lsp: \(failure == .tooLarge ? "a message over 32 MiB" : "a malformed header"); stopping\n")
                    throw ExitCode(1)
                }
            }
            let count = buffer.withUnsafeMutableBytes { Platform.read(STDIN_FILENO, $0.baseAddress, $0.count) }
            if count < 0, errno == EINTR { continue }
            // The client went away without 'exit'.
            guard count > 0 else { throw ExitCode(1) }
            reader.append(buffer[0..<count])
        }
    }
}
