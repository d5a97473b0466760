import Diagnostics
import Evaluation
import Foundation
import Syntax
import TestSupport
import Testing

/// Keeps Grammar/tnb.ebnf and the parser in step: every syntactic rule has a parse function whose
/// doc comment repeats it, and sentences generated from the grammar parse without diagnostics.
@Suite("Grammar")
struct GrammarTests {
    /// Sample text for each token (and for syntactic rules whose valid sentences depend on
    /// values). When you add a token to the grammar, add its samples here.
    static let samples: [String: [String]] = [
        "NUMBER": [
            "7", "25M", "$6,000", "1.5", "2_000", "3e2", "72%", "4x", "$35B", "0.25", "12", "2 billion",
            "$1.5k", "$.5", "10%", "1,000,000", "2.5E-3", "5M%",
        ],
        "tightRange": ["$35-45B", "7-8", "20-30%", "2–3x", "1.5-2.5T", "$6-7", "35–45", "10-20k", "5 – 10"],
        "IDENT": ["payroll", "spend", "x", "semianalysis.payroll", "growth_rate", "a1", "days", "tokens"],
        "NAME": ["payroll", "spend", "x", "f", "growth_rate", "widget", "cagr"],
        "UNIT_WORD": ["years", "months", "tokens", "people", "day", "widgets", "yr", "USD"],
        "STRING": [#""spend""#, #""a \"quoted\" word""#, #""""#],
        "HEADING": ["\n# Spend", "\n## Payroll and tokens", "\n#"],
        "PROSE_START": ["\n>"],
        "PROSE_TEXT": ["spend is", "a year, or", "about"],
        "SEPARATOR": [";", "\n"],
        "TIGHT_DASH": ["-", "–"],
        "RATE_SLASH": ["/"],
        "QUARTER": ["Q4", "Q1", "q2"],
        "MONTH": ["Apr", "April", "dec", "Sept"],
        "YEAR": ["2026", "2028", "1999"],
        "YEAR_QUARTER": ["2026Q4", "2027q1"],
        "SHORT_QUARTER": ["Q4'26", "Q1'27"],
        "STEP_WORD": ["monthly", "quarterly", "yearly"],
        "SCALE_LETTER": ["k", "M", "B", "T"],
    ]

    /// Tokens written with no blank on either side.
    static let glued: Set<String> = ["TIGHT_DASH", "RATE_SLASH"]

    static func grammar() throws -> EBNF { try EBNF(Fixtures.text("Grammar/tnb.ebnf")) }

    /// A `/// rule ::= body` doc comment in Sources/Syntax and the function it documents.
    struct DocumentedRule {
        var name: String
        var tokens: [EBNF.Token]
        var function: String
        var place: String
    }

    static func documentedRules() throws -> [DocumentedRule] {
        let directory = Fixtures.path("Sources/Syntax")
        let files = try FileManager.default.subpathsOfDirectory(atPath: directory.path).filter {
            $0.hasSuffix(".swift")
        }.sorted()
        var found: [DocumentedRule] = []
        for file in files {
            let lines = try String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
                .split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
            for (index, line) in lines.enumerated() {
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                guard trimmed.hasPrefix("/// "), let defines = trimmed.range(of: " ::= ") else { continue }
                let name = String(trimmed[trimmed.index(trimmed.startIndex, offsetBy: 4)..<defines.lowerBound])
                guard !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "_" }) else { continue }
                let body = String(trimmed[defines.upperBound...])
                var function = ""
                for next in lines[(index + 1)...] {
                    let text = next.trimmingCharacters(in: .whitespaces)
                    if text.hasPrefix("///") || text.hasPrefix("@") { continue }
                    if let range = text.range(of: #"func\s+(\w+)"#, options: .regularExpression) {
                        function = text[range].split(separator: " ").last.map(String.init) ?? ""
                    }
                    break
                }
                found.append(
                    DocumentedRule(
                        name: name, tokens: try EBNF.tokenize(body), function: function,
                        place: "Sources/Syntax/\(file):\(index + 1)"))
            }
        }
        return found
    }

    static func written(_ tokens: [EBNF.Token]) -> String {
        tokens.map { $0.kind == .quoted ? "\"\($0.text)\"" : $0.text }.joined(separator: " ")
    }

    @Test("the grammar reads, and every rule it refers to is defined")
    func grammarIsComplete() throws {
        let grammar = try GrammarTests.grammar()
        let names = Set(grammar.rules.map(\.name))
        #expect(grammar.rule("program") != nil)
        #expect(names.count == grammar.rules.count, "a rule is defined twice")
        for rule in grammar.rules {
            for reference in rule.body.references.sorted() {
                #expect(
                    names.contains(reference),
                    "rule '\(rule.name)' refers to '\(reference)', which the grammar does not define")
            }
        }
    }

    @Test("every syntactic rule has a parse function whose doc comment repeats it, and vice versa")
    func rulesMatchParseFunctions() throws {
        let grammar = try GrammarTests.grammar()
        let documented = try GrammarTests.documentedRules()
        for rule in grammar.rules where !rule.isLexical {
            let matches = documented.filter { $0.name == rule.name }
            #expect(
                matches.count == 1,
                "rule '\(rule.name)' needs exactly one '/// \(rule.name) ::= ...' doc comment in Sources/Syntax, found \(matches.count)"
            )
            guard let match = matches.first else { continue }
            let capitalized = rule.name.prefix(1).uppercased() + rule.name.dropFirst()
            #expect(
                ["parse" + capitalized, "expect" + capitalized].contains(match.function),
                "\(match.place): '\(rule.name)' is documented on '\(match.function)', expected parse\(capitalized)")
        }
        for doc in documented {
            guard let rule = grammar.rule(doc.name) else {
                Issue.record("\(doc.place): '\(doc.name) ::=' is not a rule of Grammar/tnb.ebnf")
                continue
            }
            #expect(
                doc.tokens == rule.tokens,
                "\(doc.place): the doc comment says\n  \(doc.name) ::= \(GrammarTests.written(doc.tokens))\nbut the grammar says\n  \(rule.name) ::= \(GrammarTests.written(rule.tokens))"
            )
        }
    }

    @Test("every token a syntactic rule uses has samples for the generator")
    func tokensHaveSamples() throws {
        let generator = GrammarGenerator(
            grammar: try GrammarTests.grammar(), samples: GrammarTests.usableSamples, glued: GrammarTests.glued, seed: 1
        )
        #expect(generator.missingSamples() == [], "add samples for these tokens to GrammarTests.samples")
    }

    /// The samples, without any word that has since become a keyword.
    static var usableSamples: [String: [String]] {
        var usable = samples
        for name in ["IDENT", "NAME", "UNIT_WORD"] {
            usable[name] = samples[name]?.filter { !Parser.keywords.contains($0) }
        }
        return usable
    }

    @Test("600 non-empty sentences generated at random from the grammar parse without diagnostics, using every rule")
    func generatedSentencesParse() throws {
        let grammar = try GrammarTests.grammar()
        var generator = GrammarGenerator(
            grammar: grammar, samples: GrammarTests.usableSamples, glued: GrammarTests.glued, seed: 2026)
        var failures: [String] = []
        var nonEmpty = 0
        var attempts = 0
        while nonEmpty < 600, attempts < 5_000 {
            attempts += 1
            let text = generator.sentence(from: "program")
            guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { continue }
            nonEmpty += 1
            let result = Parser.parse(SourceFile(name: "<generated>", text: text))
            if let first = result.diagnostics.first {
                failures.append("\(text.debugDescription)\n    \(first.message) [\(first.id)]")
            }
        }
        #expect(nonEmpty == 600)
        #expect(
            failures.isEmpty,
            "\(failures.count) generated sentences did not parse, e.g.:\n\(failures.prefix(8).joined(separator: "\n"))")
        let unused = grammar.rules.filter { !$0.isLexical && !generator.used.contains($0.name) }.map(\.name)
        #expect(unused.isEmpty, "rules never generated (unreachable from program?): \(unused)")
    }

    /// The literal words of a rule such as KEYWORD.
    static func terminals(_ node: EBNF.Node) -> Set<String> {
        switch node {
        case .terminal(let text): [text]
        case .reference, .opaque: []
        case .sequence(let items), .choice(let items): items.reduce(into: Set<String>()) { $0.formUnion(terminals($1)) }
        case .optional(let inner), .zeroOrMore(let inner), .oneOrMore(let inner): terminals(inner)
        }
    }

    static func normalized(_ text: String) -> String {
        text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test("the grammar's KEYWORD rule, the parser's keywords and the reserved words in docs/language.md agree")
    func keywordsAgree() throws {
        let keyword = try #require(try GrammarTests.grammar().rule("KEYWORD"))
        #expect(GrammarTests.terminals(keyword.body) == Parser.keywords)
        let language = try Fixtures.text("docs/language.md")
        let start = try #require(language.range(of: "**Reserved words:**"))
        let paragraph = language[start.upperBound...].prefix { $0 != "." }
        let documented = paragraph.split(separator: "`").enumerated().filter { $0.offset % 2 == 1 }.map {
            String($0.element)
        }
        #expect(Set(documented) == Parser.keywords, "docs/language.md's reserved words differ from Parser.keywords")
    }

    @Test("docs/language.md states the tight-range rule word for word as the grammar does")
    func tightRangeRuleIsTheSame() throws {
        let grammar = try Fixtures.text("Grammar/tnb.ebnf")
        let start = try #require(grammar.range(of: "The tight-range rule. "))
        let end = try #require(grammar.range(of: "one dimension.", range: start.upperBound..<grammar.endIndex))
        let rule = GrammarTests.normalized(String(grammar[start.upperBound..<end.upperBound]))
        let language = GrammarTests.normalized(try Fixtures.text("docs/language.md"))
        #expect(language.contains(rule), "docs/language.md should contain, word for word:\n\(rule)")
    }

    /// A small fuzz of the evaluator with well-formed input (60,000 sentences ran clean when this
    /// was written; raise the count locally to hunt for traps).
    @Test("generated sentences also run through a Session without trapping, each problem inside the sentence")
    func generatedSentencesRun() throws {
        var generator = GrammarGenerator(
            grammar: try GrammarTests.grammar(), samples: GrammarTests.usableSamples, glued: GrammarTests.glued,
            seed: 99)
        var ran = 0
        for _ in 0..<400 {
            let text = generator.sentence(from: "program")
            var session = Session(options: SessionOptions(allowRedefinition: true))
            _ = session.run(
                "let payroll = $25M/yr\nlet spend = $7M/yr\nlet x = 2\nlet growth_rate = 20%\nlet a1 = 3 people")
            let result = session.run(text, name: "<generated>")
            ran += result.results.count
            for diagnostic in result.diagnostics {
                #expect(diagnostic.span.end <= text.utf8.count, "\(text.debugDescription): \(diagnostic.message)")
            }
        }
        #expect(ran > 100)
    }

    @Test("the generator is deterministic for a seed")
    func deterministic() throws {
        let grammar = try GrammarTests.grammar()
        var first = GrammarGenerator(
            grammar: grammar, samples: GrammarTests.usableSamples, glued: GrammarTests.glued, seed: 7)
        var second = GrammarGenerator(
            grammar: grammar, samples: GrammarTests.usableSamples, glued: GrammarTests.glued, seed: 7)
        for _ in 0..<20 { #expect(first.sentence(from: "program") == second.sentence(from: "program")) }
    }
}
