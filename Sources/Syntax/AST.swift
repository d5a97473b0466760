import Diagnostics

/// An expression: what it is and where it is.
public struct Expr: Sendable {
    /// The kind of expression and its operands.
    public var kind: ExprKind
    /// Where it is.
    public var span: Span

    /// Makes an expression.
    public init(_ kind: ExprKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// The kinds of expression.
public indirect enum ExprKind: Sendable {
    /// A number literal with its `$`, scale and suffix.
    case number(NumberLiteral)
    /// `$` on its own: one dollar, used as a unit (`in $/yr`).
    case dollar
    /// A display scale after `in`: `$M` (millions of dollars) or `k` (thousands), as a unit.
    case scale(letter: String, money: Bool)
    /// A name: a binding, a unit, or a dotted dataset id.
    case name(String)
    /// A string literal.
    case string(String)
    /// `-x`.
    case negate(Expr)
    /// `a + b`, `a * b`, `a of b`, ...
    case binary(BinaryOperator, Expr, Expr)
    /// `a < b`, ...
    case compare(CompareOperator, Expr, Expr)
    /// `a to b`, or a tight range such as `$35-45B`.
    case range(Expr, Expr)
    /// `x in unit`.
    case convert(Expr, Expr)
    /// `x as %` or `x as % of y`.
    case asPercent(Expr, of: Expr?)
    /// `f(a, b)`.
    case call(String, [Expr])
    /// `figures | where ... | sort ...`: a query over the dataset.
    case query(Query)
    /// A period: `Q4 2026`, `Apr 2026`, `end of 2026`, or `Q4` and `2028` where a period is expected.
    case period(PeriodLiteral)
    /// `series at period`.
    case at(Expr, Expr)
    /// `when condition`: the period that holds the first moment where a condition on a series holds.
    case when(Expr)
    /// A run of two or more left-to-right operations on one operand: `a + b - c`, `5 years years`,
    /// `x in months in days`, `s at Q1 at Q2`. One operation is written as its own node
    /// (`.binary`, `.convert`, ...); a longer run stays flat, so its length never becomes depth.
    case chain(Expr, [ChainLink])
}

/// One operation in a chain, applied to what the chain has computed so far.
public struct ChainLink: Sendable {
    /// The operations a chain may hold.
    public enum Kind: Sendable {
        /// `+ b`, `* b`, `years` (a unit word after a number multiplies), `/yr`.
        case binary(BinaryOperator, Expr)
        /// `in unit`.
        case convert(Expr)
        /// `as %` or `as % of whole`.
        case asPercent(of: Expr?)
        /// `at period`.
        case at(Expr)
    }

    /// What it does.
    public var kind: Kind
    /// From its operator to its end; the chain up to here spans from the first operand to this end.
    public var span: Span

    /// Makes a link.
    public init(_ kind: Kind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

extension Expr {
    /// An expression from a first operand and the operations after it: the operand itself when
    /// there are none, one ordinary node for one operation, a chain for more.
    public static func chain(_ head: Expr, _ links: [ChainLink]) -> Expr {
        guard let last = links.last else { return head }
        let span = head.span.union(last.span)
        guard links.count == 1 else { return Expr(.chain(head, links), span) }
        switch last.kind {
        case .binary(let op, let right): return Expr(.binary(op, head, right), span)
        case .convert(let target): return Expr(.convert(head, target), span)
        case .asPercent(let whole): return Expr(.asPercent(head, of: whole), span)
        case .at(let period): return Expr(.at(head, period), span)
        }
    }
}

/// Arithmetic operators.
public enum BinaryOperator: String, Sendable {
    case add = "+"
    case subtract = "-"
    case multiply = "*"
    case divide = "/"
    case power = "^"
    /// `72% of $40B`: multiplication that reads as a share.
    case of = "of"
    /// `$15 per 1M tokens`: division.
    case per = "per"
}

/// Comparison operators.
public enum CompareOperator: String, Sendable {
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case equal = "=="
    case notEqual = "!="
}

/// A statement: what it is and where it is.
public struct Statement: Sendable {
    /// The kind of statement (`let`, `param`, `assert`, prose, ...) and its parts.
    public var kind: StatementKind
    /// Where it is.
    public var span: Span

    /// Makes a statement.
    public init(_ kind: StatementKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// A name as written, with its span.
public struct Name: Sendable {
    /// The name as written: `payroll`, `semianalysis.token_spend`.
    public var text: String
    /// Where it is written.
    public var span: Span

    /// Makes a name.
    public init(_ text: String, _ span: Span) {
        self.text = text
        self.span = span
    }
}

/// The kinds of statement. Indirect: statements are copied into definitions, results and
/// report entries, and a reference is cheaper to copy and to keep than the largest case inline.
public indirect enum StatementKind: Sendable {
    /// An expression whose value is shown.
    case expression(Expr)
    /// `let name = expr`.
    case letValue(Name, Expr)
    /// `let f(a, b) = expr`.
    case letFunction(Name, [Name], Expr)
    /// `unit name` or `unit name = expr`: a new count unit, or a unit defined by a quantity.
    case unitDeclaration(Name, Expr?)
    /// `# Title`.
    case heading(level: Int, text: String)
    /// `> text with {expr}`.
    case prose([ProsePart])
    /// `assert expr`: a comparison the notebook expects to hold.
    case assertion(Expr)
    /// `param name = expr`: a definition whose value a run may override (`--set name=value`).
    case param(Name, Expr)
    /// `project spend growth 4x by Q4`.
    case project(Projection)
    /// `as of Q3 2026`: the period later statements count from.
    case asOf(Expr)
    /// `scenario bull: growth = 25%, churn = 2%`: named values for params, run beside the defaults.
    case scenario(Scenario)
}

/// `scenario NAME: PARAM = VALUE, ...`: a named set of param values. The params' defaults are the
/// `base` scenario; each value is checked against its param's default as `--set` is.
public struct Scenario: Sendable {
    /// One `param = value` of a scenario.
    public struct Setting: Sendable {
        /// The param it sets.
        public var name: Name
        /// The value, evaluated on its own (figures and units, no names of the notebook).
        public var value: Expr

        /// Makes a setting.
        public init(name: Name, value: Expr) {
            self.name = name
            self.value = value
        }
    }

    /// The scenario's name.
    public var name: Name
    /// Its settings, as written.
    public var settings: [Setting]

    /// Makes a scenario.
    public init(name: Name, settings: [Setting]) {
        self.name = name
        self.settings = settings
    }
}

/// A piece of prose: literal text or an interpolated expression.
public enum ProsePart: Sendable {
    case text(String)
    case expression(Expr)
}
