import Diagnostics
import Evaluation
import Foundation
import Presentation

/// Feeds a session source text: lexing, parsing, evaluation and display must never trap,
/// whatever the input, and what it shows must be sound. Half the inputs are the raw bytes; the
/// other half drive a structure-aware generator (`Generator`) that writes the shapes that found
/// defects before: long flat chains, tiny and huge magnitudes, ranges used twice, CR, CRLF and
/// a byte-order mark, control bytes. Every value shown is checked: a number never shows `inf`
/// or `nan`, and its JSON parses.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzSession(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    var generator = Generator(bytes.dropFirst())
    let text = size > 0 && bytes[0] % 2 == 0 ? generator.program() : String(decoding: bytes, as: UTF8.self)
    var session = Session(options: SessionOptions(allowRedefinition: size % 3 == 0))
    let result = session.run(text)
    let formatter = ValueFormatter()
    for statement in result.results {
        guard case .value(let value) = statement.outcome else { continue }
        let shown = formatter.display(value)
        if case .quantity = value.kind {
            if shown.contains("inf") || shown.contains("nan") {
                fatalError("a number shown as \(shown), from: \(text.debugDescription)")
            }
        }
        let json = JSON.object(formatter.jsonPairs(value))
        if (try? JSONSerialization.jsonObject(with: Data(json.utf8), options: [.fragmentsAllowed])) == nil {
            fatalError("JSON that does not parse: \(json), from: \(text.debugDescription)")
        }
    }
    return 0
}

/// Writes a program from fuzzer bytes, one choice per byte.
struct Generator {
    var bytes: [UInt8]
    var position = 0

    init(_ bytes: Slice<UnsafeBufferPointer<UInt8>>) {
        self.bytes = Array(bytes)
    }

    mutating func next() -> Int {
        guard position < bytes.count else { return 0 }
        defer { position += 1 }
        return Int(bytes[position])
    }

    mutating func pick<T>(_ choices: [T]) -> T { choices[next() % choices.count] }

    mutating func number() -> String {
        pick([
            "0", "1", "2.5", "1e-310", "1e-18", "4.9e-324", "1e308", "1.7e308", "-1e308", "$0.025", "$999.99",
            "$35-45B",
            "7-8 years", "20-30%", "1 to 2", "-1 to 2", "0 to 1", "10%", "4x", "$7M/yr", "16 years^2", "$-5",
            "2 people", "normal(10 to 20)", "lognormal(1 to 3)",
        ])
    }

    mutating func expression(_ depth: Int) -> String {
        if depth == 0 || next() % 3 == 0 { return next() % 2 == 0 ? number() : pick(["a", "b", "c", "x"]) }
        let left = expression(depth - 1)
        let right = expression(depth - 1)
        switch next() % 12 {
        case 0: return "\(left) + \(right)"
        case 1: return "\(left) - \(right)"
        case 2: return "\(left) * \(right)"
        case 3: return "\(left) / \(right)"
        case 4: return "(\(left))^\(pick(["2", "-1", "0.5", "3", "(1 to 2)"]))"
        case 5:
            return
                "\(pick(["min", "max", "abs", "sqrt", "ln", "exp", "median", "low", "high", "mid", "round"]))(\(left))"
        case 6: return "percentile(\(left), \(pick(["5%", "50%", "95%"])))"
        case 7: return "chance(\(left) > \(right))"
        case 8: return "\(left) \(pick(["<", "<=", "==", "!="])) \(right)"
        case 9: return "\(left) as %"
        case 10: return "\(left) in \(pick(["years", "$/yr", "people", "$", "%"]))"
        default: return "(\(left))"
        }
    }

    /// A chain of one operator, long enough to overflow any recursion.
    mutating func chain() -> String {
        let link = pick([" + 1", " * 1.0001", " in years", " as %", " years", " - a"])
        return "1" + String(repeating: link, count: 100 * (next() % 60))
    }

    mutating func program() -> String {
        var lines: [String] = []
        let count = 1 + next() % 12
        for index in 0..<count {
            switch next() % 8 {
            case 0: lines.append("let \(pick(["a", "b", "c", "x"])) = \(expression(3))")
            case 1: lines.append(chain())
            case 2:
                lines.append("let s\(index) = $7M/yr")
                lines.append(
                    "project s\(index) growth \(pick(["20-30%", "2x", "1e-310x", "15%"])) per \(pick(["year", "quarter", "month"])) by \(pick(["Q4", "2030", "Dec 2027"]))"
                )
                lines.append("when s\(index) > $\(pick(["25M", "1", "1e300"]))/yr")
            case 3: lines.append("assert \(expression(2)) > \(expression(1))")
            case 4: lines.append(pick(["\u{1B}[2J", "\u{07}", "\u{0}", "\u{7F}", "\u{200B}"]) + expression(1))
            case 5: lines.append("> prose {\(expression(2))}")
            default: lines.append(expression(4))
            }
        }
        let ending = pick(["\n", "\r\n", "\r"])
        let text = lines.joined(separator: ending)
        return next() % 4 == 0 ? "\u{FEFF}" + text : text
    }
}
