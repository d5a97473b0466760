// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "tnb",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "tnb", targets: ["tnb"]),
        .library(name: "TNBEvaluation", targets: ["Evaluation"]),
        .library(name: "TNBNotebook", targets: ["Notebook"]),
        .library(name: "TNBPresentation", targets: ["Presentation"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2")
    ],
    targets: [
        .target(name: "Diagnostics"),
        .target(name: "Platform"),
        .target(name: "Syntax", dependencies: ["Diagnostics"]),
        .target(name: "Units", dependencies: ["Diagnostics", "Platform"]),
        .target(name: "Dataset"),
        .target(name: "Evaluation", dependencies: ["Diagnostics", "Syntax", "Units", "Dataset", "Platform"]),
        .target(name: "Notebook", dependencies: ["Diagnostics", "Syntax", "Units", "Dataset", "Evaluation"]),
        .target(
            name: "Presentation", dependencies: ["Diagnostics", "Syntax", "Units", "Dataset", "Evaluation", "Notebook"]),
        .systemLibrary(name: "CReadline", providers: [.apt(["libreadline-dev"])]),
        .target(
            name: "REPL",
            dependencies: [
                "Diagnostics", "Syntax", "Units", "Dataset", "Evaluation", "Notebook", "Presentation", "Platform",
            ]),
        .target(
            name: "LanguageServer",
            dependencies: ["Diagnostics", "Syntax", "Units", "Dataset", "Evaluation", "Notebook", "Presentation"]),
        .executableTarget(
            name: "tnb",
            dependencies: [
                "Evaluation",
                "Notebook",
                "Presentation",
                "Platform",
                "REPL",
                "LanguageServer",
                "CReadline",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Diagnostics"], path: "Tests/TestSupport"),
        .testTarget(name: "DiagnosticsTests", dependencies: ["Diagnostics"]),
        .testTarget(name: "PresentationTests", dependencies: ["Presentation", "Evaluation", "Units", "Diagnostics", "TestSupport"]),
        .testTarget(name: "DatasetTests", dependencies: ["Dataset", "Evaluation", "Presentation", "TestSupport"]),
        .testTarget(name: "SyntaxTests", dependencies: ["Syntax", "Evaluation", "TestSupport"]),
        .testTarget(name: "UnitsTests", dependencies: ["Units"]),
        .testTarget(name: "EvaluationTests", dependencies: ["Dataset", "Evaluation", "Presentation", "TestSupport"]),
        .testTarget(name: "NotebookTests", dependencies: ["Dataset", "Notebook", "Evaluation", "Presentation", "TestSupport"]),
        .testTarget(name: "REPLTests", dependencies: ["REPL", "Evaluation", "Presentation", "TestSupport"]),
        .testTarget(name: "LanguageServerTests", dependencies: ["LanguageServer", "Diagnostics", "TestSupport"]),
        .testTarget(name: "CLITests", dependencies: ["tnb", "Dataset", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)

// libFuzzer targets exist only when TNB_FUZZ is set, so a plain `swift build` never tries to link
// them without libFuzzer's main: `TNB_FUZZ=1 swift build -c release --sanitize=fuzzer
// --sanitize=address --product fuzz-session` (scripts/fuzz.sh does this).
if Context.environment["TNB_FUZZ"] != nil {
    package.targets += [
        .executableTarget(name: "fuzz-session", dependencies: ["Evaluation", "Presentation"], path: "Fuzz/fuzz-session"),
        .executableTarget(name: "fuzz-notebook", dependencies: ["Notebook", "Presentation"], path: "Fuzz/fuzz-notebook"),
        .executableTarget(name: "fuzz-repl", dependencies: ["REPL", "Presentation"], path: "Fuzz/fuzz-repl"),
        .executableTarget(
            name: "fuzz-lsp", dependencies: ["LanguageServer", "Diagnostics"], path: "Fuzz/fuzz-lsp"),
    ]
}
