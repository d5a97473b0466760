import Diagnostics
import Foundation
import LanguageServer
import Testing

/// The server driven message by message, as an editor drives it.
@Suite("Language server")
struct LanguageServerTests {
    static let uri = "file:///tmp/spend.tnb"

    /// A request or notification as JSON text.
    static func message(_ method: String, id: Int? = nil, _ params: String = "{}") -> String {
        let id = id.map { "\"id\": \($0), " } ?? ""
        return "{\"jsonrpc\": \"2.0\", \(id)\"method\": \"\(method)\", \"params\": \(params)}"
    }

    /// Replies parsed as JSON objects.
    static func objects(_ replies: [String]) throws -> [[String: Any]] {
        try replies.map { reply in
            let object = try JSONSerialization.jsonObject(with: Data(reply.utf8))
            return try #require(object as? [String: Any])
        }
    }

    static func open(_ server: inout LanguageServer, _ text: String) throws -> [[String: Any]] {
        let params =
            "{\"textDocument\": {\"uri\": \"\(uri)\", \"languageId\": \"tnb\", \"version\": 1, \"text\": \(JSON.quote(text))}}"
        return try objects(server.handle(message("textDocument/didOpen", params)))
    }

    static func diagnostics(_ replies: [[String: Any]]) throws -> [[String: Any]] {
        let params = try #require(replies.first?["params"] as? [String: Any])
        return try #require(params["diagnostics"] as? [[String: Any]])
    }

    @Test("initialize answers with the capabilities; unknown requests and broken JSON get JSON-RPC errors")
    func handshake() throws {
        var server = LanguageServer()
        let reply = try LanguageServerTests.objects(server.handle(LanguageServerTests.message("initialize", id: 1)))
        let result = try #require(reply.first?["result"] as? [String: Any])
        let capabilities = try #require(result["capabilities"] as? [String: Any])
        #expect(capabilities["hoverProvider"] as? Bool == true)
        #expect(capabilities["inlayHintProvider"] as? Bool == true)
        #expect((capabilities["textDocumentSync"] as? [String: Any])?["change"] as? Int == 2)
        let unknown = try LanguageServerTests.objects(server.handle(LanguageServerTests.message("no/such", id: 2)))
        #expect((unknown.first?["error"] as? [String: Any])?["code"] as? Int == -32601)
        #expect(server.handle(LanguageServerTests.message("no/such/notification")).isEmpty)
        let broken = try LanguageServerTests.objects(server.handle("{\"jsonrpc\": \"2.0\", \"id\": 3, \"method\""))
        #expect((broken.first?["error"] as? [String: Any])?["code"] as? Int == -32700)
        let shutdown = try LanguageServerTests.objects(server.handle(LanguageServerTests.message("shutdown", id: 4)))
        #expect(shutdown.first?["id"] as? Int == 4)
        #expect(server.exitStatus == nil)
        _ = server.handle(LanguageServerTests.message("exit"))
        #expect(server.exitStatus == 0)
    }

    @Test("an error is a diagnostic with its id, its did-you-mean and a UTF-16 range after emoji and tabs")
    func diagnostics() throws {
        var server = LanguageServer()
        // "📈" is two UTF-16 units, the tab one: 'spnd' starts at column 2 + 1 + 13 = 16.
        let text = "let spend = $7M/yr\n// 📈\tchart\nlet share = spnd / 2\n"
        let replies = try LanguageServerTests.open(&server, text)
        #expect(replies.first?["method"] as? String == "textDocument/publishDiagnostics")
        let found = try LanguageServerTests.diagnostics(replies)
        #expect(found.count == 1)
        #expect(found.first?["code"] as? String == "unknown-name")
        #expect(found.first?["message"] as? String == "unknown name 'spnd'\ndid you mean 'spend'?")
        let range = try #require(found.first?["range"] as? [String: [String: Int]])
        #expect(range["start"] == ["line": 2, "character": 12])
        #expect(range["end"] == ["line": 2, "character": 16])
        let related = try #require(found.first?["relatedInformation"] as? [[String: Any]])
        #expect(related.first?["message"] as? String == "did you mean 'spend'?")

        let wide = "let a = 1\nlet x = \"日本📈\" + nope\n"
        let wideFound = try LanguageServerTests.diagnostics(try LanguageServerTests.open(&server, wide))
        let wideRange = try #require(wideFound.last?["range"] as? [String: [String: Int]])
        // `let x = "日本📈" + ` is 8 + 6 (quotes, one unit per CJK character, two for the emoji) + 3 = 17
        // units, though 22 bytes.
        #expect(wideRange["start"] == ["line": 1, "character": 17])
    }

    @Test("an assert that fails only in a scenario is a diagnostic that says which")
    func scenarioAssert() throws {
        var server = LanguageServer()
        let text = "param g = 15%\nscenario bear: g = 5%\nassert g > 10%\n"
        let found = try LanguageServerTests.diagnostics(try LanguageServerTests.open(&server, text))
        #expect(found.map { $0["code"] as? String } == ["assertion-failed"])
        #expect((found.first?["message"] as? String)?.hasSuffix("in scenario 'bear'") == true)
    }

    @Test("an incremental change that fixes the error clears it")
    func incrementalFix() throws {
        var server = LanguageServer()
        _ = try LanguageServerTests.open(&server, "let spend = $7M/yr\nlet share = spnd / 2\n")
        let change = """
            {"textDocument": {"uri": "\(LanguageServerTests.uri)", "version": 2}, "contentChanges": [{"range": {"start": {"line": 1, "character": 12}, "end": {"line": 1, "character": 16}}, "text": "spend"}]}
            """
        let replies = try LanguageServerTests.objects(
            server.handle(LanguageServerTests.message("textDocument/didChange", change)))
        #expect(try LanguageServerTests.diagnostics(replies).isEmpty)
        let hints = try LanguageServerTests.objects(
            server.handle(
                LanguageServerTests.message(
                    "textDocument/inlayHint", id: 5, "{\"textDocument\": {\"uri\": \"\(LanguageServerTests.uri)\"}}")))
        let labels = (hints.first?["result"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
        #expect(labels == ["= $7M/yr", "= $3.5M/yr"])
    }

    @Test("hover on a name shows its value and sources; on a figure id its quote")
    func hover() throws {
        var server = LanguageServer()
        let text = "let spend = semianalysis.token_spend\nlet growth = 2-3x\nlet later = spend * growth\n"
        _ = try LanguageServerTests.open(&server, text)
        func hover(line: Int, character: Int) throws -> String? {
            let params =
                "{\"textDocument\": {\"uri\": \"\(LanguageServerTests.uri)\"}, \"position\": {\"line\": \(line), \"character\": \(character)}}"
            let reply = try LanguageServerTests.objects(
                server.handle(LanguageServerTests.message("textDocument/hover", id: 7, params)))
            return ((reply.first?["result"] as? [String: Any])?["contents"] as? [String: Any])?["value"] as? String
        }
        let name = try #require(try hover(line: 2, character: 13))
        #expect(name.contains("**spend** = $7M/yr"))
        #expect(name.contains("semianalysis.token_spend"))
        let range = try #require(try hover(line: 2, character: 22))
        #expect(range.contains("**growth** = 2x to 3x"))
        #expect(range.contains("median"))
        let figure = try #require(try hover(line: 0, character: 20))
        #expect(figure.contains("**semianalysis.token_spend**"))
        #expect(figure.contains("\""))
        // A keyword is neither a name nor a figure: no hover.
        #expect(try hover(line: 0, character: 1) == nil)
    }

    @Test("go to definition and document symbols")
    func navigation() throws {
        var server = LanguageServer()
        _ = try LanguageServerTests.open(&server, "# Spend\nparam g = 15%\nlet x = g * 2\nassert x > 0%\n")
        let params =
            "{\"textDocument\": {\"uri\": \"\(LanguageServerTests.uri)\"}, \"position\": {\"line\": 2, \"character\": 8}}"
        let definition = try LanguageServerTests.objects(
            server.handle(LanguageServerTests.message("textDocument/definition", id: 8, params)))
        let location = try #require(definition.first?["result"] as? [String: Any])
        #expect((location["range"] as? [String: [String: Int]])?["start"] == ["line": 1, "character": 0])
        let symbols = try LanguageServerTests.objects(
            server.handle(
                LanguageServerTests.message(
                    "textDocument/documentSymbol", id: 9,
                    "{\"textDocument\": {\"uri\": \"\(LanguageServerTests.uri)\"}}")))
        let names = (symbols.first?["result"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        #expect(names == ["Spend", "g", "x", "assert x > 0%"])
    }

    /// A request at a position of the open document, its result.
    static func request(
        _ server: inout LanguageServer, _ method: String, line: Int, character: Int, extra: String = ""
    ) throws -> Any? {
        let params =
            "{\"textDocument\": {\"uri\": \"\(uri)\"}, \"position\": {\"line\": \(line), \"character\": \(character)}\(extra)}"
        let reply = try objects(server.handle(message(method, id: 11, params)))
        return reply.first?["result"] ?? reply.first?["error"]
    }

    @Test("completion: names, keywords and builtins by prefix; figure ids segment by segment")
    func completion() throws {
        var server = LanguageServer()
        _ = try LanguageServerTests.open(
            &server, "let spend = 1\nlet spending = 2\nlet x = sp\nlet y = semianalysis.to\n")
        func labels(line: Int, character: Int) throws -> [String] {
            let result = try LanguageServerTests.request(
                &server, "textDocument/completion", line: line, character: character)
            return ((result as? [String: Any])?["items"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
                ?? []
        }
        let names = try labels(line: 2, character: 10)
        #expect(names.prefix(2) == ["spend", "spending"])
        #expect(names.contains("sqrt") == false)
        #expect(try labels(line: 2, character: 9).contains("sqrt"))
        let segments = try labels(line: 3, character: 23)
        #expect(segments == ["token_spend"])
        let all = try labels(line: 3, character: 21)
        #expect(all.contains("payroll"))
        #expect(all.contains("token_spend"))
    }

    @Test("references and rename cover every use, prose included; a bad new name is refused")
    func renaming() throws {
        var server = LanguageServer()
        let text = "let spend = 1\n> spend is {spend}\nlet twice = spend * 2 // spend\nlet note = \"spend\"\n"
        _ = try LanguageServerTests.open(&server, text)
        let references = try LanguageServerTests.request(&server, "textDocument/references", line: 2, character: 13)
        let lines = (references as? [[String: Any]])?.compactMap {
            (($0["range"] as? [String: Any])?["start"] as? [String: Int]).map { "\($0["line"]!):\($0["character"]!)" }
        }
        // The definition, the prose interpolation and the use; not the prose text, the comment or the string.
        #expect(lines == ["0:4", "1:12", "2:12"])
        let rename = try LanguageServerTests.request(
            &server, "textDocument/rename", line: 0, character: 5, extra: ", \"newName\": \"outlay\"")
        let changes = ((rename as? [String: Any])?["changes"] as? [String: [[String: Any]]])?[LanguageServerTests.uri]
        #expect(changes?.count == 3)
        #expect(changes?.allSatisfy { $0["newText"] as? String == "outlay" } == true)
        for bad in ["let", "twice", "2x", "a b"] {
            let refused = try LanguageServerTests.request(
                &server, "textDocument/rename", line: 0, character: 5, extra: ", \"newName\": \"\(bad)\"")
            #expect((refused as? [String: Any])?["code"] as? Int == -32602, "\(bad)")
        }
    }

    @Test("signature help for builtins and the notebook's own functions, with the argument under the cursor")
    func signatures() throws {
        var server = LanguageServer()
        _ = try LanguageServerTests.open(
            &server, "let f(rate, years) = rate * years\nlet a = f(2, \nlet b = cagr($9B, $36B, \n")
        let own = try #require(
            try LanguageServerTests.request(&server, "textDocument/signatureHelp", line: 1, character: 13)
                as? [String: Any])
        #expect((own["signatures"] as? [[String: Any]])?.first?["label"] as? String == "f(rate, years)")
        #expect(own["activeParameter"] as? Int == 1)
        let builtin = try #require(
            try LanguageServerTests.request(&server, "textDocument/signatureHelp", line: 2, character: 24)
                as? [String: Any])
        let labels = (builtin["signatures"] as? [[String: Any]])?.compactMap { $0["label"] as? String }
        #expect(labels == ["cagr(series)", "cagr(series, from, to)", "cagr(start, end, duration)"])
        #expect(builtin["activeSignature"] as? Int == 1)
        #expect(builtin["activeParameter"] as? Int == 2)
        #expect(try LanguageServerTests.request(&server, "textDocument/signatureHelp", line: 0, character: 3) is NSNull)
    }

    @Test("formatting is tnb fmt's layout as one edit; a formatted document gets none")
    func formatting() throws {
        var server = LanguageServer()
        _ = try LanguageServerTests.open(&server, "let a = 1 // one\nlet bb = 2   // two  \n")
        let params =
            "{\"textDocument\": {\"uri\": \"\(LanguageServerTests.uri)\"}, \"options\": {\"tabSize\": 4, \"insertSpaces\": true}}"
        let reply = try LanguageServerTests.objects(
            server.handle(LanguageServerTests.message("textDocument/formatting", id: 12, params)))
        let edits = try #require(reply.first?["result"] as? [[String: Any]])
        #expect(edits.first?["newText"] as? String == "let a = 1   // one\nlet bb = 2  // two\n")
        _ = try LanguageServerTests.open(&server, "let a = 1\n")
        let none = try LanguageServerTests.objects(
            server.handle(LanguageServerTests.message("textDocument/formatting", id: 13, params)))
        #expect((none.first?["result"] as? [Any])?.isEmpty == true)
    }

    @Test("frames: Content-Length bodies, split or joined, and a broken header stops the reader")
    func framing() {
        var reader = LSPFraming.Reader()
        let one = LSPFraming.frame("{\"a\": \"📈\"}")
        let two = LSPFraming.frame("{}")
        let bytes = Array((one + two).utf8)
        reader.append(bytes[..<10])
        #expect(reader.next() == nil)
        reader.append(bytes[10...])
        #expect(reader.next() == .success("{\"a\": \"📈\"}"))
        #expect(reader.next() == .success("{}"))
        #expect(reader.next() == nil)
        var broken = LSPFraming.Reader()
        broken.append(Array("Content-Length: x\r\n\r\n{}".utf8))
        #expect(broken.next() == .failure(.badHeader))
    }
}
