import MaturityKit

/// One objective of a plan, as `ospo objective list` shows it.
public struct ObjectiveListing: Sendable, Hashable {
    public var id: Int64
    /// The action it came from.
    public var action: String
    public var title: String
    public var phase: Int
    /// YYYY-MM-DD: the end of its phase.
    public var due: String
    public var state: ObjectiveState

    public init(id: Int64, action: String, title: String, phase: Int, due: String, state: ObjectiveState) {
        self.id = id
        self.action = action
        self.title = title
        self.phase = phase
        self.due = due
        self.state = state
    }
}
