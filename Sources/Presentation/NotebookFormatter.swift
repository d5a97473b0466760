import Diagnostics
import Syntax

/// `tnb fmt`'s canonical layout of a notebook, limited to what a report never shows, so that a
/// formatted notebook gives a byte-identical report (`tnb fmt` checks it before writing):
///
/// - no trailing blanks on a statement or comment line (prose and headings are left as written:
///   two trailing spaces are a line break in Markdown);
/// - the trailing `//` comments of consecutive lines aligned, two spaces after the longest code
///   among them;
/// - no blank lines at the end, and exactly one line feed.
///
/// Every line stays on its line: reports give each statement's line (JSON's `line`, the HTML
/// report's anchors), so blank lines inside the notebook are kept as they are. The text of
/// statements, comments and prose is kept exactly: reports show statements as written, and
/// spacing inside one can change what it means (`35-45` is a range, `35 - 45` a subtraction).
/// Formatting is idempotent.
public enum NotebookFormatter {
    /// One line, split where its code ends and a trailing comment starts.
    struct Line {
        var code: String
        var comment: String?
        var isProseOrHeading: Bool
        var isBlank: Bool { code.isEmpty && comment == nil && !isProseOrHeading }
    }

    /// The text in the canonical layout.
    public static func format(_ text: String) -> String {
        var lines = split(text)
        while lines.last?.isBlank == true { lines.removeLast() }
        return render(lines)
    }

    /// The lines with their trailing comments aligned, block by block of consecutive lines.
    static func render(_ lines: [Line]) -> String {
        var result: [String] = []
        var index = 0
        while index < lines.count {
            // A block: consecutive code lines with trailing comments.
            var end = index
            while end < lines.count, lines[end].comment != nil, !lines[end].code.isEmpty { end += 1 }
            if end > index + 1 {
                let width = lines[index..<end].map { TextWidth.of($0.code) }.max() ?? 0
                for line in lines[index..<end] {
                    let padding = String(repeating: " ", count: width - TextWidth.of(line.code) + 2)
                    result.append(line.code + padding + line.comment!)
                }
                index = end
                continue
            }
            let line = lines[index]
            if let comment = line.comment {
                result.append(line.code.isEmpty ? comment : line.code + "  " + comment)
            } else {
                result.append(line.code)
            }
            index += 1
        }
        return result.isEmpty ? "" : result.joined(separator: "\n") + "\n"
    }

    /// The lines of a text, each split into code and trailing comment by the lexer (so that
    /// `//` inside a string is not a comment).
    static func split(_ text: String) -> [Line] {
        let source = SourceFile(name: "", text: text)
        var lexer = Lexer(source: source)
        // Where each line's last token ends, and which lines are prose or headings.
        var lastTokenEnd: [Int: Int] = [:]
        var proseLines: Set<Int> = []
        var headingLines: Set<Int> = []
        for token in lexer.tokenize() {
            switch token.kind {
            case .newline, .end: continue
            case .prose: proseLines.insert(source.lineNumber(of: token.span.start))
            case .heading: headingLines.insert(source.lineNumber(of: token.span.start))
            default: break
            }
            // A token may span lines (a string across a line break): it counts for its last line.
            let line = source.lineNumber(of: max(token.span.start, token.span.end - 1))
            lastTokenEnd[line] = max(lastTokenEnd[line] ?? 0, token.span.end)
        }
        var lines: [Line] = []
        for number in 1...max(1, source.lineStarts.count) {
            guard number <= source.lineStarts.count else { break }
            let start = source.lineStarts[number - 1]
            var end = number < source.lineStarts.count ? source.lineStarts[number] : source.bytes.count
            while end > start, source.bytes[end - 1] == 10 || source.bytes[end - 1] == 13 { end -= 1 }
            let whole = String(decoding: source.bytes[start..<end], as: UTF8.self)
            if proseLines.contains(number) || headingLines.contains(number) {
                lines.append(
                    Line(code: whole, comment: nil, isProseOrHeading: true))
                continue
            }
            let codeEnd = min(max(start, lastTokenEnd[number] ?? start), end)
            var code = String(decoding: source.bytes[start..<codeEnd], as: UTF8.self)
            if lastTokenEnd[number] == nil { code = "" }
            let rest = String(decoding: source.bytes[codeEnd..<end], as: UTF8.self)
            let trimmedRest = rest.drop { $0 == " " || $0 == "\t" }
            var comment: String? = trimmedRest.hasPrefix("//") ? String(trimmedRest) : nil
            while comment?.last == " " || comment?.last == "\t" { comment?.removeLast() }
            if code.isEmpty, comment == nil, !rest.allSatisfy({ $0 == " " || $0 == "\t" }) {
                // Not code, not a comment (a line of a string across lines): kept as it is.
                code = whole
            }
            // A comment on a line of its own keeps its indentation.
            if code.isEmpty, comment != nil { comment = String(whole.prefix { $0 == " " || $0 == "\t" }) + comment! }
            lines.append(Line(code: code, comment: comment, isProseOrHeading: false))
        }
        // A text ending in a line feed has an empty last line, which is not a line of its own.
        if text.hasSuffix("\n"), lines.last?.isBlank == true { lines.removeLast() }
        return lines
    }
}
