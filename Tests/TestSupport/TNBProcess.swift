import Foundation

/// What running the `tnb` binary gave.
public struct ProcessResult: Sendable {
    /// Standard output.
    public var stdout: String
    /// Standard error.
    public var stderr: String
    /// The exit status.
    public var status: Int32
}

/// Runs the built `tnb` binary, as a user would.
public enum TNBProcess {
    /// The binary beside the test bundle (`swift test` builds it because CLITests depends on it).
    public static let binary: URL = {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent(
            "tnb")
        if FileManager.default.isExecutableFile(atPath: beside.path) { return beside }
        return Fixtures.path(".build/debug/tnb")
    }()

    /// Runs `tnb` with arguments and optional standard input, in `directory` (the repo root by
    /// default); with `stdoutPath`, standard output goes to that file (such as `/dev/full`), and
    /// with `stdinPath` standard input comes from one (such as `/dev/zero`).
    public static func run(
        _ arguments: [String], stdin: String? = nil, directory: URL? = nil,
        environment: [String: String] = [:], stdoutPath: String? = nil, stdinPath: String? = nil
    ) throws -> ProcessResult {
        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.currentDirectoryURL = directory ?? Fixtures.root
        var env = ProcessInfo.processInfo.environment
        env["NO_COLOR"] = "1"
        for (key, value) in environment { env[key] = value }
        process.environment = env
        let output = Pipe()
        let error = Pipe()
        let input = Pipe()
        let file = stdoutPath.flatMap { FileHandle(forWritingAtPath: $0) }
        process.standardOutput = file ?? output
        process.standardError = error
        let source = stdinPath.flatMap { FileHandle(forReadingAtPath: $0) }
        process.standardInput = source ?? input
        // A program that stops reading early (a server that exits) closes the pipe: the write
        // fails with EPIPE, as it should, rather than killing the tests with SIGPIPE.
        signal(SIGPIPE, SIG_IGN)
        try process.run()
        // Input is written from another thread and both outputs are drained at once, so that
        // neither side blocks on a full pipe whatever the sizes.
        let writer = input.fileHandleForWriting
        let bytes = Data((stdin ?? "").utf8)
        let written = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            try? writer.write(contentsOf: bytes)
            try? writer.close()
            written.signal()
        }
        nonisolated(unsafe) var errData = Data()
        let drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async {
            errData = error.fileHandleForReading.readDataToEndOfFile()
            drained.signal()
        }
        if file != nil { try output.fileHandleForWriting.close() }
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        drained.wait()
        written.wait()
        process.waitUntilExit()
        return ProcessResult(
            stdout: String(decoding: outData, as: UTF8.self), stderr: String(decoding: errData, as: UTF8.self),
            status: process.terminationStatus)
    }
}
