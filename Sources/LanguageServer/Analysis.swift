import Dataset
import Diagnostics
import Evaluation
import Notebook
import Presentation
import Syntax

/// One document evaluated as `tnb run` evaluates a notebook, and the answers the server gives
/// from it, as LSP JSON.
struct Analysis {
    let uri: String
    let notebook: Notebook
    let run: NotebookRun
    let formatter = ValueFormatter()

    init(uri: String, text: String) {
        self.uri = uri
        // The name diagnostics and positions use: the path of a file: URI, or the URI itself.
        let name = uri.hasPrefix("file://") ? String(uri.dropFirst(7)) : uri
        notebook = Notebook(name: name, text: text)
        run = NotebookRun(notebook)
    }

    var source: SourceFile { notebook.source }

    /// A span as an LSP range: 0-based lines, UTF-16 columns.
    func range(_ span: Span) -> String {
        let start = source.utf16Position(of: span.start)
        let end = source.utf16Position(of: max(span.start, span.end))
        return "{\"start\": {\"line\": \(start.line - 1), \"character\": \(start.column)}, "
            + "\"end\": {\"line\": \(end.line - 1), \"character\": \(end.column)}}"
    }

    /// `textDocument/publishDiagnostics`' params: every error and every failed assert, with its
    /// id as the code and its notes and related places as related information; the notebook's
    /// scenarios are run too, as `tnb run` runs them, and what fails only in one says in which.
    func diagnosticsParams() -> String {
        var all = run.diagnostics + (run.hasErrors ? [] : run.assertionDiagnostics())
        if !run.hasErrors,
            let scenarios = ScenarioComparison(base: run, overrides: [:], asOf: nil, samples: run.sampler.count)
        {
            for column in scenarios.columns.dropFirst() {
                for var diagnostic in column.run.diagnostics where diagnostic.severity == .error {
                    diagnostic.notes.append("in scenario '\(column.name)'")
                    all.append(diagnostic)
                }
                all += column.run.assertionDiagnostics()
            }
        }
        let items = all.map { diagnostic in
            var related = diagnostic.related.map { message, span in
                "{\"location\": {\"uri\": \(JSON.quote(uri)), \"range\": \(range(span))}, \"message\": \(JSON.quote(message))}"
            }
            related += diagnostic.notes.map { note in
                "{\"location\": {\"uri\": \(JSON.quote(uri)), \"range\": \(range(diagnostic.span))}, \"message\": \(JSON.quote(note))}"
            }
            let severity = diagnostic.severity == .error ? 1 : diagnostic.severity == .warning ? 2 : 3
            return
                "{\"range\": \(range(diagnostic.span)), \"severity\": \(severity), \"code\": \(JSON.quote(diagnostic.id)), "
                + "\"source\": \"tnb\", \"message\": \(JSON.quote(message(diagnostic))), "
                + "\"relatedInformation\": [\(related.joined(separator: ", "))]}"
        }
        return "{\"uri\": \(JSON.quote(uri)), \"diagnostics\": [\(items.joined(separator: ", "))]}"
    }

    /// A diagnostic's message with its notes on the lines below, as editors show only the message
    /// where they underline (`unknown name 'spnd'` and `did you mean 'spend'?`).
    func message(_ diagnostic: Diagnostic) -> String {
        ([diagnostic.message] + diagnostic.notes).joined(separator: "\n")
    }

    /// The word under a position: a name or a dotted figure id.
    func word(at position: (line: Int, character: Int)) -> (text: String, span: Span)? {
        let offset = source.byteOffset(utf16: position)
        let bytes = source.bytes
        var start = offset
        while start > 0, Analysis.isWordByte(bytes[start - 1]) { start -= 1 }
        var end = offset
        while end < bytes.count, Analysis.isWordByte(bytes[end]) { end += 1 }
        guard end > start else { return nil }
        var text = String(decoding: bytes[start..<end], as: UTF8.self)
        while text.hasSuffix(".") {
            text.removeLast()
            end -= 1
        }
        guard let first = text.first, first.isLetter || first == "_" else { return nil }
        return (text, Span(start: start, end: end))
    }

    /// A byte of a name or a dotted figure id.
    static func isWordByte(_ byte: UInt8) -> Bool {
        (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A)
            || byte == 0x5F || byte == 0x2E
    }

    /// The entry that defines a name (the last, for a `let` and its `project`).
    func definition(of name: String) -> Entry? {
        run.entries.last { FreeNames.definedName(of: $0.statement) == name }
    }

    /// `textDocument/hover`: a name's value, its definition and its figures; a figure's value,
    /// period, speaker, document, timestamp and quote.
    func hover(at position: (line: Int, character: Int)) -> String {
        guard let (word, span) = word(at: position) else { return "null" }
        var lines: [String] = []
        if let entry = definition(of: word) {
            let value: Value? =
                switch entry.outcome {
                case .binding(_, let value, _)?, .value(let value)?: value
                default: nil
                }
            lines.append("```tnb\n\(entry.text)\n```")
            if let value {
                lines.append("**\(word)** = " + formatter.display(value).replacingNewlines())
                if let range = value.quantity, range.isRange, let chance = percentiles(value) {
                    lines.append(chance)
                }
                let why = formatter.why(value)
                if !why.isEmpty { lines.append("From:\n\n" + why.map { "    " + $0 }.joined(separator: "\n")) }
            } else {
                lines.append("**\(word)**: " + (entry.outcome == nil ? "not computed (see its error)" : "defined here"))
            }
            lines.append("line \(entry.line)")
        } else if let figure = Dataset.figure(word) {
            lines.append("**\(figure.id)**: \(figure.label)")
            lines.append(formatter.why(figure: figure).map { "    " + $0 }.joined(separator: "\n"))
            if let timestamp = figure.timestamp { lines.append("at \(timestamp) in \(figure.source)") }
        } else {
            return "null"
        }
        let markdown = lines.joined(separator: "\n\n")
        return "{\"contents\": {\"kind\": \"markdown\", \"value\": \(JSON.quote(markdown))}, \"range\": \(range(span))}"
    }

    /// The median and 5th to 95th percentiles of a range, as the report's JSON gives them.
    func percentiles(_ value: Value) -> String? {
        let pairs = formatter.withPercentiles(of: [value]).jsonPairs(value)
        let lookup = Dictionary(pairs, uniquingKeysWith: { first, _ in first })
        guard let median = lookup["p50"], let low = lookup["p5"], let high = lookup["p95"],
            let unit = lookup["unit"]
        else { return nil }
        return "median \(median), 5th to 95th percentile \(low) to \(high) (\(unit.trimmingQuotes()))"
    }

    /// `textDocument/inlayHint`: each definition's, expression's, projection's and assert's
    /// result at the end of its statement: the answer column.
    func inlayHints() -> String {
        var hints: [String] = []
        for entry in run.entries {
            switch entry.statement.kind {
            case .letValue, .param, .project, .expression, .assertion:
                guard entry.outcome != nil else { continue }
                let end = source.utf16Position(of: entry.statement.span.end)
                let label = "= " + entry.resultText(formatter)
                hints.append(
                    "{\"position\": {\"line\": \(end.line - 1), \"character\": \(end.column)}, "
                        + "\"label\": \(JSON.quote(label)), \"paddingLeft\": true}")
            default:
                continue
            }
        }
        return "[" + hints.joined(separator: ", ") + "]"
    }

    /// `textDocument/definition`: where the name under the position is defined.
    func definition(at position: (line: Int, character: Int), uri: String) -> String {
        guard let (word, _) = word(at: position),
            let entry = run.entries.first(where: {
                FreeNames.definedName(of: $0.statement) == word
            })
        else { return "null" }
        return "{\"uri\": \(JSON.quote(uri)), \"range\": \(range(entry.statement.span))}"
    }

    /// The identifier tokens of the document that are the name `name` (not inside strings,
    /// comments or prose text), as spans.
    func occurrences(of name: String) -> [Span] {
        var lexer = Lexer(source: source)
        var spans: [Span] = []
        for token in lexer.tokenize() {
            if case .identifier(let text) = token.kind, text == name { spans.append(token.span) }
        }
        // Names interpolated in prose (`{spend}`) are lexed with the prose line: find them there.
        for statement in notebook.statements {
            guard case .prose(let parts) = statement.kind else { continue }
            for case .expression(let expr) in parts {
                var inner = Lexer(source: source, range: expr.span.start..<expr.span.end)
                for token in inner.tokenize() {
                    if case .identifier(let text) = token.kind, text == name, !spans.contains(token.span) {
                        spans.append(token.span)
                    }
                }
            }
        }
        return spans.sorted { $0.start < $1.start }
    }

    /// `textDocument/references`: every use of the name under the position, its definition too.
    func references(at position: (line: Int, character: Int), uri: String) -> String {
        guard let (word, _) = word(at: position), definition(of: word) != nil else { return "[]" }
        let locations = occurrences(of: word).map { "{\"uri\": \(JSON.quote(uri)), \"range\": \(range($0))}" }
        return "[" + locations.joined(separator: ", ") + "]"
    }

    /// Why a rename is refused.
    struct RenameProblem: Error {
        var message: String
    }

    /// `textDocument/rename`: the edits that rename a definition and its every use; refused for
    /// a name that is not defined here, a new name that is not a name, a keyword, or taken.
    func rename(at position: (line: Int, character: Int), to newName: String, uri: String)
        -> Result<String, RenameProblem>
    {
        guard let (word, _) = word(at: position), definition(of: word) != nil else {
            return .failure(RenameProblem(message: "only a name this notebook defines can be renamed"))
        }
        let isName =
            newName.first.map { $0.isASCII && ($0.isLetter || $0 == "_") } == true
            && newName.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") }
        guard isName, !Parser.keywords.contains(newName) else {
            return .failure(RenameProblem(message: "'\(newName)' is not a name a definition can have"))
        }
        guard definition(of: newName) == nil else {
            return .failure(RenameProblem(message: "'\(newName)' is already defined"))
        }
        let edits = occurrences(of: word).map { "{\"range\": \(range($0)), \"newText\": \(JSON.quote(newName))}" }
        return .success("{\"changes\": {\(JSON.quote(uri)): [\(edits.joined(separator: ", "))]}}")
    }

    /// `textDocument/completion`: the notebook's names, keywords, builtins and units for a word;
    /// for a dotted word, the next segment of the dataset's figure ids (`semianalysis.` gives
    /// `token_spend`, `payroll`, ...).
    func completion(at position: (line: Int, character: Int)) -> String {
        // What is typed before the cursor, dots included: `semianalysis.to`.
        let offset = source.byteOffset(utf16: position)
        var start = offset
        while start > 0, Analysis.isWordByte(source.bytes[start - 1]) { start -= 1 }
        let prefix = String(decoding: source.bytes[start..<offset], as: UTF8.self)
        var items: [(label: String, kind: Int)] = []
        if let dot = prefix.lastIndex(of: ".") {
            let head = String(prefix[...dot])
            let partial = prefix[prefix.index(after: dot)...]
            var seen: Set<String> = []
            for figure in Dataset.figures where figure.id.hasPrefix(head) {
                let rest = figure.id.dropFirst(head.count)
                let segment = String(rest.prefix { $0 != "." })
                guard segment.hasPrefix(partial), seen.insert(segment).inserted else { continue }
                items.append((segment, rest.contains(".") ? 9 : 21))
            }
        } else {
            let defined = Set(run.entries.compactMap { FreeNames.definedName(of: $0.statement) })
            items += defined.sorted().map { ($0, 6) }
            items += Parser.keywords.sorted().map { ($0, 14) }
            let namespaces = Set(Dataset.figures.map { String($0.id.prefix { $0 != "." }) })
            items += namespaces.sorted().map { ($0, 9) }
            items += Environment().knownNames.sorted().filter { !defined.contains($0) }.map { ($0, 3) }
            items = items.filter { $0.label.hasPrefix(prefix) }
        }
        let encoded = items.map { "{\"label\": \(JSON.quote($0.label)), \"kind\": \($0.kind)}" }
        return "{\"isIncomplete\": false, \"items\": [\(encoded.joined(separator: ", "))]}"
    }

    /// `textDocument/signatureHelp`: inside a call's brackets, the function's forms (a user
    /// function's parameters, or a builtin's), the argument the cursor is in highlighted.
    func signatureHelp(at position: (line: Int, character: Int)) -> String {
        let bytes = source.bytes
        var index = source.byteOffset(utf16: position)
        var depth = 0
        var commas = 0
        var found = false
        // Back to the unclosed '(' on this line, counting the commas at its depth.
        while index > 0 {
            index -= 1
            let byte = bytes[index]
            if byte == 10 { return "null" }
            if byte == UInt8(ascii: ")") { depth += 1 }
            if byte == UInt8(ascii: "(") {
                if depth == 0 {
                    found = true
                    break
                }
                depth -= 1
            }
            if byte == UInt8(ascii: ","), depth == 0 { commas += 1 }
        }
        guard found, let (name, _) = word(at: (position.line, source.utf16Position(of: index).column)) else {
            return "null"
        }
        var forms: [FunctionSignatures.Form] = []
        if let entry = definition(of: name), case .letFunction(_, let parameters, _) = entry.statement.kind {
            forms = [FunctionSignatures.Form(parameters: parameters.map(\.text), summary: entry.text)]
        } else if let builtin = FunctionSignatures.forms[name] {
            forms = builtin
        }
        guard !forms.isEmpty else { return "null" }
        let active = forms.firstIndex { $0.variadic || $0.parameters.count > commas } ?? forms.count - 1
        let signatures = forms.map { form in
            let parameters = form.parameters + (form.variadic ? ["..."] : [])
            let label = name + "(" + parameters.joined(separator: ", ") + ")"
            let items = parameters.map { "{\"label\": \(JSON.quote($0))}" }
            return "{\"label\": \(JSON.quote(label)), \"documentation\": \(JSON.quote(form.summary)), "
                + "\"parameters\": [\(items.joined(separator: ", "))]}"
        }
        let parameter = min(commas, forms[active].parameters.count - (forms[active].variadic ? 0 : 1))
        return "{\"signatures\": [\(signatures.joined(separator: ", "))], \"activeSignature\": \(active), "
            + "\"activeParameter\": \(max(0, parameter))}"
    }

    /// `textDocument/formatting`: `tnb fmt`'s layout as one edit of the whole document, or no
    /// edit when it is formatted already or formatting would change its report.
    func formatting(_ text: String) -> String {
        let formatted = NotebookFormatter.format(text)
        guard formatted != text, ReportEquivalence.same(text, formatted, name: notebook.source.name) else {
            return "[]"
        }
        let end = source.utf16Position(of: source.bytes.count)
        return "[{\"range\": {\"start\": {\"line\": 0, \"character\": 0}, \"end\": {\"line\": \(end.line - 1), "
            + "\"character\": \(end.column)}}, \"newText\": \(JSON.quote(formatted))}]"
    }

    /// `textDocument/documentSymbol`: headings, definitions, params and asserts, flat, in order.
    func symbols() -> String {
        var items: [String] = []
        for statement in notebook.statements {
            let (name, kind): (String, Int)
            switch statement.kind {
            case .heading(_, let text): (name, kind) = (text, 3)
            case .param(let defined, _): (name, kind) = (defined.text, 14)
            case .letValue(let defined, _): (name, kind) = (defined.text, 13)
            case .letFunction(let defined, _, _): (name, kind) = (defined.text, 12)
            case .project(let projection): (name, kind) = (projection.name.text, 13)
            case .assertion: (name, kind) = (source.text(of: statement.span), 17)
            case .scenario(let scenario): (name, kind) = ("scenario " + scenario.name.text, 2)
            default: continue
            }
            let span = range(statement.span)
            items.append(
                "{\"name\": \(JSON.quote(name)), \"kind\": \(kind), \"range\": \(span), \"selectionRange\": \(span)}")
        }
        return "[" + items.joined(separator: ", ") + "]"
    }
}

extension Entry {
    /// What the answer column shows for an entry: its value on one line, or passed / FAILED.
    func resultText(_ formatter: ValueFormatter) -> String {
        switch outcome {
        case .value(let value)?, .binding(_, let value, _)?: formatter.inlineDisplay(value)
        case .assertion(let truth, let value)?: truth.assertionVerdict(chance: value.chance)
        default: ""
        }
    }
}

extension String {
    func replacingNewlines() -> String {
        contains("\n") ? "\n\n```text\n" + self + "\n```" : self
    }

    func trimmingQuotes() -> String {
        hasPrefix("\"") && hasSuffix("\"") && count >= 2 ? String(dropFirst().dropLast()) : self
    }
}
