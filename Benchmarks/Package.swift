// swift-tools-version: 6.1
// The benchmark suite, in its own package so the main build stays fast.
//   cd Benchmarks && swift package benchmark            (scripts/bench.sh runs it)
import PackageDescription

let package = Package(
    name: "tnb-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "tnb", path: ".."),
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
    ],
    targets: [
        .executableTarget(
            name: "TNBBenchmarks",
            dependencies: [
                .product(name: "Benchmark", package: "benchmark"),
                .product(name: "TNBEvaluation", package: "tnb"),
                .product(name: "TNBNotebook", package: "tnb"),
                .product(name: "TNBPresentation", package: "tnb"),
            ],
            path: "Benchmarks/TNBBenchmarks",
            plugins: [.plugin(name: "BenchmarkPlugin", package: "benchmark")]
        )
    ],
    swiftLanguageModes: [.v6]
)
