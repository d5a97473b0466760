/// The uncertain inputs a value depends on, by serial number.
///
/// Up to `limit` inputs are listed exactly; past that only the lowest and highest serial are
/// kept, so that a long chain of definitions costs the same per line at its ten-thousandth input
/// as at its first. Disjointness is then decided from the serials' span alone, which is enough
/// for the common shape (a value combined with a range written after everything it depends on)
/// and otherwise answers "maybe shared", never "disjoint" wrongly.
struct InputSet: Sendable {
    static let limit = 64

    /// Sorted serials, while complete.
    private(set) var ids: [Int]
    private(set) var lowest: Int
    private(set) var highest: Int
    /// Whether `ids` lists every input.
    private(set) var isComplete: Bool

    static let empty = InputSet(ids: [], lowest: .max, highest: .min, isComplete: true)

    init(single id: Int) {
        self.init(ids: [id], lowest: id, highest: id, isComplete: true)
    }

    private init(ids: [Int], lowest: Int, highest: Int, isComplete: Bool) {
        self.ids = ids
        self.lowest = lowest
        self.highest = highest
        self.isComplete = isComplete
    }

    var isEmpty: Bool { isComplete && ids.isEmpty }

    /// Whether the two sets certainly share no input.
    func isDisjoint(with other: InputSet) -> Bool {
        if isEmpty || other.isEmpty { return true }
        if highest < other.lowest || other.highest < lowest { return true }
        guard isComplete, other.isComplete else { return false }
        var i = 0
        var j = 0
        while i < ids.count, j < other.ids.count {
            if ids[i] == other.ids[j] { return false }
            if ids[i] < other.ids[j] { i += 1 } else { j += 1 }
        }
        return true
    }

    func union(_ other: InputSet) -> InputSet {
        if other.isEmpty { return self }
        if isEmpty { return other }
        let lowest = Swift.min(lowest, other.lowest)
        let highest = Swift.max(highest, other.highest)
        guard isComplete, other.isComplete, ids.count + other.ids.count <= InputSet.limit * 2 else {
            return InputSet(ids: [], lowest: lowest, highest: highest, isComplete: false)
        }
        var merged: [Int] = []
        merged.reserveCapacity(ids.count + other.ids.count)
        var i = 0
        var j = 0
        while i < ids.count || j < other.ids.count {
            if j == other.ids.count || (i < ids.count && ids[i] < other.ids[j]) {
                merged.append(ids[i])
                i += 1
            } else if i == ids.count || other.ids[j] < ids[i] {
                merged.append(other.ids[j])
                j += 1
            } else {
                merged.append(ids[i])
                i += 1
                j += 1
            }
        }
        guard merged.count <= InputSet.limit else {
            return InputSet(ids: [], lowest: lowest, highest: highest, isComplete: false)
        }
        return InputSet(ids: merged, lowest: lowest, highest: highest, isComplete: true)
    }
}
