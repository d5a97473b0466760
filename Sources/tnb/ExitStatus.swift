import ArgumentParser

/// The exit statuses of every tnb command (sysexits.h): the one list. With several notebooks
/// the highest wins.
enum ExitStatus: Int32, Sendable, Comparable {
    /// All went well: every notebook ran and every assert passed.
    case success = 0
    /// An assert failed, or `--check` found a stale report.
    case failure = 1
    /// A bad option, `--set` or `--as-of`.
    case usage = 64
    /// The input (a notebook, piped lines, an expression) has errors.
    case dataError = 65
    /// A notebook cannot be read.
    case noInput = 66
    /// A report or standard output cannot be written.
    case cannotCreate = 73

    /// Orders statuses by number: the highest is the worst.
    static func < (lhs: ExitStatus, rhs: ExitStatus) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The status for ArgumentParser to exit with.
    var code: ExitCode { ExitCode(rawValue) }
}
