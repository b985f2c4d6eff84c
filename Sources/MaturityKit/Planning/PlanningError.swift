/// Why a profile cannot be planned: every problem found, each located in the
/// profile (or rubric) entry it concerns, as `path:line:column: error: …`.
public struct PlanningError: Error, Sendable, Hashable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    /// The messages alone, sorted by place, for tests and logs.
    public var messages: [String] { diagnostics.sortedForDisplay().map(\.message) }

    public var description: String {
        diagnostics.sortedForDisplay().map(\.description).joined(separator: "\n")
    }
}
