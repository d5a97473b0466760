import Evaluation
import Presentation

/// What each expression of `text` shows, run in a new session, in order.
func displays(_ text: String) -> [String] {
    var session = Session()
    return session.run(text).results.compactMap {
        if case .value(let value) = $0.outcome { return ValueFormatter().display(value) }
        return nil
    }
}

/// The ids of the diagnostics `text` gives in a new session, in order.
func errorIDs(_ text: String) -> [String] {
    var session = Session()
    return session.run(text).diagnostics.map(\.id)
}
