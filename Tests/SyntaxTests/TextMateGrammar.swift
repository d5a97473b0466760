import Foundation

/// A TextMate grammar read from its JSON, with a small matcher, for the editor grammar tests.
///
/// The matcher follows TextMate's rule for one line: at the current position every pattern is
/// searched, the match that starts earliest wins (the first listed on a tie), and inside a
/// `begin`/`end` rule the `end` wins over a pattern that starts at the same place. It knows
/// `match`, `begin`, `end`, `name`, `contentName`, the three kinds of captures, `patterns` and
/// `include` (`#name` and `$self`). Regexes run with `NSRegularExpression` (ICU), not
/// Oniguruma, so the grammar keeps to what both read alike. Every rule of tnb's grammar ends on
/// the line it starts on, so lines are matched one at a time and a rule still open at the end
/// of a line is reported as a problem.
struct TextMateGrammar {
    /// One rule: a `match`, a `begin`/`end` pair, an `include`, or just a list of patterns.
    struct Rule {
        var name: String?
        var contentName: String?
        var match: NSRegularExpression?
        var begin: NSRegularExpression?
        var end: NSRegularExpression?
        var captures: [Int: String] = [:]
        var beginCaptures: [Int: String] = [:]
        var endCaptures: [Int: String] = [:]
        var include: String?
        var patterns: [Rule] = []
        /// The regex text of `match` or `begin`, for reading words out of it.
        var source: String?
        /// Where the rule is in the JSON, for messages.
        var place: String
    }

    /// The scope names that cover one UTF-8 byte, in the order the matcher gave them.
    typealias ScopeStack = [String]

    var scopeName: String
    var patterns: [Rule]
    var repository: [String: Rule]
    /// Regexes that did not compile, and keys that are not what a rule may hold.
    var problems: [String] = []

    /// Reads a grammar from its JSON; a regex that does not compile is recorded in `problems`.
    init(json data: Data) throws {
        let object = try JSONSerialization.jsonObject(with: data)
        guard let top = object as? [String: Any] else { throw Failure("the grammar is not a JSON object") }
        scopeName = top["scopeName"] as? String ?? ""
        patterns = []
        repository = [:]
        var problems: [String] = []
        patterns = Self.rules(top["patterns"], place: "patterns", problems: &problems)
        for (key, value) in (top["repository"] as? [String: Any]) ?? [:] {
            repository[key] = Self.rule(value, place: "repository.\(key)", problems: &problems)
        }
        self.problems = problems
    }

    /// An error reading the grammar's JSON.
    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    /// The rules of a JSON `patterns` list.
    static func rules(_ value: Any?, place: String, problems: inout [String]) -> [Rule] {
        guard let list = value as? [Any] else { return [] }
        return list.enumerated().map { rule($1, place: "\(place)[\($0)]", problems: &problems) }
    }

    /// One rule from its JSON object; what is wrong with it goes to `problems`.
    static func rule(_ value: Any, place: String, problems: inout [String]) -> Rule {
        var rule = Rule(place: place)
        guard let object = value as? [String: Any] else {
            problems.append("\(place): a rule must be an object")
            return rule
        }
        let known: Set<String> = [
            "name", "contentName", "match", "begin", "end", "captures", "beginCaptures", "endCaptures", "include",
            "patterns", "comment",
        ]
        for key in object.keys where !known.contains(key) { problems.append("\(place): unexpected key '\(key)'") }
        func regex(_ key: String) -> NSRegularExpression? {
            guard let text = object[key] as? String else { return nil }
            do {
                return try NSRegularExpression(pattern: text)
            } catch {
                problems.append("\(place).\(key): /\(text)/ does not compile: \(error)")
                return nil
            }
        }
        func captures(_ key: String) -> [Int: String] {
            var names: [Int: String] = [:]
            for (group, value) in (object[key] as? [String: Any]) ?? [:] {
                guard let number = Int(group), let name = (value as? [String: Any])?["name"] as? String else {
                    problems.append("\(place).\(key).\(group): expected a group number and a name")
                    continue
                }
                names[number] = name
            }
            return names
        }
        rule.name = object["name"] as? String
        rule.contentName = object["contentName"] as? String
        rule.match = regex("match")
        rule.begin = regex("begin")
        rule.end = regex("end")
        rule.source = (object["match"] ?? object["begin"]) as? String
        rule.captures = captures("captures")
        rule.beginCaptures = captures("beginCaptures")
        rule.endCaptures = captures("endCaptures")
        rule.include = object["include"] as? String
        rule.patterns = rules(object["patterns"], place: "\(place).patterns", problems: &problems)
        if (rule.begin == nil) != (rule.end == nil), object["begin"] != nil || object["end"] != nil {
            problems.append("\(place): 'begin' and 'end' go together")
        }
        return rule
    }

    /// Every rule, depth first, repository entries included.
    var allRules: [Rule] {
        func walk(_ rule: Rule) -> [Rule] { [rule] + rule.patterns.flatMap(walk) }
        return patterns.flatMap(walk) + repository.sorted { $0.key < $1.key }.flatMap { walk($0.value) }
    }

    /// The rules that can match, with includes and pattern-only rules replaced by what they hold.
    func matchable(_ rules: [Rule], seen: Set<String> = []) -> [Rule] {
        rules.flatMap { rule -> [Rule] in
            if let include = rule.include {
                if include == "$self" {
                    return seen.contains("$self") ? [] : matchable(patterns, seen: seen.union(["$self"]))
                }
                let key = String(include.dropFirst())
                guard include.hasPrefix("#"), let target = repository[key], !seen.contains(key) else { return [] }
                return matchable([target], seen: seen.union([key]))
            }
            if rule.match == nil, rule.begin == nil { return matchable(rule.patterns, seen: seen) }
            return [rule]
        }
    }

    /// Includes that name no repository entry.
    var unresolvedIncludes: [String] {
        allRules.compactMap { rule in
            guard let include = rule.include, include != "$self" else { return nil }
            return include.hasPrefix("#") && repository[String(include.dropFirst())] != nil
                ? nil : "\(rule.place): include '\(include)'"
        }
    }

    /// The scopes of every UTF-8 byte of `text`, matched line by line from the top-level
    /// patterns; `problems` collects rules left open at the end of a line.
    func scopes(of text: String, problems: inout [String]) -> [ScopeStack] {
        var result = [ScopeStack](repeating: [], count: text.utf8.count)
        var lineStart = 0
        for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            var matcher = LineMatcher(grammar: self, line: String(line))
            matcher.scan(matchable(patterns), end: nil, endCaptures: [:])
            if let open = matcher.openRule { problems.append("line \(number + 1): \(open) is still open at its end") }
            for (offset, stack) in matcher.scopesByByte.enumerated() { result[lineStart + offset] = stack }
            lineStart += line.utf8.count + 1
        }
        return result
    }
}

/// Matches one line against a grammar's rules, recording scope names per UTF-8 byte.
struct LineMatcher {
    let grammar: TextMateGrammar
    let text: NSString
    /// The UTF-8 offset of each UTF-16 offset of the line, and one past its end.
    let utf8Offsets: [Int]
    var scopesByByte: [TextMateGrammar.ScopeStack]
    /// A `begin` rule whose `end` was not found on the line.
    var openRule: String?

    init(grammar: TextMateGrammar, line: String) {
        self.grammar = grammar
        self.text = line as NSString
        var offsets: [Int] = []
        var utf8 = 0
        for scalar in line.unicodeScalars {
            for _ in 0..<scalar.utf16.count { offsets.append(utf8) }
            utf8 += scalar.utf8.count
        }
        offsets.append(utf8)
        self.utf8Offsets = offsets
        self.scopesByByte = Array(repeating: [], count: utf8)
    }

    /// Gives `name` to the UTF-16 range of the line.
    mutating func assign(_ name: String?, _ range: NSRange) {
        guard let name, range.location != NSNotFound, range.length > 0 else { return }
        for byte in utf8Offsets[range.location]..<utf8Offsets[range.location + range.length] {
            scopesByByte[byte].append(name)
        }
    }

    /// Gives each capture's name to the range its group matched.
    mutating func assign(_ captures: [Int: String], _ match: NSTextCheckingResult) {
        for (group, name) in captures.sorted(by: { $0.key < $1.key }) where group < match.numberOfRanges {
            assign(name, match.range(at: group))
        }
    }

    /// The first match from `position`, with `^` only at the line's start and lookbehind able to
    /// see what comes before `position`.
    func firstMatch(_ regex: NSRegularExpression, from position: Int) -> NSTextCheckingResult? {
        regex.firstMatch(
            in: text as String, options: [.withTransparentBounds, .withoutAnchoringBounds],
            range: NSRange(location: position, length: text.length - position))
    }

    /// Matches `rules` from `position` until `end` matches (or the line ends); returns the
    /// UTF-16 offset after the end's match and where the end's match started.
    @discardableResult
    mutating func scan(
        _ rules: [TextMateGrammar.Rule], end: NSRegularExpression?, endCaptures: [Int: String], from start: Int = 0,
        opener: String = ""
    ) -> (after: Int, endStart: Int) {
        var position = start
        while position <= text.length {
            let endMatch = end.flatMap { firstMatch($0, from: position) }
            var best: (rule: TextMateGrammar.Rule, match: NSTextCheckingResult)?
            for rule in rules {
                guard let regex = rule.match ?? rule.begin, let match = firstMatch(regex, from: position) else {
                    continue
                }
                if let current = best, current.match.range.location <= match.range.location { continue }
                best = (rule, match)
            }
            if let endMatch, endMatch.range.location <= best?.match.range.location ?? Int.max {
                assign(endCaptures, endMatch)
                return (endMatch.range.location + endMatch.range.length, endMatch.range.location)
            }
            guard let (rule, match) = best else { break }
            if rule.match != nil {
                assign(rule.name, match.range)
                assign(rule.captures, match)
                position = match.range.location + max(match.range.length, 1)
            } else if let ruleEnd = rule.end {
                assign(rule.beginCaptures, match)
                let contentStart = match.range.location + match.range.length
                let inner = grammar.matchable(rule.patterns)
                let (after, endStart) = scan(
                    inner, end: ruleEnd, endCaptures: rule.endCaptures, from: contentStart, opener: rule.place)
                assign(rule.name, NSRange(location: match.range.location, length: after - match.range.location))
                assign(rule.contentName, NSRange(location: contentStart, length: endStart - contentStart))
                position = max(after, match.range.location + 1)
            }
        }
        if end != nil, openRule == nil { openRule = opener }
        return (text.length, text.length)
    }
}
