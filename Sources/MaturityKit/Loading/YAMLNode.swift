import Yams

/// A composed YAML value and where it is written: what the loaders read.
///
/// Our own tree rather than Yams' `Node`, so that a file can be composed
/// without libyaml (`BlockYAMLComposer`, for the plain block YAML most files
/// are) and still carry the places every diagnostic points at; Yams' nodes
/// can only be made by Yams. Tags are left out: the loaders type scalars
/// themselves.
indirect enum YAMLNode {
    /// A place in the text as libyaml counts it: line and column from 1,
    /// columns in Unicode scalars (see `EditorPositions`).
    struct Mark: Equatable {
        let line: Int
        let column: Int

        init(line: Int, column: Int) {
            self.line = line
            self.column = column
        }

        init(_ mark: Yams.Mark) {
            self.init(line: mark.line, column: mark.column)
        }
    }

    /// How a scalar is written, which decides whether `123` is a number.
    enum Style: Equatable {
        case plain, singleQuoted, doubleQuoted, literal, folded, unknown
    }

    struct Scalar {
        let string: String
        let style: Style
        let mark: Mark
    }

    case scalar(Scalar)
    /// Key-value pairs in file order, and where the mapping starts.
    case mapping([(key: YAMLNode, value: YAMLNode)], Mark)
    case sequence([YAMLNode], Mark)
    /// An alias (`*name`); Yams resolves them, so this only guards.
    case alias(Mark?)

    var mark: Mark? {
        switch self {
        case .scalar(let scalar): return scalar.mark
        case .mapping(_, let mark), .sequence(_, let mark): return mark
        case .alias(let mark): return mark
        }
    }

    /// The value of the last `key` of a mapping written as a plain or quoted
    /// scalar; nil for anything else.
    subscript(key: String) -> YAMLNode? {
        guard case .mapping(let pairs, _) = self else { return nil }
        return pairs.last { pair in
            if case .scalar(let scalar) = pair.key { return scalar.string == key }
            return false
        }?.value
    }
}

extension YAMLNode {
    /// The same tree as Yams composed it. A node without a mark (Yams always
    /// gives one) is placed at 0:0, which `EditorPositions` shows as unknown.
    init(_ node: Node) {
        func mark(_ mark: Yams.Mark?) -> Mark {
            mark.map(Mark.init) ?? Mark(line: 0, column: 0)
        }
        switch node {
        case .scalar(let scalar):
            let style: Style
            switch scalar.style {
            case .plain: style = .plain
            case .singleQuoted: style = .singleQuoted
            case .doubleQuoted: style = .doubleQuoted
            case .literal: style = .literal
            case .folded: style = .folded
            case .any: style = .unknown
            }
            self = .scalar(Scalar(string: scalar.string, style: style, mark: mark(scalar.mark)))
        case .mapping(let mapping):
            self = .mapping(mapping.map { (YAMLNode($0.key), YAMLNode($0.value)) }, mark(mapping.mark))
        case .sequence(let sequence):
            self = .sequence(sequence.map { YAMLNode($0) }, mark(sequence.mark))
        case .alias(let alias):
            self = .alias(alias.mark.map(Mark.init))
        }
    }
}
