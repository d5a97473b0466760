/// Which source a span is in: an index into a session's sources, or the command line (a REPL
/// meta command, which is not one of them).
public struct FileID: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// The index into the session's sources; negative only for `commandLine`.
    public let index: Int

    /// The source at an index of a session's sources.
    public init(_ index: Int) {
        self.index = index
    }

    /// `0` is the first source.
    public init(integerLiteral index: Int) {
        self.index = index
    }

    /// A line typed as a command (`:load FILE`), not a source of the session.
    public static let commandLine = FileID(-1)

    /// Whether this is one of a session's sources (not the command line).
    public var isSource: Bool { index >= 0 }

    /// `file 2`, or `command line`.
    public var description: String { isSource ? "file \(index)" : "command line" }
}

/// A half-open range of UTF-8 byte offsets in one source file.
public struct Span: Hashable, Sendable {
    /// Which source file of a session the span is in.
    public var file: FileID
    /// The first byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Makes a span; `end` is clamped so it never precedes `start`.
    public init(file: FileID = 0, start: Int, end: Int) {
        self.file = file
        self.start = start
        self.end = max(start, end)
    }

    /// A span covering both spans (which must be in the same file).
    public func union(_ other: Span) -> Span {
        Span(file: file, start: min(start, other.start), end: max(end, other.end))
    }

    /// An empty span at the start of a file, for problems that have no better place.
    public static let none = Span(start: 0, end: 0)
}

extension Array where Element == SourceFile {
    /// The source a file id names, or nil for the command line or an id from elsewhere.
    public subscript(file file: FileID) -> SourceFile? {
        indices.contains(file.index) ? self[file.index] : nil
    }
}
