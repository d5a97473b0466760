import Diagnostics
import Evaluation
import Syntax
import Units

/// What changed between two JSON reports of a notebook, value by value, grouped by cause: the
/// params, definitions, dataset figures, scenarios and as-of that changed themselves, and the
/// values that changed only because something they use did (followed through each value's
/// `uses` in the report, never guessed).
public struct ReportDiff: Sendable {
    /// One named value that changed, appeared or went away.
    public struct Change: Sendable {
        /// Its name (for a scenario's value, `name [scenario]`).
        public var name: String
        /// How it showed before, or nil when it is new.
        public var old: String?
        /// How it shows now, or nil when it is gone.
        public var new: String?
        /// The change in words (`+20%`, `+5 points`, `-2 months`), when there is one to say.
        public var amount: String?
    }

    /// Changes that share their causes.
    public struct Group: Sendable {
        /// What caused them, in words: `param 'growth' changed: 15% → 20%`.
        public var causes: [String]
        /// Whether the changes are of the causes themselves (rather than of what uses them).
        public var direct: Bool
        /// The changes, in report order.
        public var changes: [Change]
    }

    /// The groups, direct causes first, in report order.
    public private(set) var groups: [Group] = []

    /// Whether nothing changed.
    public var isEmpty: Bool { groups.isEmpty }

    /// How many values changed, appeared or went away.
    public var count: Int { groups.reduce(0) { $0 + $1.changes.count } }

    /// A named value as a report gives it.
    struct Item {
        var display: String
        /// The value's own fields, encoded: two items are the same value when these are equal.
        var key: String
        /// The statements that define it, as written (a `let` and the `project` that builds on it).
        var statements: [String]
        var uses: [String]
        var isParam: Bool
        var isSet: Bool
        var fields: JSONValue
    }

    /// A report read back: its values by name (in order), figures, scenarios and as-of.
    struct Snapshot {
        var order: [String] = []
        var items: [String: Item] = [:]
        var figures: [String: (display: String, key: String)] = [:]
        var scenarios: [String: String] = [:]
        var asOf: String?

        init(_ report: JSONValue, scenario: String? = nil) {
            asOf = report["as_of"]?.string
            var values = report["values"]?.array ?? []
            var asserts = report["asserts"]?.array ?? []
            if let scenario {
                let column = report["scenarios"]?.array?.first { $0["name"]?.string == scenario }
                values = column?["values"]?.array ?? []
                asserts = column?["asserts"]?.array ?? []
            }
            for value in values {
                guard let name = value["name"]?.string else { continue }
                var own: [(key: String, value: JSONValue)] = []
                if case .object(let members) = value {
                    let context: Set<String> = [
                        "name", "line", "source", "uses", "param", "set", "scenario", "projection",
                    ]
                    own = members.filter { !context.contains($0.key) }
                }
                let source = value["source"]?.string ?? ""
                let uses = value["uses"]?.array?.compactMap(\.string) ?? []
                var item = Item(
                    display: value["display"]?.string ?? JSONValue.object(own).encoded,
                    key: JSONValue.object(own).encoded, statements: [source], uses: uses,
                    isParam: value["param"] == .bool(true), isSet: value["set"] == .bool(true), fields: value)
                if let earlier = items[name] {
                    // `let x` then `project x`: one value defined in two statements.
                    item.statements = earlier.statements + [source]
                    item.uses = Array(Set(earlier.uses + uses)).sorted()
                    item.isParam = earlier.isParam
                    item.isSet = earlier.isSet
                } else {
                    order.append(name)
                }
                items[name] = item
            }
            // An assert is listed by its text, and uses the names its comparison mentions.
            let defined = Set(order)
            for assert in asserts {
                guard let source = assert["source"]?.string, items[source] == nil else { continue }
                let parsed = Parser.parse(SourceFile(name: "", text: source)).statements
                let uses = parsed.first.map { FreeNames.of($0).intersection(defined).sorted() } ?? []
                let result = assert["result"]?.string == "pass" ? "passed" : "FAILED"
                order.append(source)
                items[source] = Item(
                    display: result, key: result, statements: [source], uses: uses, isParam: false, isSet: false,
                    fields: .null)
            }
            for figure in report["sources"]?.array ?? [] {
                guard let id = figure["id"]?.string else { continue }
                figures[id] = (figure["display"]?.string ?? figure["value"]?.encoded ?? "", figure.encoded)
            }
            for column in report["scenarios"]?.array ?? [] {
                guard let name = column["name"]?.string else { continue }
                let settings = column["settings"]?.array ?? []
                scenarios[name] = settings.map { "\($0["name"]?.string ?? "") = \($0["display"]?.string ?? "")" }
                    .joined(separator: ", ")
            }
        }
    }

    /// Compares two reports (old, new). A value is listed when it differs; it is grouped under
    /// its own change when its param's value or its definition's text changed, and otherwise
    /// under what it uses (directly or through other values) that changed.
    public init(old: JSONValue, new: JSONValue, numbers: NumberFormatter = NumberFormatter()) {
        let before = Snapshot(old)
        let after = Snapshot(new)
        var causes: [String: String] = [:]  // a root name → its change in words
        var short: [String: String] = [:]  // a root name → how its dependents name it
        var changed: [Change] = []
        var changedNames: [String] = []
        for name in after.order {
            guard let now = after.items[name] else { continue }
            guard let was = before.items[name] else {
                changed.append(Change(name: name, old: nil, new: now.display, amount: nil))
                changedNames.append(name)
                causes[name] = "'\(name)' is new: " + now.statements.joined(separator: "; ")
                short[name] = "'\(name)' is new"
                continue
            }
            if now.isParam, was.key != now.key {
                let how =
                    was.statements != now.statements && !was.statements.contains("")
                    ? " (its default)" : now.isSet ? " (set on the command line)" : was.isSet ? " (no longer set)" : ""
                causes[name] = "param '\(name)': \(was.display) → \(now.display)\(how)"
                short[name] = "'\(name)'"
            } else if was.statements != now.statements, !was.statements.contains(""), !now.statements.contains("") {
                // Only the statements that differ (a `let` and its `project` are one definition).
                let old = was.statements
                let new = now.statements
                let removed = old.filter { !new.contains($0) }.joined(separator: "; ")
                let added = new.filter { !old.contains($0) }.joined(separator: "; ")
                causes[name] = "the definition of '\(name)': \(removed) → \(added)"
                short[name] = "'\(name)'"
            }
            if was.key != now.key {
                changed.append(
                    Change(
                        name: name, old: was.display, new: now.display,
                        amount: ReportDiff.amount(was.fields, now.fields, numbers)))
                changedNames.append(name)
            }
        }
        for name in before.order where after.items[name] == nil {
            changed.append(Change(name: name, old: before.items[name]?.display, new: nil, amount: nil))
            changedNames.append(name)
            causes[name] = "'\(name)' was removed"
            short[name] = "'\(name)'"
        }
        // Figures and as-of: causes of everything that mentions them.
        var figureCauses: [String: String] = [:]
        for (id, now) in after.figures.sorted(by: { $0.key < $1.key }) {
            if let was = before.figures[id], was.key != now.key {
                figureCauses[id] = "dataset figure '\(id)' (\(was.display) → \(now.display))"
            }
        }
        var general: [String] = []
        if before.asOf != after.asOf {
            general.append("as of changed: \(before.asOf ?? "none") → \(after.asOf ?? "none")")
        }
        for name in Set(before.scenarios.keys).union(after.scenarios.keys).sorted()
        where before.scenarios[name] != after.scenarios[name] {
            let how =
                before.scenarios[name] == nil ? "is new" : after.scenarios[name] == nil ? "was removed" : "changed"
            general.append("scenario '\(name)' \(how)")
        }

        // Each change's causes: its own, else the roots and figures among what it uses.
        var grouped: [(causes: [String], direct: Bool, change: Change)] = []
        for (name, change) in zip(changedNames, changed) {
            if let own = causes[name] {
                grouped.append(([own], true, change))
                continue
            }
            let ancestors = ReportDiff.ancestors(of: name, in: after, before)
            var found = ancestors.compactMap { short[$0] }.sorted()
            for (id, cause) in figureCauses.sorted(by: { $0.key < $1.key })
            where ([name] + ancestors).contains(where: {
                after.items[$0]?.statements.contains { $0.contains(id) } ?? false
            }) {
                found.append(cause)
            }
            if found.isEmpty {
                found = general.isEmpty ? ["something outside the notebook changed (tnb or its dataset)"] : general
            }
            grouped.append((found, false, change))
        }
        // Each scenario's values: a change there that base does not share is the scenario's own.
        for name in before.scenarios.keys.sorted() where after.scenarios[name] == nil {
            let change = Change(name: "scenario \(name)", old: before.scenarios[name], new: nil, amount: nil)
            grouped.append((["scenario '\(name)' was removed"], true, change))
        }
        for name in after.scenarios.keys.sorted() where name != "base" {
            let was = Snapshot(old, scenario: name)
            let now = Snapshot(new, scenario: name)
            let settings =
                before.scenarios[name] == nil
                ? "scenario '\(name)' is new"
                : before.scenarios[name] != after.scenarios[name]
                    ? "scenario '\(name)': \(before.scenarios[name] ?? "") → \(after.scenarios[name] ?? "")" : nil
            if let settings, settings.hasSuffix("is new") {
                grouped.append(
                    (
                        [settings], true,
                        Change(name: "scenario \(name)", old: nil, new: after.scenarios[name], amount: nil)
                    ))
                continue
            }
            for value in now.order {
                guard let a = was.items[value], let b = now.items[value], a.key != b.key else { continue }
                let baseChanged = changedNames.contains(value)
                guard settings != nil || !baseChanged else { continue }
                let change = Change(
                    name: "\(value) [\(name)]", old: a.display, new: b.display,
                    amount: ReportDiff.amount(a.fields, b.fields, numbers))
                grouped.append(([settings ?? "scenario '\(name)'"], settings != nil, change))
            }
        }
        for entry in grouped {
            if let index = groups.firstIndex(where: { $0.causes == entry.causes && $0.direct == entry.direct }) {
                groups[index].changes.append(entry.change)
            } else {
                groups.append(Group(causes: entry.causes, direct: entry.direct, changes: [entry.change]))
            }
        }
        groups.sort { $0.direct && !$1.direct }
    }

    /// Every name `name` uses, directly or through others, in the new report (or the old).
    static func ancestors(of name: String, in after: Snapshot, _ before: Snapshot) -> [String] {
        var seen: Set<String> = [name]
        var order: [String] = []
        var queue = [name]
        while let next = queue.popLast() {
            for use in after.items[next]?.uses ?? before.items[next]?.uses ?? [] where seen.insert(use).inserted {
                order.append(use)
                queue.append(use)
            }
        }
        return order
    }

    /// The change between two values in words: relative for amounts of one unit, in points for
    /// percentages, in periods for periods; nil for anything else (ranges, series, text).
    static func amount(_ old: JSONValue, _ new: JSONValue, _ numbers: NumberFormatter) -> String? {
        if let a = old["value"]?.number, let b = new["value"]?.number, old["unit"] == new["unit"], a != b {
            if old["unit"]?.string == "%" { return signed(b - a, numbers) + " points" }
            guard a != 0 else { return nil }
            return signed((b - a) / abs(a) * 100, numbers) + "%"
        }
        if let a = old["period"]?.string.flatMap(Session.period), let b = new["period"]?.string.flatMap(Session.period),
            a.granularity == b.granularity, a != b
        {
            return periodChange((b.firstMonth - a.firstMonth) / a.granularity.months, a.granularity)
        }
        return nil
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ items: [String]) -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " and " + items[items.count - 1]
    }

    static func signed(_ value: Double, _ numbers: NumberFormatter) -> String {
        (value > 0 ? "+" : "") + numbers.format(value)
    }

    /// The diff for people: a count, then each group with its causes and changes.
    public var text: String {
        guard !isEmpty else { return "no values changed\n" }
        var out = count == 1 ? "1 value changed\n" : "\(count) values changed\n"
        for group in groups {
            out += "\n"
            if group.direct {
                out += group.causes.map { "Changed: " + $0 + "\n" }.joined()
            } else {
                out += "Because " + ReportDiff.list(group.causes) + " changed:\n"
            }
            for change in group.changes {
                out += "  \(change.name): \(change.old ?? "(none)") → \(change.new ?? "(removed)")"
                out += change.amount.map { " (\($0))" } ?? ""
                out += "\n"
            }
        }
        return out
    }

    /// The same as JSON: `{"changed": N, "groups": [{"causes": [...], "direct": true, "changes": [...]}]}`.
    public var json: String {
        let items = groups.map { group in
            let changes = group.changes.map { change in
                JSON.object([
                    ("name", JSON.quote(change.name)), ("old", change.old.map(JSON.quote) ?? "null"),
                    ("new", change.new.map(JSON.quote) ?? "null"), ("change", change.amount.map(JSON.quote) ?? "null"),
                ])
            }
            return JSON.object([
                ("causes", JSON.array(group.causes.map(JSON.quote))), ("direct", group.direct ? "true" : "false"),
                ("changes", JSON.array(changes)),
            ])
        }
        return "{\"changed\": \(count), \"groups\": " + JSON.array(items) + "}\n"
    }
}
