import Dataset
import Diagnostics
import Evaluation
import Notebook
import Presentation
import Syntax

/// `tnb lsp`: a Language Server Protocol server for notebooks, as a value that takes one
/// JSON-RPC message and gives the messages to send back. The transport (Content-Length framing
/// over stdio) is `LSPFraming`'s and the executable's; nothing here reads, writes or exits.
///
/// It keeps each open document's text (full or incremental sync, positions in UTF-16 code
/// units), evaluates it as `tnb run` would on every change, and answers from that run:
/// diagnostics, hover, inlay hints (the answer column), go to definition and document symbols.
public struct LanguageServer {
    /// An open document: its text and the run of it.
    struct Document {
        var text: String
        var analysis: Analysis
    }

    var documents: [String: Document] = [:]
    var shutdownRequested = false

    /// Whether an `exit` notification arrived, and with which status (0 after `shutdown`).
    public private(set) var exitStatus: Int32?

    /// Makes a server with no open documents.
    public init() {}

    /// Handles one message (the body of a frame); gives the bodies of the messages to send.
    public mutating func handle(_ body: String) -> [String] {
        guard case .success(let message) = JSON.parse(body) else {
            return [LanguageServer.error(id: .null, code: -32700, "the message is not JSON")]
        }
        guard case .object = message, let method = message["method"]?.string else {
            // A response to a request of ours (we send none), or not a message at all.
            if message["id"] != nil, message["result"] != nil || message["error"] != nil { return [] }
            return [LanguageServer.error(id: message["id"] ?? .null, code: -32600, "not a JSON-RPC request")]
        }
        let id = message["id"]
        let params = message["params"] ?? .null
        if shutdownRequested, method != "exit", let id {
            return [LanguageServer.error(id: id, code: -32600, "the server is shutting down")]
        }
        switch method {
        case "initialize":
            return [LanguageServer.result(id: id ?? .null, LanguageServer.capabilities)]
        case "initialized", "$/cancelRequest", "$/setTrace", "workspace/didChangeConfiguration":
            return []
        case "shutdown":
            shutdownRequested = true
            return [LanguageServer.result(id: id ?? .null, "null")]
        case "exit":
            exitStatus = shutdownRequested ? 0 : 1
            return []
        case "textDocument/didOpen":
            guard let document = params["textDocument"], let uri = document["uri"]?.string,
                let text = document["text"]?.string
            else { return [] }
            return open(uri, text)
        case "textDocument/didChange":
            guard let uri = params["textDocument"]?["uri"]?.string, var document = documents[uri] else { return [] }
            for change in params["contentChanges"]?.array ?? [] {
                guard let text = change["text"]?.string else { continue }
                if let range = change["range"] {
                    document.text = LanguageServer.replacing(range, in: document.text, with: text)
                } else {
                    document.text = text
                }
            }
            return open(uri, document.text)
        case "textDocument/didClose":
            guard let uri = params["textDocument"]?["uri"]?.string else { return [] }
            documents[uri] = nil
            return [
                LanguageServer.notification(
                    "textDocument/publishDiagnostics", "{\"uri\": \(JSON.quote(uri)), \"diagnostics\": []}")
            ]
        case "textDocument/hover", "textDocument/inlayHint", "textDocument/definition", "textDocument/documentSymbol",
            "textDocument/completion", "textDocument/references", "textDocument/rename", "textDocument/signatureHelp",
            "textDocument/formatting":
            guard let id else { return [] }
            guard let uri = params["textDocument"]?["uri"]?.string, let document = documents[uri] else {
                return [LanguageServer.result(id: id, "null")]
            }
            let analysis = document.analysis
            let answer: String
            switch method {
            case "textDocument/hover": answer = analysis.hover(at: LanguageServer.position(params["position"]))
            case "textDocument/inlayHint": answer = analysis.inlayHints()
            case "textDocument/definition":
                answer = analysis.definition(at: LanguageServer.position(params["position"]), uri: uri)
            case "textDocument/completion":
                answer = analysis.completion(at: LanguageServer.position(params["position"]))
            case "textDocument/formatting": answer = analysis.formatting(document.text)
            case "textDocument/signatureHelp":
                answer = analysis.signatureHelp(at: LanguageServer.position(params["position"]))
            case "textDocument/references":
                answer = analysis.references(at: LanguageServer.position(params["position"]), uri: uri)
            case "textDocument/rename":
                guard let newName = params["newName"]?.string else {
                    return [LanguageServer.error(id: id, code: -32602, "rename needs 'newName'")]
                }
                switch analysis.rename(at: LanguageServer.position(params["position"]), to: newName, uri: uri) {
                case .success(let edit): answer = edit
                case .failure(let problem): return [LanguageServer.error(id: id, code: -32602, problem.message)]
                }
            default: answer = analysis.symbols()
            }
            return [LanguageServer.result(id: id, answer)]
        default:
            // Unknown notifications are ignored, as the protocol asks; unknown requests answered.
            guard let id else { return [] }
            return [LanguageServer.error(id: id, code: -32601, "no method '\(method)'")]
        }
    }

    /// Stores and evaluates a document, and gives its diagnostics.
    mutating func open(_ uri: String, _ text: String) -> [String] {
        let analysis = Analysis(uri: uri, text: text)
        documents[uri] = Document(text: text, analysis: analysis)
        return [LanguageServer.notification("textDocument/publishDiagnostics", analysis.diagnosticsParams())]
    }

    /// The server's capabilities: incremental sync, hover, inlay hints, definition, symbols.
    static let capabilities = """
        {"capabilities": {"textDocumentSync": {"openClose": true, "change": 2}, "hoverProvider": true, \
        "inlayHintProvider": true, "definitionProvider": true, "documentSymbolProvider": true, \
        "completionProvider": {"triggerCharacters": ["."]}, "referencesProvider": true, "renameProvider": true, \
        "signatureHelpProvider": {"triggerCharacters": ["(", ","]}, "documentFormattingProvider": true}, \
        "serverInfo": {"name": "tnb", "version": "0.2.0"}}
        """

    /// A position's 0-based line and UTF-16 character, or the start.
    static func position(_ value: JSONValue?) -> (line: Int, character: Int) {
        let line = value?["line"]?.number.flatMap { Int(exactly: $0) } ?? 0
        let character = value?["character"]?.number.flatMap { Int(exactly: $0) } ?? 0
        return (max(0, line), max(0, character))
    }

    /// The text with an LSP range (UTF-16 positions) replaced.
    static func replacing(_ range: JSONValue, in text: String, with replacement: String) -> String {
        let source = SourceFile(name: "", text: text)
        let start = source.byteOffset(utf16: position(range["start"]))
        let end = max(start, source.byteOffset(utf16: position(range["end"])))
        let bytes = source.bytes
        return String(decoding: bytes[..<start], as: UTF8.self) + replacement
            + String(decoding: bytes[end...], as: UTF8.self)
    }

    static func result(id: JSONValue, _ result: String) -> String {
        "{\"jsonrpc\": \"2.0\", \"id\": \(id.encoded), \"result\": \(result)}"
    }

    static func error(id: JSONValue, code: Int, _ message: String) -> String {
        "{\"jsonrpc\": \"2.0\", \"id\": \(id.encoded), \"error\": {\"code\": \(code), \"message\": \(JSON.quote(message))}}"
    }

    static func notification(_ method: String, _ params: String) -> String {
        "{\"jsonrpc\": \"2.0\", \"method\": \(JSON.quote(method)), \"params\": \(params)}"
    }
}

/// The LSP's base protocol: `Content-Length: N\r\n\r\n` and N bytes of JSON.
public enum LSPFraming {
    /// The most one message may hold; a larger one is refused, not read.
    public static let maximumBody = 32 << 20

    /// A body framed for sending.
    public static func frame(_ body: String) -> String {
        "Content-Length: \(body.utf8.count)\r\n\r\n" + body
    }

    /// Reads frames from bytes as they arrive.
    public struct Reader {
        var buffer: [UInt8] = []

        /// Makes a reader with nothing read.
        public init() {}

        /// Why the stream cannot go on.
        public enum Failure: Error, Equatable {
            case badHeader, tooLarge
        }

        /// Adds bytes read from the stream.
        public mutating func append(_ bytes: some Sequence<UInt8>) { buffer.append(contentsOf: bytes) }

        /// The next whole body, nil when more bytes are needed.
        public mutating func next() -> Result<String, Failure>? {
            let separator: [UInt8] = [13, 10, 13, 10]
            guard let end = LSPFraming.find(separator, in: buffer) else {
                return buffer.count > 8_192 ? .failure(.badHeader) : nil
            }
            let header = String(decoding: buffer[..<end], as: UTF8.self)
            var length: Int?
            for line in header.split(separator: "\r\n") {
                let parts = line.split(separator: ":", maxSplits: 1)
                guard parts.count == 2 else { return .failure(.badHeader) }
                if parts[0].lowercased() == "content-length" {
                    length = Int(parts[1].drop { $0 == " " })
                }
            }
            guard let length, length >= 0 else { return .failure(.badHeader) }
            guard length <= LSPFraming.maximumBody else { return .failure(.tooLarge) }
            let start = end + separator.count
            guard buffer.count >= start + length else { return nil }
            let body = String(decoding: buffer[start..<start + length], as: UTF8.self)
            buffer.removeFirst(start + length)
            return .success(body)
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        for index in 0...(haystack.count - needle.count) where haystack[index] == needle[0] {
            if Array(haystack[index..<index + needle.count]) == needle { return index }
        }
        return nil
    }
}

extension SourceFile {
    /// The byte offset of a 0-based line and UTF-16 column, clamped to the line (and the text).
    func byteOffset(utf16 position: (line: Int, character: Int)) -> Int {
        guard position.line < lineStarts.count else { return bytes.count }
        let start = lineStarts[position.line]
        var end = position.line + 1 < lineStarts.count ? lineStarts[position.line + 1] : bytes.count
        // The line's own text, without its line break.
        while end > start, bytes[end - 1] == 10 || bytes[end - 1] == 13 { end -= 1 }
        var units = 0
        var offset = start
        for scalar in String(decoding: bytes[start..<end], as: UTF8.self).unicodeScalars {
            let width = scalar.utf16.count
            if units + width > position.character { break }
            units += width
            offset += scalar.utf8.count
        }
        return offset
    }
}
