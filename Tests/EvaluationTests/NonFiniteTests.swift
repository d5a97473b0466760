import Evaluation
import Testing

/// No infinite or not-a-number value is ever bound or shown: an operation that would make one
/// is an error with its position.
@Suite("Non-finite results")
struct NonFiniteTests {
    @Test(
        "operations that overflow are errors, not inf",
        arguments: [
            "1e308 * 10", "1e308 + 1e308", "-1e308 - 1e308", "1e200 ^ 2", "exp(1000)",
            "project s from 5e-324 to 1e308 by Q3; growth(s)",
            "project s from 5e-324 to 1e308 by Q3; cagr(s)",
        ])
    func overflow(_ text: String) {
        #expect(errorIDs(text).contains("non-finite-result"), "\(text)")
        #expect(!displays(text).contains { $0.contains("inf") || $0.contains("nan") })
    }

    @Test("the middle of bounds far apart is finite")
    func farMidpoint() {
        #expect(displays("mid(-1e308 to 1e308)") == ["0"])
        #expect(displays("mid(1e308 to 1.5e308)") == ["1.25e308"])
    }

    @Test("an assert on an overflowing value is an error, not a pass")
    func assertOverflow() {
        #expect(errorIDs("let c = 1e308 * 1e308\nassert c > 0%") == ["non-finite-result"])
    }
}
