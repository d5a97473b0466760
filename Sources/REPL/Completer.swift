import Platform
import Presentation
import Syntax

/// Tab completion for the REPL: a pure function of the line typed so far and what the session
/// knows, so it can be tested without a terminal.
public struct Completer: Sendable {
    /// Names bound to values in the session.
    public var values: [String]
    /// User and built-in functions (completed with a `(`).
    public var functions: [String]
    /// Every name a unit answers to.
    public var units: [String]
    /// The dataset's figure ids.
    public var figureIDs: [String]
    /// The home directory, for `~/` in file names.
    public var home: String?

    /// The language's keywords.
    public static let keywords = Parser.keywords.sorted()

    /// Makes a completer.
    public init(
        values: [String] = [], functions: [String] = [], units: [String] = [], figureIDs: [String] = [],
        home: String? = nil
    ) {
        self.values = values
        self.functions = functions
        self.units = units
        self.figureIDs = figureIDs
        self.home = home
    }

    /// What completing a word gives.
    public struct Completion: Sendable, Equatable {
        /// The word being completed (the text after the last break character).
        public var word: String
        /// The texts that may replace it, sorted, without repeats.
        public var candidates: [String]

        /// Whether a lone candidate is finished and a space should follow it; a namespace
        /// (`anthropic.`), a directory (`notes/`) or a function (`sqrt(`) goes on instead.
        public var appendsSpace: Bool {
            guard candidates.count == 1, let last = candidates[0].last else { return false }
            return !".(/".contains(last)
        }
    }

    /// Characters that end a word, for a line: file names after `:load` and `:save` keep
    /// their `/` and `.`; in statements operators separate words too (but `.` does not,
    /// so a dotted figure id is one word, and `:` does not, so a command is one word).
    public static func breakCharacters(forLine line: String) -> String {
        takesFileName(line) ? " \t\n\"'" : " \t\n\"'`@$><=;|&{}()[]+-*/^,%!#~"
    }

    /// Completes the last word of `line`, the text before the cursor.
    public func complete(_ line: String) -> Completion {
        let breaks = Set(Completer.breakCharacters(forLine: line))
        let word = String(line.reversed().prefix { !breaks.contains($0) }.reversed())
        let before = String(line.dropLast(word.count))
        let leading = before.trimmingBlanks()
        var candidates: [String]
        if MetaCommand.isMetaCommand(line), leading.isEmpty {
            candidates = MetaCommand.Name.allCases.map(\.typed).filter { $0.hasPrefix(word) }
        } else if MetaCommand.isMetaCommand(line) {
            candidates = argumentCandidates(command: firstWord(leading), word: word)
        } else {
            candidates = expressionCandidates(word)
            // The projection's own words, only in a `project` statement.
            if firstWord(leading) == "project", !before.hasSuffix("/") {
                candidates += Parser.projectionKeywords.filter { $0.hasPrefix(word) }
            }
        }
        return Completion(word: word, candidates: Array(Set(candidates)).sorted())
    }

    /// Candidates for a meta command's argument.
    func argumentCandidates(command: String, word: String) -> [String] {
        switch MetaCommand.Name(rawValue: String(command.dropFirst())) ?? MetaCommand.aliases[command] {
        case .load?, .save?: paths(word)
        case .help?: Help.topics.filter { $0.hasPrefix(word) }
        case .why?: (values + figureSegments(word)).filter { $0.hasPrefix(word) }
        case .figures?: figureSegments(word)
        default: []
        }
    }

    /// Candidates for a word in a statement.
    func expressionCandidates(_ word: String) -> [String] {
        if word.contains(".") { return figureSegments(word) }
        let namespaces = figureSegments(word)
        if word.isEmpty { return values + functions.map { $0 + "(" } + namespaces }
        return (values + units + Completer.keywords).filter { $0.hasPrefix(word) }
            + functions.filter { $0.hasPrefix(word) }.map { $0 + "(" } + namespaces
    }

    /// Figure ids completed one dotted segment at a time: `anth` gives `anthropic.`, and
    /// `anthropic.` gives `anthropic.arr_start`, ...
    func figureSegments(_ prefix: String) -> [String] {
        figureIDs.filter { $0.hasPrefix(prefix) }.map { id in
            let rest = id.dropFirst(prefix.count)
            guard let dot = rest.firstIndex(of: ".") else { return id }
            return prefix + rest[...dot]
        }
    }

    /// Notebook files and directories whose path starts with `word`.
    func paths(_ word: String) -> [String] {
        let slash = word.lastIndex(of: "/")
        let directoryPart = slash.map { String(word[...$0]) } ?? ""
        let base = slash.map { String(word[word.index(after: $0)...]) } ?? word
        let directory = directoryPart.isEmpty ? "." : Files.expandingTilde(directoryPart, home: home)
        return Files.list(directory).compactMap { entry in
            guard entry.name.hasPrefix(base), base.hasPrefix(".") || !entry.name.hasPrefix(".") else { return nil }
            if entry.isDirectory { return directoryPart + entry.name + "/" }
            return entry.name.hasSuffix(".tnb") ? directoryPart + entry.name : nil
        }
    }

    /// Whether a line's argument is a file name.
    static func takesFileName(_ line: String) -> Bool {
        guard MetaCommand.isMetaCommand(line) else { return false }
        let text = line.drop { $0 == " " || $0 == "\t" }
        let word = firstWord(String(text))
        return [":load", ":save"].contains(word) && text.count > word.count
    }

    func firstWord(_ text: String) -> String { Completer.firstWord(text) }

    static func firstWord(_ text: String) -> String {
        String(text.prefix { $0 != " " && $0 != "\t" })
    }
}
