import Dataset
import Units

extension Provenance {
    /// The dataset figures behind a value, in id order: what `--why`, `:why` and report
    /// Sources sections list.
    public var figures: [Figure] { ids.compactMap(Dataset.figure) }
}

extension Session {
    /// The dataset figures a value was derived from.
    public func figures(of value: Value) -> [Figure] { value.provenance.figures }

    /// The dataset figures behind a defined name, or nil when the name has no value.
    public func figures(ofNamed name: String) -> [Figure]? { value(named: name)?.provenance.figures }
}
