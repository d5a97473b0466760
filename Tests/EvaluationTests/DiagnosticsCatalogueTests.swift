import Diagnostics
import Evaluation
import Foundation
import Syntax
import TestSupport
import Testing
import Units

/// Keeps docs/diagnostics.md complete: every diagnostic id tnb can produce has an entry.
@Suite("Diagnostics catalogue")
struct DiagnosticsCatalogueTests {
    /// One of each parse error. The switch in `parseCase` has no default, so a new case does
    /// not compile until it is added here too.
    static let parseKinds: [ParseErrorKind] = [
        .unexpectedCharacter("?"), .numberOutOfRange("1e400"), .malformedNumber("1.2.3"), .unterminatedString,
        .unexpectedEnd(expected: "a value"), .unexpectedToken(found: "'2'", expected: "end of statement"),
        .nestingTooDeep(limit: 200), .reversedRange("10-5"), .reservedWord("in"), .unclosedInterpolation,
        .dottedName("a.b"), .unknownPeriod("Q5"), .missingLet("x"), .inputTooLarge(bytes: 40 << 20, limit: 32 << 20),
        .ambiguousRange(low: "1", high: "72%"),
    ]

    static func parseCase(_ kind: ParseErrorKind) -> Int {
        switch kind {
        case .unexpectedCharacter: 0
        case .numberOutOfRange: 1
        case .malformedNumber: 2
        case .unterminatedString: 3
        case .unexpectedEnd: 4
        case .unexpectedToken: 5
        case .nestingTooDeep: 6
        case .reversedRange: 7
        case .reservedWord: 8
        case .unclosedInterpolation: 9
        case .dottedName: 10
        case .unknownPeriod: 11
        case .missingLet: 12
        case .inputTooLarge: 13
        case .ambiguousRange: 14
        }
    }

    /// One of each evaluation error, kept complete the same way by `evalCase`.
    static let evalKinds: [EvalErrorKind] = [
        .unknownName("x", suggestion: nil), .unknownFunction("f", suggestion: nil),
        .mismatchedDimensions(operation: "add", .money, .time), .divisionByZero, .notFinite(operation: "multiply"),
        .invalidPower("why"), .reversedRange, .typeMismatch(expected: "a number", found: "text"),
        .wrongArgumentCount(function: "f", expected: "1 argument", found: 2), .recursionTooDeep(limit: 64),
        .notARatio(.money), .duplicateDefinition("a"), .cyclicDefinition(["a", "b", "a"]), .unitAlreadyDefined("day"),
        .badFigure("a.b", "why"), .tooManySteps(limit: 5), .dependsOnFailed("a"), .notACondition(found: "text"),
        .paramOverrideMismatch(name: "a", value: "$5", found: "money", defaultValue: "4x", expected: "a plain number"),
        .query(.unknownField("f", suggestion: nil)), .unevenPeriodStep(duration: "1 month", period: "Q2 2026"),
        .periodOutOfRange, .targetNotAfterStart(target: "Q1", start: "Q2"),
        .projectionTooLong(steps: 900, step: "yearly", limit: 600),
        .invalidGrowth("money"), .cannotProject("s", reason: "why"),
        .periodOutsideSeries(period: "Q1", series: "Q2 to Q4"),
        .seriesMismatch("why"), .tooManyDefinitions(limit: 2_000_000),
        .scenarioValueMismatch(
            scenario: "bull", name: "g", value: "0.2", found: "a plain number", defaultValue: "15%",
            expected: "a percentage"),
        .unknownParam("h", scenario: "bull", suggestion: nil), .duplicateScenario("scenario 'bull'"),
    ]

    static func evalCase(_ kind: EvalErrorKind) -> Int {
        switch kind {
        case .unknownName: 0
        case .unknownFunction: 1
        case .mismatchedDimensions: 2
        case .divisionByZero: 3
        case .notFinite: 4
        case .invalidPower: 5
        case .reversedRange: 6
        case .typeMismatch: 7
        case .wrongArgumentCount: 8
        case .recursionTooDeep: 9
        case .notARatio: 10
        case .duplicateDefinition: 11
        case .cyclicDefinition: 12
        case .unitAlreadyDefined: 13
        case .badFigure: 14
        case .tooManySteps: 15
        case .dependsOnFailed: 16
        case .notACondition: 17
        case .paramOverrideMismatch: 18
        case .query: 19
        case .unevenPeriodStep: 20
        case .periodOutOfRange: 21
        case .targetNotAfterStart: 22
        case .projectionTooLong: 23
        case .invalidGrowth: 24
        case .cannotProject: 25
        case .periodOutsideSeries: 26
        case .seriesMismatch: 27
        case .tooManyDefinitions: 28
        case .scenarioValueMismatch: 29
        case .unknownParam: 30
        case .duplicateScenario: 31
        }
    }

    /// One of each query error, kept complete by `queryCase`.
    static let queryKinds: [QueryErrorKind] = [
        .unknownField("f", suggestion: nil), .unknownStage("s", suggestion: nil), .unknownTag("t", suggestion: nil),
        .unknownFieldValue(field: "id", value: "x", suggestion: nil), .unknownPeriod("x"),
        .fieldTypeMismatch(field: "label", op: ">", found: "money"),
        .badAggregateField(function: "sum", field: "label"),
        .badLimit("2.5"), .stageAfterAggregate(stage: "limit", aggregate: "count"), .emptyAggregate("min"),
        .mixedKinds(operation: "sort", kinds: ["money", "percentage"]),
    ]

    static func queryCase(_ kind: QueryErrorKind) -> Int {
        switch kind {
        case .unknownField: 0
        case .unknownStage: 1
        case .unknownTag: 2
        case .unknownFieldValue: 3
        case .unknownPeriod: 4
        case .fieldTypeMismatch: 5
        case .badAggregateField: 6
        case .badLimit: 7
        case .stageAfterAggregate: 8
        case .emptyAggregate: 9
        case .mixedKinds: 10
        }
    }

    /// The ids written in every `var id: String` switch of Sources, and every `id: "..."` given
    /// to a Diagnostic directly, so that errors added by later layers are covered without
    /// touching this test.
    static func idsInSources() throws -> Set<String> {
        let sources = Fixtures.path("Sources")
        let files = try FileManager.default.subpathsOfDirectory(atPath: sources.path).filter { $0.hasSuffix(".swift") }
        var ids: Set<String> = []
        let pattern = try NSRegularExpression(pattern: #"^\s*case [^:]*:\s*"([a-z][a-z0-9-]*)"\s*$"#)
        let literal = try NSRegularExpression(pattern: #"\bid: "([a-z][a-z0-9-]*)""#)
        for file in files {
            let text = try String(contentsOf: sources.appendingPathComponent(file), encoding: .utf8)
            var inIDs = false
            for line in text.split(separator: "\n").map(String.init) {
                if let match = literal.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                    let range = Range(match.range(at: 1), in: line)
                {
                    ids.insert(String(line[range]))
                }
                if line.contains("var id: String {") {
                    inIDs = true
                } else if inIDs, line.trimmingCharacters(in: .whitespaces) == "}" {
                    inIDs = false
                } else if inIDs,
                    let match = pattern.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)),
                    let range = Range(match.range(at: 1), in: line)
                {
                    ids.insert(String(line[range]))
                }
            }
        }
        return ids
    }

    /// Every id tnb can produce.
    static func allIDs() throws -> Set<String> {
        try Set(parseKinds.map(\.id) + evalKinds.map(\.id) + queryKinds.map(\.id)).union(idsInSources())
    }

    @Test("the constructed kinds cover every case of ParseErrorKind and EvalErrorKind")
    func kindsAreComplete() {
        #expect(
            Set(DiagnosticsCatalogueTests.parseKinds.map(DiagnosticsCatalogueTests.parseCase)).count
                == DiagnosticsCatalogueTests.parseKinds.count)
        #expect(
            Set(DiagnosticsCatalogueTests.evalKinds.map(DiagnosticsCatalogueTests.evalCase)).count
                == DiagnosticsCatalogueTests.evalKinds.count)
        #expect(
            Set(DiagnosticsCatalogueTests.queryKinds.map(DiagnosticsCatalogueTests.queryCase)).count
                == DiagnosticsCatalogueTests.queryKinds.count)
    }

    @Test("the ids found in the sources include every constructed kind's id")
    func sourceScanFindsIDs() throws {
        let scanned = try DiagnosticsCatalogueTests.idsInSources()
        let constructed =
            DiagnosticsCatalogueTests.parseKinds.map(\.id) + DiagnosticsCatalogueTests.evalKinds.map(\.id)
            + DiagnosticsCatalogueTests.queryKinds.map(\.id)
        for id in constructed {
            #expect(scanned.contains(id), "the scan of Sources missed '\(id)'")
        }
    }

    @Test("every diagnostic id has an entry in docs/diagnostics.md")
    func everyIDIsDocumented() throws {
        let catalogue = try Fixtures.text("docs/diagnostics.md")
        for id in try DiagnosticsCatalogueTests.allIDs().sorted() {
            #expect(catalogue.contains("\n### `\(id)`\n"), "docs/diagnostics.md has no '### `\(id)`' entry")
        }
    }

    @Test("every entry in docs/diagnostics.md is an id tnb can produce")
    func noStaleEntries() throws {
        let ids = try DiagnosticsCatalogueTests.allIDs()
        let catalogue = try Fixtures.text("docs/diagnostics.md")
        for line in catalogue.split(separator: "\n") where line.hasPrefix("### `") {
            let id = line.dropFirst(5).prefix { $0 != "`" }
            #expect(ids.contains(String(id)), "docs/diagnostics.md documents '\(id)', which no error enum has")
        }
    }
}
