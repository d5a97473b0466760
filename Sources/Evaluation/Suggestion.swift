/// Did-you-mean: the closest candidate by edit distance, if it is close enough.
///
/// Bounded so that thousands of misspelt names among thousands of definitions stay fast: a
/// candidate whose length differs by more than the distance allowed is skipped without looking
/// at its letters, the distance is computed only in the band the limit allows and abandoned as
/// soon as it exceeds the limit (or the best found so far), and one search computes at most
/// `maximumCells` cells: past that it suggests only a candidate one edit away, since a better
/// one may be among those it did not look at.
public struct Suggestion {
    /// The most distance cells one search computes: about 4,000 names of ten letters in the
    /// length band, so every notebook of ordinary size gets its full suggestions, and a search
    /// among far more names stays bounded (about a millisecond).
    static let maximumCells = 300_000

    let name: String
    let target: [UInt8]
    let limit: Int
    var best: (name: String, distance: Int)?
    var cells = 0
    /// Two rows of the distance table, reused for every candidate.
    var previous: [Int] = []
    var current: [Int] = []

    /// Starts a search for names close to `name`.
    public init(for name: String) {
        self.name = name
        target = Array(name.lowercased().utf8)
        limit = target.count <= 2 ? 0 : min(3, (target.count + 3) / 4)
    }

    /// Weighs one candidate; candidates can come from several tables without being copied into one.
    public mutating func consider(_ candidate: String) {
        // The length first: it costs nothing, and rules out most candidates.
        guard abs(candidate.utf8.count - target.count) <= limit, cells < Suggestion.maximumCells, candidate != name,
            candidate.count > 1
        else { return }
        let bound = min(limit, best?.distance ?? limit)
        cells += (2 * bound + 1) * target.count
        var candidate = candidate
        let distance =
            candidate.withUTF8 { bytes in
                Suggestion.editDistance(target, bytes, limit: bound, rows: &previous, &current)
            }
        guard distance <= bound else { return }
        if let current = best, distance > current.distance || distance == current.distance && candidate >= current.name
        {
            return
        }
        best = (candidate, distance)
    }

    /// The closest candidate considered, if it is close enough to be a likely typo.
    public var closest: String? {
        guard let best, cells < Suggestion.maximumCells || best.distance <= 1 else { return nil }
        return best.name
    }

    /// The candidate closest to `name`, if one is close enough to be a likely typo.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        var search = Suggestion(for: name)
        for candidate in candidates { search.consider(candidate) }
        if search.best == nil, name.contains(".") { return dottedTail(of: name, among: candidates) }
        return search.closest
    }

    /// A dotted id whose last part is right but whose prefix is wrong.
    static func dottedTail(of name: String, among candidates: [String]) -> String? {
        let tail = name.split(separator: ".").last.map(String.init) ?? name
        return candidates.filter { $0.hasSuffix("." + tail) }.sorted().first
    }

    /// Levenshtein distance between `a` (lowercase) and `b` (compared with ASCII letters
    /// lowercased), computed only within `limit` of the diagonal and giving up as soon as it must
    /// exceed `limit` (then it returns `limit + 1`).
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        var previous: [Int] = []
        var current: [Int] = []
        return b.withUnsafeBufferPointer { editDistance(a, $0, limit: limit, rows: &previous, &current) }
    }

    /// The same, on bytes in place, with two rows of scratch space the caller keeps.
    static func editDistance(
        _ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>, limit: Int, rows previous: inout [Int], _ current: inout [Int]
    ) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        // A shared prefix and suffix cost nothing (names often share both): only the middle
        // goes through the table.
        func lower(_ byte: UInt8) -> UInt8 { byte >= 65 && byte <= 90 ? byte + 32 : byte }
        var prefix = 0
        while prefix < a.count, prefix < b.count, a[prefix] == lower(b[prefix]) { prefix += 1 }
        var suffix = 0
        while suffix < a.count - prefix, suffix < b.count - prefix,
            a[a.count - 1 - suffix] == lower(b[b.count - 1 - suffix])
        {
            suffix += 1
        }
        if prefix > 0 || suffix > 0 {
            let middle = Array(a[prefix..<(a.count - suffix)])
            return bandedDistance(
                middle, UnsafeBufferPointer(rebasing: b[prefix..<(b.count - suffix)]), limit: limit,
                rows: &previous, &current)
        }
        return bandedDistance(a, b, limit: limit, rows: &previous, &current)
    }

    /// The banded table itself, for strings with no shared prefix or suffix left.
    static func bandedDistance(
        _ a: [UInt8], _ b: UnsafeBufferPointer<UInt8>, limit: Int, rows previous: inout [Int], _ current: inout [Int]
    ) -> Int {
        if a.isEmpty || b.isEmpty { return min(max(a.count, b.count), limit + 1) }
        let outside = limit + 1
        if previous.count < b.count + 1 {
            previous = [Int](repeating: outside, count: b.count + 1)
            current = previous
        }
        for j in 0...b.count {
            previous[j] = j <= limit ? j : outside
            current[j] = outside
        }
        for i in 1...a.count {
            let low = max(1, i - limit)
            let high = min(b.count, i + limit)
            current[0] = i <= limit ? i : outside
            if low > 1 { current[low - 1] = outside }
            var rowMinimum = current[0]
            if low <= high {
                for j in low...high {
                    var byte = b[j - 1]
                    if byte >= 65, byte <= 90 { byte += 32 }
                    let cost = a[i - 1] == byte ? 0 : 1
                    current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost, outside)
                    rowMinimum = min(rowMinimum, current[j])
                }
            }
            if high < b.count { current[high + 1] = outside }
            if rowMinimum > limit { return outside }
            swap(&previous, &current)
        }
        return min(previous[b.count], outside)
    }
}
