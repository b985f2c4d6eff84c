import Yams

/// Checks a composed YAML tree against the limits on its shape before any
/// reader walks it: the nesting depth (`InputLimits.yamlNestingDepth`), and
/// the number of values, which aliases can make far larger than the text
/// (each `*name` repeats a whole anchored value, and Yams shares rather than
/// copies it, so ten lines can stand for a billion values).
enum TreeLimits {
    /// What a user reads when the YAML nests too deeply, at the first
    /// collection past the limit (or where libyaml stopped, for input far
    /// deeper still).
    static let nestingMessage = "the YAML nests deeper than \(InputLimits.yamlNestingDepth) levels; ospo's files need about 10 at most, so check the brackets and indentation"

    /// What a user reads when aliases repeat more values than the text holds.
    static let aliasMessage = "the YAML repeats anchored values (aliases, *name) into more values than the file holds; ospo's files need no aliases: write the values out"

    /// The first collection, in file order, nested deeper than the limit
    /// (the top-level collection is level 1), or the value at which the tree
    /// holds more values than its text could; nil when the tree is within
    /// both limits. Walks with a stack of its own, never by recursion.
    static func firstProblem(in root: Node, textBytes: Int) -> (node: Node, message: String)? {
        // Without aliases every value takes at least one character, save an
        // empty value after a key: at most two values per byte, plus the root.
        let maximumValues = 2 * textBytes + 2
        var values = 1
        var stack: [(node: Node, depth: Int)] = [(root, 1)]
        while let (node, depth) = stack.popLast() {
            let children: [Node]
            switch node {
            case .mapping(let mapping):
                children = mapping.flatMap { [$0.key, $0.value] }
            case .sequence(let sequence):
                children = Array(sequence)
            case .scalar, .alias:
                continue
            }
            if depth > InputLimits.yamlNestingDepth { return (node, nestingMessage) }
            values += children.count
            if values > maximumValues { return (node, aliasMessage) }
            // Reversed, so that the first child is visited first: file order.
            for child in children.reversed() {
                switch child {
                case .mapping, .sequence: stack.append((child, depth + 1))
                case .scalar, .alias: break
                }
            }
        }
        return nil
    }
}
