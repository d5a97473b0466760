import Diagnostics
import Foundation
import Syntax
import TestSupport
import Testing

@testable import Evaluation

/// Keeps the editors' grammars (editors/, docs/editors.md) in step with the language: their
/// keyword and builtin lists are the parser's and the evaluator's, the TextMate grammar's regexes
/// compile, and matching it over the notebooks scopes every token as the lexer reads it.
@Suite("EditorGrammar")
struct EditorGrammarTests {
    static let textMatePath = "editors/tnb.tmLanguage.json"
    static let vimSyntaxPath = "editors/vim/syntax/tnb.vim"
    static let vscodePath = "editors/vscode"

    /// editors/tnb.tmLanguage.json, read.
    static func textMate() throws -> TextMateGrammar {
        try TextMateGrammar(json: Data(contentsOf: Fixtures.path(textMatePath)))
    }

    /// The builtin functions: Sources/Evaluation/Builtins.swift and SeriesFunctions.swift.
    static var builtinNames: Set<String> { Set(Builtins.names + SeriesFunctions.names) }

    /// The words Grammar/tnb.ebnf spells in its syntactic rules and STEP_WORD that are not
    /// Parser.keywords: keywords only in their place (`from`, `growth`, `asc`, `end` of, ...).
    static func placeBoundWords() throws -> Set<String> {
        let grammar = try GrammarTests.grammar()
        var words: Set<String> = []
        for rule in grammar.rules where !rule.isLexical || rule.name == "STEP_WORD" {
            words.formUnion(GrammarTests.terminals(rule.body).filter { $0.allSatisfy(\.isLetter) })
        }
        return words.subtracting(Parser.keywords)
    }

    /// The words an editor grammar colours as keywords or builtins, by class.
    struct Vocabulary: Equatable {
        /// Keywords that are never names: they must be Parser.keywords.
        var strict: Set<String> = []
        /// Words coloured as keywords only in their place, query stages included.
        var placeBound: Set<String> = []
        /// The words after `|` in a query.
        var queryStages: Set<String> = []
        /// Builtin function names.
        var builtins: Set<String> = []

        mutating func add(_ words: [String], scope: String) {
            if scope.hasPrefix("support.function.") { builtins.formUnion(words) }
            guard scope.hasPrefix("keyword.") else { return }
            if scope.contains(".contextual") {
                placeBound.formUnion(words)
                if scope.contains(".query") { queryStages.formUnion(words) }
            } else {
                strict.formUnion(words)
            }
        }
    }

    /// The groups of a regex whose whole content is a list of words, `(let|param|unit)`, with the
    /// number of each capturing group (nil for `(?:...)`).
    static func wordGroups(in regex: String) -> [(capture: Int?, words: [String])] {
        let characters = Array(regex)
        var groups: [(capture: Int?, words: [String])] = []
        var open: [(start: Int, capture: Int?)] = []
        var captureCount = 0
        var index = 0
        var inClass = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\" {
                index += 2
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" {
                inClass = true
            } else if character == "(" {
                let capturing = index + 1 >= characters.count || characters[index + 1] != "?"
                if capturing { captureCount += 1 }
                open.append((index, capturing ? captureCount : nil))
            } else if character == ")", let group = open.popLast() {
                var content = String(characters[(group.start + 1)..<index])
                if group.capture == nil {
                    guard content.hasPrefix("?:") else {
                        index += 1
                        continue
                    }
                    content.removeFirst(2)
                }
                let words = content.split(separator: "|", omittingEmptySubsequences: false).map(String.init)
                if words.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isLetter) }) {
                    groups.append((group.capture, words))
                }
            }
            index += 1
        }
        return groups
    }

    /// The TextMate grammar's vocabulary: the word groups of every rule scoped `keyword.*` or
    /// `support.function.*`, and of every capture so scoped.
    static func vocabulary(of grammar: TextMateGrammar) -> Vocabulary {
        var vocabulary = Vocabulary()
        for rule in grammar.allRules {
            guard let source = rule.source else { continue }
            let groups = wordGroups(in: source)
            if let name = rule.name { vocabulary.add(groups.flatMap(\.words), scope: name) }
            for (number, name) in rule.captures.merging(rule.beginCaptures, uniquingKeysWith: { first, _ in first }) {
                vocabulary.add(groups.filter { $0.capture == number }.flatMap(\.words), scope: name)
            }
        }
        return vocabulary
    }

    /// The Vim syntax file's vocabulary: `syntax keyword` lists and the word groups of `syntax
    /// match` patterns, by group (tnbKeyword*, tnbKeywordContextual, tnbKeywordQuery, tnbBuiltin).
    static func vimVocabulary(_ text: String) throws -> Vocabulary {
        let options: Set<String> = ["contained", "skipwhite", "skipnl", "skipempty", "transparent", "display"]
        let vimGroup = try NSRegularExpression(pattern: #"%?\(([A-Za-z]+(?:\|[A-Za-z]+)*)\)"#)
        var vocabulary = Vocabulary()
        for line in text.split(separator: "\n").map(String.init) {
            let fields = line.split(separator: " ").map(String.init)
            guard fields.count >= 3, fields[0] == "syntax", fields[2].hasPrefix("tnb") else { continue }
            let group = fields[2]
            var words: [String] = []
            if fields[1] == "keyword" {
                words = fields.dropFirst(3).filter { !options.contains($0) && !$0.contains("=") }
            } else if fields[1] == "match", let open = line.firstIndex(of: "\""),
                let close = line[line.index(after: open)...].firstIndex(of: "\"")
            {
                let pattern = String(line[line.index(after: open)..<close])
                let range = NSRange(pattern.startIndex..., in: pattern)
                for match in vimGroup.matches(in: pattern, range: range) {
                    guard let wordsRange = Range(match.range(at: 1), in: pattern) else { continue }
                    words += pattern[wordsRange].split(separator: "|").map(String.init)
                }
            } else {
                continue
            }
            if group == "tnbBuiltin" {
                vocabulary.add(words, scope: "support.function.builtin")
            } else if group.hasPrefix("tnbKeyword") {
                let scope =
                    group.contains("Query")
                    ? "keyword.contextual.query.vim"
                    : group.contains("Contextual") ? "keyword.contextual.vim" : "keyword.vim"
                vocabulary.add(words, scope: scope)
            }
        }
        return vocabulary
    }

    /// Expects an editor's vocabulary to be the language's, naming what is missing or extra.
    static func checkVocabulary(_ vocabulary: Vocabulary, of editor: String) throws {
        func expectSame(_ found: Set<String>, _ expected: Set<String>, _ what: String) {
            let missing = expected.subtracting(found).sorted()
            let extra = found.subtracting(expected).sorted()
            #expect(found == expected, "\(editor): \(what): missing \(missing), and should not have \(extra)")
        }
        expectSame(vocabulary.strict, Parser.keywords, "keywords (Parser.keywords)")
        expectSame(vocabulary.placeBound, try placeBoundWords(), "place-bound words (Grammar/tnb.ebnf)")
        expectSame(vocabulary.queryStages, Set(Parser.queryStages), "query stages (Parser.queryStages)")
        expectSame(vocabulary.builtins, builtinNames, "builtins (Builtins.names, SeriesFunctions.names)")
        #expect(Parser.projectionKeywords.isSubset(of: vocabulary.placeBound), "\(editor): Parser.projectionKeywords")
    }

    @Test("the TextMate grammar reads as JSON, every regex compiles with NSRegularExpression, every include resolves")
    func textMateGrammarReads() throws {
        let grammar = try EditorGrammarTests.textMate()
        #expect(grammar.problems == [])
        #expect(grammar.unresolvedIncludes == [])
        #expect(grammar.scopeName == "source.tnb")
        let top = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: Fixtures.path(EditorGrammarTests.textMatePath)))
                as? [String: Any])
        #expect(top["fileTypes"] as? [String] == ["tnb"])
        #expect(grammar.allRules.count > 20)
        for rule in grammar.allRules {
            for regex in [rule.source, rule.end?.pattern].compactMap({ $0 }) {
                #expect(
                    EditorGrammarTests.onigurumaOnlySyntax(in: regex) == nil,
                    "\(rule.place): /\(regex)/ uses \(EditorGrammarTests.onigurumaOnlySyntax(in: regex) ?? "")")
            }
        }
    }

    /// Syntax that Oniguruma reads and ICU reads otherwise or not at all, so that compiling with
    /// NSRegularExpression is a real check: `\h` and `\H` (a hex digit in Oniguruma, a blank in
    /// ICU), `\K`, and possessive quantifiers (`a++`), which the grammar has no need for.
    static func onigurumaOnlySyntax(in regex: String) -> String? {
        let characters = Array(regex)
        var index = 0
        var inClass = false
        var previousWasQuantifier = false
        while index < characters.count {
            let character = characters[index]
            if character == "\\", index + 1 < characters.count {
                let escaped = characters[index + 1]
                if "hHK".contains(escaped) { return "\\\(escaped)" }
                index += 2
                previousWasQuantifier = false
                continue
            }
            if inClass {
                if character == "]" { inClass = false }
            } else if character == "[" {
                inClass = true
            } else if character == "+", previousWasQuantifier {
                return "a possessive quantifier"
            }
            previousWasQuantifier =
                !inClass && "*+}".contains(character)
                || (character == "?" && index > 0 && characters[index - 1] != "(")
            index += 1
        }
        return nil
    }

    @Test("the TextMate grammar's keywords are exactly Parser.keywords, its place-bound words and builtins apart")
    func textMateKeywordsAreTheParsers() throws {
        try EditorGrammarTests.checkVocabulary(
            EditorGrammarTests.vocabulary(of: try EditorGrammarTests.textMate()), of: EditorGrammarTests.textMatePath)
    }

    @Test("the Vim syntax file's keywords are exactly Parser.keywords, its place-bound words and builtins apart")
    func vimKeywordsAreTheParsers() throws {
        let text = try Fixtures.text(EditorGrammarTests.vimSyntaxPath)
        try EditorGrammarTests.checkVocabulary(
            try EditorGrammarTests.vimVocabulary(text), of: EditorGrammarTests.vimSyntaxPath)
        let detect = try Fixtures.text("editors/vim/ftdetect/tnb.vim")
        #expect(detect.contains("*.tnb") && detect.contains("setfiletype tnb"))
    }

    @Test("the VS Code extension contributes the language and a byte-identical copy of the grammar")
    func vscodeExtensionUsesTheGrammar() throws {
        let directory = Fixtures.path(EditorGrammarTests.vscodePath)
        let manifest = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent("package.json")))
                as? [String: Any])
        let contributes = try #require(manifest["contributes"] as? [String: Any])
        let language = try #require((contributes["languages"] as? [[String: Any]])?.first)
        #expect(language["id"] as? String == "tnb")
        #expect(language["extensions"] as? [String] == [".tnb"])
        let configuration = try #require(language["configuration"] as? String)
        _ = try JSONSerialization.jsonObject(with: Data(contentsOf: directory.appendingPathComponent(configuration)))
        let grammar = try #require((contributes["grammars"] as? [[String: Any]])?.first)
        #expect(grammar["language"] as? String == "tnb")
        #expect(grammar["scopeName"] as? String == "source.tnb")
        let path = try #require(grammar["path"] as? String)
        let copy = try Data(contentsOf: directory.appendingPathComponent(path))
        #expect(
            copy == (try Data(contentsOf: Fixtures.path(EditorGrammarTests.textMatePath))),
            "editors/vscode/\(path) must be a copy of \(EditorGrammarTests.textMatePath): cp it again")
    }

    /// Every number and period shape, and the places where a word is a keyword, on lines the
    /// notebooks may not have.
    static let sample = """
        # Every shape of number and period
        as of Apr 2026
        let money = $35-45B/yr + $6,000/day in $/yr + $.5 + $-5 + $6-7 // money
        let scaled = 25M + 2 billion + 1.5e3 + 2_000 + 1,000,000 + 5M% + 20-30% + 35–45 + 5 – 10 years + 4x - 10-5
        let periods = spend at Q4 2026 + spend at 2026Q4 + spend at Q4'26 + spend at end of 2026 + spend at Dec
        project spend from $9B in Q1 growth 20% per year until Q4 2027 quarterly
        figures | where topic == "a \\"capex\\"" and not value > $1B | sort period desc | select id, value | limit 3
        figures | sum(value)
        > Spend is {spend in $/month}, {semianalysis.token_spend as a % of semianalysis.payroll} // prose
        let f(x, y) = max(x, y) + growth(spend) + low(r) + mid(r) + x.y_to
        assert chance(spend > payroll when spend > 1) >= 50%
        """

    /// The notebooks whose tokens the TextMate grammar must scope, and the sample.
    static func corpus() throws -> [(name: String, text: String)] {
        var corpus: [(name: String, text: String)] = [("sample", sample)]
        for folder in ["Notebooks", "Tests/Fixtures/notebooks"] {
            let names = try FileManager.default.contentsOfDirectory(atPath: Fixtures.path(folder).path)
            for name in names.sorted() where name.hasSuffix(".tnb") {
                corpus.append(("\(folder)/\(name)", try Fixtures.text("\(folder)/\(name)")))
            }
        }
        return corpus
    }

    /// The scope a token's text must lie in, by what the lexer says it is; nil when the grammar
    /// may leave it unscoped (a name, a unit word, a bracket).
    static func requiredScope(_ token: Token, previous: Token?, next: Token?, inProject: Bool) -> String? {
        switch token.kind {
        case .number: return "constant.numeric."
        case .string: return "string.quoted."
        case .heading: return "markup.heading."
        case .prose: return "markup.quote."
        case .plus, .minus, .star, .slash, .caret, .equals, .pipe, .percent, .less, .lessEqual, .greater,
            .greaterEqual, .equalEqual, .bangEqual, .rangeDash:
            return "keyword.operator."
        case .dollar: return "support.constant.money."
        case .identifier(let name):
            if Parser.keywords.contains(name) { return "keyword." }
            if name.contains(".") { return "variable.other.figure." }
            if Parser.queryStages.contains(name), previous?.kind == .pipe { return "keyword." }
            if builtinNames.contains(name), next?.kind == .leftParen { return "support.function." }
            if inProject, Parser.projectionKeywords.contains(name) { return "keyword." }
            return nil
        default: return nil
        }
    }

    /// Not every token is checked: names, unit words and brackets may stay unscoped, and a
    /// place-bound word (`growth`, `desc`) must be a keyword only where `requiredScope` can tell
    /// its place from the tokens (in a `project` statement, after `|`); elsewhere it may be
    /// coloured or not. Any other name must not be scoped as a keyword, nor any token as a comment.
    @Test("matched over the notebooks, the TextMate grammar scopes each token as the lexer reads it")
    func textMateScopesTheLexersTokens() throws {
        let grammar = try EditorGrammarTests.textMate()
        let placeBound = try EditorGrammarTests.placeBoundWords()
        var failures: [String] = []
        var checked = 0
        for (name, text) in try EditorGrammarTests.corpus() {
            var problems: [String] = []
            let scopesByByte = grammar.scopes(of: text, problems: &problems)
            failures += problems.map { "\(name): \($0)" }
            let source = SourceFile(name: name, text: text)
            let bytes = Array(text.utf8)
            func place(_ span: Span) -> String {
                let line = bytes[..<span.start].filter { $0 == UInt8(ascii: "\n") }.count + 1
                return "\(name):\(line): '\(String(decoding: bytes[span.start..<span.end], as: UTF8.self))'"
            }
            func scopes(of span: Span) -> Set<String> { Set(scopesByByte[span.start..<span.end].joined()) }
            func check(_ tokens: [Token]) {
                var inProject = false
                var statementStart = true
                for (index, token) in tokens.enumerated() where token.span.end > token.span.start {
                    if case .identifier("project") = token.kind, statementStart { inProject = true }
                    statementStart = false
                    if token.kind == .newline || token.kind == .semicolon {
                        inProject = false
                        statementStart = true
                        continue
                    }
                    let previous = index > 0 ? tokens[index - 1] : nil
                    let next = index + 1 < tokens.count ? tokens[index + 1] : nil
                    let covering = (token.span.start..<token.span.end).map { scopesByByte[$0] }
                    if let required = EditorGrammarTests.requiredScope(
                        token, previous: previous, next: next, inProject: inProject)
                    {
                        checked += 1
                        if !covering.allSatisfy({ $0.contains { $0.hasPrefix(required) } }) {
                            failures.append("\(place(token.span)) is not all in a \(required)* scope: \(covering)")
                        }
                    }
                    if case .identifier(let word) = token.kind, !Parser.keywords.contains(word),
                        !placeBound.contains(word), scopes(of: token.span).contains(where: { $0.hasPrefix("keyword.") })
                    {
                        failures.append("\(place(token.span)) is a name but scoped as a keyword: \(covering)")
                    }
                    if token.kind != .prose, scopes(of: token.span).contains(where: { $0.hasPrefix("comment.") }) {
                        failures.append("\(place(token.span)) is a token but scoped as a comment")
                    }
                }
            }
            var lexer = Lexer(source: source)
            let tokens = lexer.tokenize()
            check(tokens)
            var previousEnd = 0
            for token in tokens {
                // A comment is what the lexer skipped from `//` on: the gap before a token.
                let gap = String(decoding: bytes[previousEnd..<token.span.start], as: UTF8.self)
                if let slashes = gap.range(of: "//") {
                    let start = previousEnd + gap[..<slashes.lowerBound].utf8.count
                    let span = Span(start: start, end: token.span.start)
                    checked += 1
                    let covering = (span.start..<span.end).map { scopesByByte[$0] }
                    if !covering.allSatisfy({ $0.contains { $0.hasPrefix("comment.") } }) {
                        failures.append("\(place(span)) is a comment but not scoped as one")
                    }
                }
                previousEnd = token.span.end
                guard token.kind == .prose else { continue }
                // The parser lexes each `{...}` of a prose line on its own, up to the first `}`.
                var index = token.span.start
                while index < token.span.end {
                    guard bytes[index] == UInt8(ascii: "{") else {
                        index += 1
                        continue
                    }
                    var close = index + 1
                    while close < token.span.end, bytes[close] != UInt8(ascii: "}") { close += 1 }
                    var inner = Lexer(source: source, range: (index + 1)..<close)
                    check(inner.tokenize())
                    index = close + 1
                }
            }
        }
        #expect(checked > 500, "only \(checked) tokens were checked")
        let firstFailures = failures.prefix(20).joined(separator: "\n")
        #expect(failures.isEmpty, "\(failures.count) tokens are scoped unlike the lexer reads them:\n\(firstFailures)")
    }
}
