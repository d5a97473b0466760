/// A small reader for the EBNF dialect of Grammar/tnb.ebnf, for the grammar tests.
///
/// It knows `rule ::= body`, `"text"` and `'text'`, `[classes]`, `#xNN`, `<described>`,
/// `( )`, `|`, `?`, `*`, `+` and `(* comments *)`, which nest. A rule runs until the next `name ::=`.
struct EBNF {
    /// A piece of a rule's body.
    indirect enum Node: Equatable {
        /// Literal text.
        case terminal(String)
        /// Another rule, by name.
        case reference(String)
        /// A character class, a character code or a described piece: only lexical rules use them.
        case opaque(String)
        case sequence([Node])
        case choice([Node])
        case optional(Node)
        case zeroOrMore(Node)
        case oneOrMore(Node)
    }

    /// A token of the notation.
    struct Token: Equatable {
        enum Kind: Equatable { case name, quoted, opaque, symbol, defines }
        var kind: Kind
        var text: String
    }

    /// A rule: its name, body and the tokens of the body as written.
    struct Rule {
        var name: String
        var body: Node
        var tokens: [Token]
        /// Whether the rule is a token of the lexer (UPPER_CASE) rather than a syntactic rule.
        var isLexical: Bool { EBNF.isLexical(name) }
    }

    /// The rules in the order written.
    var rules: [Rule]

    /// A rule by name.
    func rule(_ name: String) -> Rule? { rules.first { $0.name == name } }

    /// Whether a name is a lexical rule's: UPPER_CASE.
    static func isLexical(_ name: String) -> Bool {
        name.allSatisfy { $0.isUppercase || $0 == "_" || $0.isNumber }
    }

    /// What went wrong reading the notation.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// Reads a whole grammar.
    init(_ text: String) throws {
        let tokens = try EBNF.tokenize(text)
        var rules: [Rule] = []
        var index = 0
        while index < tokens.count {
            guard tokens[index].kind == .name, index + 1 < tokens.count, tokens[index + 1].kind == .defines else {
                throw Failure(description: "expected 'name ::=' but found '\(tokens[index].text)'")
            }
            let name = tokens[index].text
            var end = index + 2
            while end < tokens.count,
                !(tokens[end].kind == .name && end + 1 < tokens.count && tokens[end + 1].kind == .defines)
            {
                end += 1
            }
            let bodyTokens = Array(tokens[(index + 2)..<end])
            var parser = BodyParser(tokens: bodyTokens)
            let body = try parser.parseChoice()
            guard parser.position == bodyTokens.count else {
                throw Failure(description: "rule '\(name)': unexpected '\(bodyTokens[parser.position].text)'")
            }
            rules.append(Rule(name: name, body: body, tokens: bodyTokens))
            index = end
        }
        self.rules = rules
    }

    /// Splits notation into tokens, dropping blanks and comments.
    static func tokenize(_ text: String) throws -> [Token] {
        let characters = Array(text)
        var tokens: [Token] = []
        var index = 0
        func take(until close: Character, from start: Int) throws -> String {
            var end = start + 1
            while end < characters.count, characters[end] != close { end += 1 }
            guard end < characters.count else { throw Failure(description: "missing '\(close)'") }
            index = end + 1
            return String(characters[start...end])
        }
        while index < characters.count {
            let character = characters[index]
            if character.isWhitespace {
                index += 1
            } else if character == "(", index + 1 < characters.count, characters[index + 1] == "*" {
                // Comments nest, so a comment may show `(* ... *)` itself.
                var depth = 1
                var end = index + 2
                while end + 1 < characters.count, depth > 0 {
                    if characters[end] == "(", characters[end + 1] == "*" {
                        depth += 1
                        end += 2
                    } else if characters[end] == "*", characters[end + 1] == ")" {
                        depth -= 1
                        end += 2
                    } else {
                        end += 1
                    }
                }
                guard depth == 0 else { throw Failure(description: "unclosed comment") }
                index = end
            } else if character == ":", index + 2 < characters.count, characters[index + 1] == ":",
                characters[index + 2] == "="
            {
                tokens.append(Token(kind: .defines, text: "::="))
                index += 3
            } else if character == "\"" || character == "'" {
                let quoted = try take(until: character, from: index)
                tokens.append(Token(kind: .quoted, text: String(quoted.dropFirst().dropLast())))
            } else if character == "[" {
                tokens.append(Token(kind: .opaque, text: try take(until: "]", from: index)))
            } else if character == "<" {
                tokens.append(Token(kind: .opaque, text: try take(until: ">", from: index)))
            } else if character == "#", index + 1 < characters.count, characters[index + 1] == "x" {
                var end = index + 2
                while end < characters.count, characters[end].isHexDigit { end += 1 }
                tokens.append(Token(kind: .opaque, text: String(characters[index..<end])))
                index = end
            } else if character.isLetter || character == "_" {
                var end = index + 1
                while end < characters.count,
                    characters[end].isLetter || characters[end].isNumber || characters[end] == "_"
                {
                    end += 1
                }
                tokens.append(Token(kind: .name, text: String(characters[index..<end])))
                index = end
            } else if "|()?*+".contains(character) {
                tokens.append(Token(kind: .symbol, text: String(character)))
                index += 1
            } else {
                throw Failure(description: "unexpected '\(character)' in the grammar")
            }
        }
        return tokens
    }

    /// Recursive descent over one rule's body.
    struct BodyParser {
        var tokens: [Token]
        var position = 0

        func isSymbol(_ text: String) -> Bool {
            position < tokens.count && tokens[position].kind == .symbol && tokens[position].text == text
        }

        mutating func parseChoice() throws -> Node {
            var alternatives = [try parseSequence()]
            while isSymbol("|") {
                position += 1
                alternatives.append(try parseSequence())
            }
            return alternatives.count == 1 ? alternatives[0] : .choice(alternatives)
        }

        mutating func parseSequence() throws -> Node {
            var items: [Node] = []
            while position < tokens.count, !isSymbol("|"), !isSymbol(")") {
                items.append(try parsePostfix())
            }
            guard !items.isEmpty else { throw Failure(description: "empty alternative") }
            return items.count == 1 ? items[0] : .sequence(items)
        }

        mutating func parsePostfix() throws -> Node {
            var node = try parseAtom()
            while position < tokens.count, tokens[position].kind == .symbol {
                switch tokens[position].text {
                case "?": node = .optional(node)
                case "*": node = .zeroOrMore(node)
                case "+": node = .oneOrMore(node)
                default: return node
                }
                position += 1
            }
            return node
        }

        mutating func parseAtom() throws -> Node {
            guard position < tokens.count else { throw Failure(description: "unfinished rule") }
            let token = tokens[position]
            position += 1
            switch token.kind {
            case .name: return .reference(token.text)
            case .quoted: return .terminal(token.text)
            case .opaque: return .opaque(token.text)
            case .symbol where token.text == "(":
                let inner = try parseChoice()
                guard isSymbol(")") else { throw Failure(description: "missing ')'") }
                position += 1
                return inner
            default: throw Failure(description: "unexpected '\(token.text)'")
            }
        }
    }
}

extension EBNF.Node {
    /// The names of the rules this node refers to.
    var references: Set<String> {
        switch self {
        case .terminal, .opaque: []
        case .reference(let name): [name]
        case .sequence(let items), .choice(let items): items.reduce(into: Set<String>()) { $0.formUnion($1.references) }
        case .optional(let inner), .zeroOrMore(let inner), .oneOrMore(let inner): inner.references
        }
    }
}
