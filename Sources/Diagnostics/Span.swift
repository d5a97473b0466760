/// A half-open range of UTF-8 byte offsets in one source file.
public struct Span: Hashable, Sendable {
    /// Which source file of a session the span is in.
    public var file: Int
    /// The first byte.
    public var start: Int
    /// One past the last byte.
    public var end: Int

    /// Makes a span; `end` is clamped so it never precedes `start`.
    public init(file: Int = 0, start: Int, end: Int) {
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
