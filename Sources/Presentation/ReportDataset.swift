import Dataset
import Diagnostics

/// How a report names the dataset it used, so that a reader (and `tnb run --check`) can tell
/// when the figures behind it have changed.
public enum ReportDataset {
    /// The line under a report's Sources: `Dataset version 2, sha256 0123456789ab.`
    public static var line: String {
        "Dataset version \(Dataset.version), sha256 \(Dataset.shortDigest)."
    }

    /// The JSON report's `dataset` object: the version and full digest, or null when the
    /// report used no figure (it does not depend on the dataset).
    static func json(used: Bool) -> String {
        guard used else { return "null" }
        return JSON.object([("version", JSON.quote(Dataset.version)), ("digest", JSON.quote(Dataset.digest))])
    }
}

extension ReportDataset {
    /// What changed in the dataset between a report on disk and the same report rendered now:
    /// the old report's dataset version when it differs from this one (nil when it is the same
    /// or the old report names none), and the figures, among `ids`, whose entry in the Sources
    /// differs (in any of the text, Markdown and JSON layouts).
    public static func changes(old: String, new: String, ids: [String]) -> (oldVersion: String?, figures: [String]) {
        let was = mark(in: old)
        guard let was, was.digest != mark(in: new)?.digest else { return (nil, []) }
        let oldLines = old.split(separator: "\n", omittingEmptySubsequences: false)
        let newLines = new.split(separator: "\n", omittingEmptySubsequences: false)
        let changed = ids.filter { id in
            guard let before = entry(of: id, in: oldLines), let after = entry(of: id, in: newLines) else {
                return false
            }
            return before != after
        }
        return (was.version, changed)
    }

    /// The dataset version and digest (short or full) a report names.
    static func mark(in report: String) -> (version: String, digest: String)? {
        for line in report.split(separator: "\n") {
            if let found = line.firstMatch(of: /Dataset version (\S+), sha256 ([0-9a-f]+)\./) {
                return (String(found.1), String(found.2))
            }
            if let found = line.firstMatch(of: /"dataset": \{"version": "([^"]+)", "digest": "([0-9a-f]{12})/) {
                return (String(found.1), String(found.2))
            }
        }
        return nil
    }

    /// A figure's entry in a report's Sources: the text report's indented block, the Markdown
    /// item, or the JSON object on its line.
    static func entry(of id: String, in lines: [Substring]) -> String? {
        let starts = ["  \(id): ", "- **\(id)**: ", "    {\"id\": \"\(id)\", \"label\""]
        guard let first = lines.firstIndex(where: { line in starts.contains { line.hasPrefix($0) } }) else {
            return nil
        }
        var end = first + 1
        if lines[first].hasPrefix("  \(id): ") {
            while end < lines.count, lines[end].hasPrefix("    ") { end += 1 }
        }
        return lines[first..<end].joined(separator: "\n")
    }
}
