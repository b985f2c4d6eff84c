/// The `requires` relation between actions, for cycle checks and ordering.
public struct RequirementGraph: Sendable {
    private let edges: [String: [String]]
    private let order: [String]

    public init(_ actions: [Action]) {
        var edges: [String: [String]] = [:]
        for action in actions where edges[action.id] == nil {
            edges[action.id] = action.requires
        }
        self.edges = edges
        self.order = actions.map(\.id)
    }

    /// Each cycle once, as the ids along it, starting at its first action in
    /// file order. Empty when the graph is acyclic.
    public func cycles() -> [[String]] {
        enum Mark { case visiting, done }
        var marks: [String: Mark] = [:]
        var stack: [String] = []
        var found: [[String]] = []
        var reported = Set<Set<String>>()

        func visit(_ id: String) {
            marks[id] = .visiting
            stack.append(id)
            // A self-reference is reported on its own ("requires itself"), not as a cycle.
            for next in edges[id] ?? [] where edges[next] != nil && next != id {
                switch marks[next] {
                case .visiting:
                    if let start = stack.firstIndex(of: next) {
                        let cycle = Array(stack[start...])
                        if reported.insert(Set(cycle)).inserted { found.append(cycle) }
                    }
                case .done:
                    break
                case nil:
                    visit(next)
                }
            }
            stack.removeLast()
            marks[id] = .done
        }
        for id in order where marks[id] == nil {
            visit(id)
        }
        return found
    }
}
