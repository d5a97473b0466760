/// Did-you-mean: the closest candidate by edit distance, if it is close enough.
public enum Suggestion {
    /// The candidate closest to `name`, if one is close enough to be a likely typo.
    public static func closest(to name: String, among candidates: [String]) -> String? {
        let target = Array(name.lowercased().utf8)
        let limit = target.count <= 2 ? 0 : min(3, (target.count + 3) / 4)
        var best: (String, Int)?
        for candidate in Set(candidates) where candidate != name {
            let distance = editDistance(target, Array(candidate.lowercased().utf8), limit: limit)
            guard distance <= limit, candidate.count > 1 else { continue }
            if best == nil || distance < best!.1 || distance == best!.1 && candidate < best!.0 {
                best = (candidate, distance)
            }
        }
        if best == nil, name.contains(".") {
            // A dotted id whose last part is right but whose prefix is wrong.
            let tail = name.split(separator: ".").last.map(String.init) ?? name
            return candidates.filter { $0.hasSuffix("." + tail) }.sorted().first
        }
        return best?.0
    }

    /// Levenshtein distance, giving up early past `limit`.
    static func editDistance(_ a: [UInt8], _ b: [UInt8], limit: Int) -> Int {
        if abs(a.count - b.count) > limit { return limit + 1 }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...max(1, a.count) where !a.isEmpty {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...max(1, b.count) where !b.isEmpty {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return a.isEmpty ? b.count : previous[b.count]
    }
}
