import Diagnostics

/// A pipeline over the dataset: `figures | where topic == "memory" | sort period | select id, value`.
public struct Query: Sendable {
    /// The source of rows (`figures`), as written.
    public var source: Name
    /// The stages after the source, in order.
    public var stages: [QueryStage]

    /// Makes a query.
    public init(source: Name, stages: [QueryStage]) {
        self.source = source
        self.stages = stages
    }
}

/// One stage of a query pipeline, with its span.
public struct QueryStage: Sendable {
    /// What the stage does.
    public var kind: QueryStageKind
    /// Where it is written, from the stage name to its last argument.
    public var span: Span

    /// Makes a stage.
    public init(_ kind: QueryStageKind, _ span: Span) {
        self.kind = kind
        self.span = span
    }
}

/// The kinds of query stage.
public enum QueryStageKind: Sendable {
    /// `where condition`: keeps the rows for which the condition holds.
    case filter(QueryCondition)
    /// `sort field [desc], ...`: orders rows, stably.
    case sort([QuerySortKey])
    /// `select field, ...`: the columns to show.
    case select([Name])
    /// `limit n`: the first n rows.
    case limit(Expr)
    /// `count`: the number of rows.
    case count
    /// `sum(field)`, `min(field)`, `max(field)`: one value from all rows.
    case aggregate(function: Name, field: Name)
    /// A stage name the parser does not know; evaluation reports it with a did-you-mean.
    case unknown(Name)
}

/// A sort key: a field and its direction.
public struct QuerySortKey: Sendable {
    /// The field.
    public var field: Name
    /// Whether `desc` was written.
    public var descending: Bool

    /// Makes a sort key.
    public init(field: Name, descending: Bool) {
        self.field = field
        self.descending = descending
    }
}

/// A `where` condition.
public indirect enum QueryCondition: Sendable {
    /// `field op operand`.
    case compare(QueryComparison)
    /// `a and b`.
    case and(QueryCondition, QueryCondition)
    /// `a or b`.
    case or(QueryCondition, QueryCondition)
    /// `not a`.
    case not(QueryCondition)
}

/// `field op operand`, such as `value > $10B` or `quote contains "token"`.
public struct QueryComparison: Sendable {
    /// The field on the left.
    public var field: Name
    /// The operator.
    public var op: QueryOperator
    /// The expression on the right.
    public var operand: Expr
    /// From the field to the end of the operand.
    public var span: Span

    /// Makes a comparison.
    public init(field: Name, op: QueryOperator, operand: Expr, span: Span) {
        self.field = field
        self.op = op
        self.operand = operand
        self.span = span
    }
}

/// The operators of a `where` comparison.
public enum QueryOperator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessEqual = "<="
    case greater = ">"
    case greaterEqual = ">="
    case contains = "contains"
}

extension Query {
    /// The expressions inside the query (`where` operands, `limit` counts), for free names.
    public var operands: [Expr] {
        var found: [Expr] = []
        func collect(_ condition: QueryCondition) {
            switch condition {
            case .compare(let comparison): found.append(comparison.operand)
            case .and(let a, let b), .or(let a, let b):
                collect(a)
                collect(b)
            case .not(let a): collect(a)
            }
        }
        for stage in stages {
            switch stage.kind {
            case .filter(let condition): collect(condition)
            case .limit(let count): found.append(count)
            case .sort, .select, .count, .aggregate, .unknown: break
            }
        }
        return found
    }
}
