import Foundation
import TestSupport
import Testing

/// `tnb lsp` as an editor starts it: framed JSON-RPC on its standard input and output.
@Suite("tnb lsp")
struct LSPCommandTests {
    static func frame(_ body: String) -> String { "Content-Length: \(body.utf8.count)\r\n\r\n" + body }

    /// The bodies of the frames a stream holds, in order.
    static func bodies(_ stream: String) -> [String] {
        var bodies: [String] = []
        var rest = Substring(stream)
        while let header = rest.range(of: "\r\n\r\n") {
            let length = Int(rest[..<header.lowerBound].split(separator: " ").last ?? "") ?? 0
            let bytes = Array(rest[header.upperBound...].utf8)
            bodies.append(String(decoding: bytes.prefix(length), as: UTF8.self))
            rest = Substring(String(decoding: bytes.dropFirst(length), as: UTF8.self))
        }
        return bodies
    }

    @Test("a session: initialize, open a notebook with an error, hover, shutdown, exit 0")
    func session() throws {
        let text = "let spend = semianalysis.token_spend\\nlet share = spnd / 2\\n"
        let input = [
            #"{"jsonrpc": "2.0", "id": 1, "method": "initialize", "params": {"capabilities": {}}}"#,
            #"{"jsonrpc": "2.0", "method": "initialized", "params": {}}"#,
            #"{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///x.tnb", "languageId": "tnb", "version": 1, "text": ""#
                + text + #""}}}"#,
            #"{"jsonrpc": "2.0", "id": 2, "method": "textDocument/hover", "params": {"textDocument": {"uri": "file:///x.tnb"}, "position": {"line": 0, "character": 20}}}"#,
            #"{"jsonrpc": "2.0", "id": 3, "method": "shutdown"}"#,
            #"{"jsonrpc": "2.0", "method": "exit"}"#,
        ].map(LSPCommandTests.frame).joined()
        let result = try TNBProcess.run(["lsp"], stdin: input)
        #expect(result.status == 0, "\(result.stderr)")
        let replies = LSPCommandTests.bodies(result.stdout)
        #expect(replies.count == 4)
        #expect(replies[0].contains("\"hoverProvider\": true"))
        #expect(replies[1].contains("\"method\": \"textDocument/publishDiagnostics\""))
        #expect(replies[1].contains("\"code\": \"unknown-name\""))
        #expect(replies[2].contains("semianalysis.token_spend"))
        #expect(replies[3] == #"{"jsonrpc": "2.0", "id": 3, "result": null}"#)
    }

    @Test("a client that goes away, or a broken header, ends the server with 1, never a hang")
    func vanishing() throws {
        let gone = try TNBProcess.run(
            ["lsp"], stdin: LSPCommandTests.frame(#"{"jsonrpc": "2.0", "id": 1, "method": "initialize"}"#))
        #expect(gone.status == 1)
        let broken = try TNBProcess.run(["lsp"], stdin: "Content-Length: lots\r\n\r\n{}")
        #expect(broken.status == 1)
        #expect(broken.stderr.contains("malformed header"))
    }
}
