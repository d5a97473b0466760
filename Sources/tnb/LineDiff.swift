import Platform
import Presentation

/// A unified-style line diff, for `tnb run --check` on a stale report.
public enum LineDiff {
    /// Lines of context around each change.
    static let context = 3
    /// Above this many cells the diff table would be too large: the changed middle is shown whole.
    static let maximumCells = 4_000_000

    enum Edit: Equatable {
        case same(String)
        case removed(String)
        case added(String)
    }

    /// `--- old` / `+++ new` headers and `@@ -a,b +c,d @@` hunks; empty when the texts are equal.
    public static func unified(old: String, new: String, oldName: String, newName: String) -> String {
        guard old != new else { return "" }
        let edits = diff(lines(old), lines(new))
        var out = "--- \(oldName)\n+++ \(newName)\n"
        var oldLine = [Int](repeating: 0, count: edits.count + 1)
        var newLine = [Int](repeating: 0, count: edits.count + 1)
        for (index, edit) in edits.enumerated() {
            if case .added = edit {
                oldLine[index + 1] = oldLine[index]
            } else {
                oldLine[index + 1] = oldLine[index] + 1
            }
            if case .removed = edit {
                newLine[index + 1] = newLine[index]
            } else {
                newLine[index + 1] = newLine[index] + 1
            }
        }
        let changed = edits.indices.filter { if case .same = edits[$0] { return false } else { return true } }
        var hunkStart = 0
        while hunkStart < changed.count {
            var hunkEnd = hunkStart
            while hunkEnd + 1 < changed.count, changed[hunkEnd + 1] - changed[hunkEnd] <= 2 * context { hunkEnd += 1 }
            let first = max(0, changed[hunkStart] - context)
            let last = min(edits.count, changed[hunkEnd] + context + 1)
            let oldCount = oldLine[last] - oldLine[first]
            let newCount = newLine[last] - newLine[first]
            out += "@@ -\(range(oldLine[first], oldCount)) +\(range(newLine[first], newCount)) @@\n"
            for edit in edits[first..<last] {
                switch edit {
                case .same(let line): out += " " + line + "\n"
                case .removed(let line): out += "-" + line + "\n"
                case .added(let line): out += "+" + line + "\n"
                }
            }
            hunkStart = hunkEnd + 1
        }
        return out
    }

    static func range(_ start: Int, _ count: Int) -> String {
        count == 0 ? "\(start),0" : count == 1 ? "\(start + 1)" : "\(start + 1),\(count)"
    }

    static func lines(_ text: String) -> [String] {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// The edits turning `a` into `b`, from a longest common subsequence of lines.
    static func diff(_ a: [String], _ b: [String]) -> [Edit] {
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == b[prefix] { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix, a[a.count - 1 - suffix] == b[b.count - 1 - suffix] {
            suffix += 1
        }
        let middleA = Array(a[prefix..<(a.count - suffix)])
        let middleB = Array(b[prefix..<(b.count - suffix)])
        var edits = a[..<prefix].map { Edit.same($0) }
        edits += middle(middleA, middleB)
        edits += a[(a.count - suffix)...].map { Edit.same($0) }
        return edits
    }

    static func middle(_ a: [String], _ b: [String]) -> [Edit] {
        guard a.count * b.count <= maximumCells else { return a.map { .removed($0) } + b.map { .added($0) } }
        let columns = b.count + 1
        var table = [Int](repeating: 0, count: (a.count + 1) * columns)
        for i in stride(from: a.count - 1, through: 0, by: -1) {
            for j in stride(from: b.count - 1, through: 0, by: -1) {
                table[i * columns + j] =
                    a[i] == b[j]
                    ? table[(i + 1) * columns + j + 1] + 1
                    : max(table[(i + 1) * columns + j], table[i * columns + j + 1])
            }
        }
        var edits: [Edit] = []
        var i = 0
        var j = 0
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                edits.append(.same(a[i]))
                i += 1
                j += 1
            } else if i < a.count, j == b.count || table[(i + 1) * columns + j] >= table[i * columns + j + 1] {
                edits.append(.removed(a[i]))
                i += 1
            } else {
                edits.append(.added(b[j]))
                j += 1
            }
        }
        return edits
    }
}
