/// Which source a span is in: an index into a session's sources, or the command line (a REPL
/// meta command, which is not one of them).
public struct FileID: Hashable, Sendable, ExpressibleByIntegerLiteral, CustomStringConvertible {
    /// Stored in 32 bits: every span holds one, and every token, expression and name a span.
    private let stored: Int32

    /// The index into the session's sources; negative only for `commandLine`.
    public var index: Int { Int(stored) }

    /// The source at an index of a session's sources.
    public init(_ index: Int) {
        stored = Int32(clamping: index)
    }

    /// `0` is the first source.
    public init(integerLiteral index: Int) {
        stored = Int32(clamping: index)
    }

    /// A line typed as a command (`:load FILE`), not a source of the session.
    public static let commandLine = FileID(-1)

    /// Whether this is one of a session's sources (not the command line).
    public var isSource: Bool { index >= 0 }

    /// `file 2`, or `command line`.
    public var description: String { isSource ? "file \(index)" : "command line" }
}

/// A half-open range of UTF-8 byte offsets in one source file.
///
/// Offsets are stored in 32 bits (a source is at most 32 MiB, `Parser.maximumInputBytes`), so a
/// span is 12 bytes: there is one in every token, expression, name and statement.
public struct Span: Hashable, Sendable {
    /// Which source file of a session the span is in.
    public var file: FileID
    private var storedStart: Int32
    private var storedEnd: Int32

    /// The first byte.
    public var start: Int {
        get { Int(storedStart) }
        set { storedStart = Int32(clamping: newValue) }
    }
    /// One past the last byte.
    public var end: Int {
        get { Int(storedEnd) }
        set { storedEnd = Int32(clamping: newValue) }
    }

    /// Makes a span; `end` is clamped so it never precedes `start`.
    public init(file: FileID = 0, start: Int, end: Int) {
        self.file = file
        storedStart = Int32(clamping: start)
        storedEnd = Int32(clamping: max(start, end))
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
