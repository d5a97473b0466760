/// One figure of the interview: a value as tnb source text, what the words around it hedge,
/// how the value was read, and who said and wrote it.
public struct Figure: Sendable, Equatable {
    /// A stable dotted id: `semianalysis.token_spend`.
    public var id: String
    /// A short description.
    public var label: String
    /// The value as tnb source: `$7M/yr`, `$35-45B/yr`, `7-8 years`; a date is a period
    /// (`2028`, `Feb 2026`, `Fall 2026`).
    public var value: String
    /// The hedges of the source, from `Qualifier.vocabulary`: at most one bound (`over`,
    /// `floor`, `open-ended`, ...) and any number of modal words (`projected`, `reportedly`).
    public var qualifiers: [String]
    /// Whether the number is written in the text, read from words, or computed from a number.
    public var basis: Basis
    /// For an interpreted or derived value, how it was read: `"tens of thousands" read as
    /// $10k to $99k`.
    public var reading: String?
    /// The period it refers to (`Apr 2026`, `2028`, `end of 2026`, `within 3 months of Apr 2026`),
    /// or nil when the text gives none.
    public var period: String?
    /// Whether the text states the period or the dataset inferred it; nil without a period.
    public var periodBasis: PeriodBasis?
    /// Why an inferred period was inferred.
    public var periodReason: String?
    /// Topic tags.
    public var topics: [String]
    /// Whose claim it is: `Dylan Patel`, `Brian Wang`, `Nuggets AI` or `reader`.
    public var speaker: String
    /// Who wrote the sentence: `Nuggets AI` (the summary), `Brian Wang` (the article) or `reader`.
    public var author: String
    /// Whether the sentence gives the speaker's own words or a paraphrase.
    public var form: Form
    /// Which document: `summary` or `article`.
    public var source: String
    /// The interview timestamp (`00:01:30`) where the source gives one.
    public var timestamp: String?
    /// A short verbatim quote from the source.
    public var quote: String
    /// The 1-based line of the `id:` field in the data text, for error messages.
    public var line: Int

    /// How a value was obtained from the text.
    public enum Basis: String, Sendable, CaseIterable {
        /// The number is written in the text.
        case stated
        /// The text gives words (`tens of thousands`), and the dataset chose a reading.
        case interpreted
        /// The value is computed from a stated number (`600x` from `1/600th the cost`).
        case derived
    }

    /// Where a period came from.
    public enum PeriodBasis: String, Sendable, CaseIterable {
        /// The sentence gives it.
        case stated
        /// The dataset worked it out (`now` as the interview's month), with a reason.
        case inferred
    }

    /// Whether a sentence gives the speaker's words.
    public enum Form: String, Sendable, CaseIterable {
        /// The speaker's words, quoted by the author (the summary's pull quotes).
        case quote
        /// The author's account of what the speaker said.
        case paraphrase
        /// The author's own claim: the speaker wrote the sentence.
        case ownWords = "own words"
    }

    /// The figure's one bound qualifier, if it has one.
    public var bound: Qualifier? {
        qualifiers.lazy.compactMap(Qualifier.named).first { $0.meaning != .modal }
    }

    /// An amount's text with the figure's hedges: the bound first, then the modal words, the
    /// first written outermost (`projected $100B or more`).
    public func qualified(_ amount: String) -> String { Qualifier.apply(qualifiers, to: amount) }
}

/// A hedge the source puts on a figure, and what it means for comparisons.
public struct Qualifier: Sendable, Equatable {
    /// What a qualifier says about the figure's amount.
    public enum Meaning: Sendable, Equatable {
        /// More than the stated amount (`over 25%`).
        case above
        /// The stated amount or more (`a floor of 72%`, `$100B+`).
        case atLeast
        /// Less than the stated amount (`fractions of a penny`).
        case below
        /// The stated amount or less (`up to`, `within 3 months`).
        case atMost
        /// Roughly the stated amount (`about`, `~`, `close to`).
        case approximate
        /// Says how sure or how official the claim is, not how big (`projected`, `reportedly`).
        case modal
    }

    /// The word as the data writes it.
    public var name: String
    /// What it means for comparisons.
    public var meaning: Meaning
    /// How a figure's display shows it: `over %@`; `%@` is the amount.
    public var template: String
    /// What it means, for docs and `:help`.
    public var summary: String

    /// The qualifiers a figure may carry, in the order docs/dataset.md lists them.
    public static let vocabulary: [Qualifier] = [
        Qualifier(name: "over", meaning: .above, template: "over %@", summary: "more than the amount (\"over 25%\")"),
        Qualifier(
            name: "floor", meaning: .atLeast, template: "a floor of %@",
            summary: "the amount or more, as a floor (\"a floor of 72%\")"),
        Qualifier(
            name: "open-ended", meaning: .atLeast, template: "%@ or more",
            summary: "the amount or more, with no upper end (a trailing \"+\": \"$100B+\", \"7–8+ years\")"),
        Qualifier(
            name: "under", meaning: .below, template: "under %@",
            summary: "less than the amount (\"fractions of a penny\")"),
        Qualifier(
            name: "within", meaning: .atMost, template: "within %@",
            summary: "no longer than the amount (\"within 3 months\", \"within the next quarter\")"),
        Qualifier(
            name: "about", meaning: .approximate, template: "about %@",
            summary: "roughly the amount (\"about two years\")"),
        Qualifier(
            name: "approximately", meaning: .approximate, template: "~%@", summary: "roughly the amount (\"~30%\")"),
        Qualifier(
            name: "close to", meaning: .approximate, template: "close to %@",
            summary: "nearly the amount (\"close to a trillion\")"),
        Qualifier(
            name: "could", meaning: .modal, template: "could be %@", summary: "a possibility (\"could eclipse 100%\")"),
        Qualifier(
            name: "maybe", meaning: .modal, template: "maybe %@", summary: "a guess (\"maybe two years from now\")"),
        Qualifier(
            name: "projected", meaning: .modal, template: "projected %@",
            summary: "a projection (\"Patel projects\", \"projected $100B+\")"),
        Qualifier(
            name: "predicted", meaning: .modal, template: "predicted %@",
            summary: "a prediction (\"Patel predicts\", \"Dylan predicts\")"),
        Qualifier(
            name: "targeted", meaning: .modal, template: "targeted %@",
            summary: "a goal, not a result (\"a targeted $35-$45 billion ARR\")"),
        Qualifier(
            name: "reportedly", meaning: .modal, template: "reportedly %@",
            summary: "hearsay (\"reportedly adding $10 billion a month\")"),
    ]

    /// The qualifier a word names.
    public static func named(_ name: String) -> Qualifier? { byName[name] }

    static let byName: [String: Qualifier] = {
        var table: [String: Qualifier] = [:]
        for qualifier in vocabulary { table[qualifier.name] = qualifier }
        return table
    }()

    /// An amount's text with hedges: the bound first, then the modal words, the first written
    /// outermost (`projected $100B or more`). Words outside the vocabulary are left out.
    public static func apply(_ names: [String], to amount: String) -> String {
        let qualifiers = names.compactMap(named)
        var text = qualifiers.first { $0.meaning != .modal }?.apply(to: amount) ?? amount
        for qualifier in qualifiers.reversed() where qualifier.meaning == .modal { text = qualifier.apply(to: text) }
        return text
    }

    /// An amount's text with this qualifier: `over 25%`.
    public func apply(to amount: String) -> String {
        guard let marker = template.firstRange(of: "%@") else { return amount }
        return template[..<marker.lowerBound] + amount + template[marker.upperBound...]
    }
}

/// A place where the two documents, or two sentences of one, disagree.
public struct Disagreement: Sendable, Equatable {
    /// A stable id: `arr_growth_multiple`.
    public var id: String
    /// What kind of disagreement: see `Disagreement.kinds`.
    public var kind: String
    /// The figures on either side.
    public var rows: [String]
    /// What differs, in a sentence or two.
    public var differs: String
    /// The 1-based line of the `id:` field in the data text.
    public var line: Int

    /// The kinds of disagreement.
    public static let kinds = [
        "value": "the numbers differ",
        "hedge": "one side hedges (over, +, ~, targeted) and the other does not",
        "period": "the dates or windows differ",
        "status": "one side has a goal or a projection, the other a result",
        "attribution": "the sides credit different people or teams",
        "reading": "the sides use different words for the amount, so they read differently",
    ]
}
