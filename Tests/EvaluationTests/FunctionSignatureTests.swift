import Testing

@testable import Evaluation

/// Signature help must know every function the evaluator does.
@Suite("Function signatures")
struct FunctionSignatureTests {
    @Test("every builtin and series function has its forms, and no other name does")
    func complete() {
        #expect(Set(FunctionSignatures.forms.keys) == Set(Builtins.names + SeriesFunctions.names))
    }
}
