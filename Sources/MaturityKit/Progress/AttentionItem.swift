/// An objective that needs attention, with every reason that applies.
public struct AttentionItem: Sendable, Hashable {
    public var objective: ObjectiveProgress
    /// Worst first, in the order of `AttentionReason.allCases`.
    public var reasons: [AttentionReason]

    public init(objective: ObjectiveProgress, reasons: [AttentionReason]) {
        self.objective = objective
        self.reasons = reasons
    }
}
