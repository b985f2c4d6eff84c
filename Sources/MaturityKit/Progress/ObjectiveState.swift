/// Where an objective (a roadmap action the OSPO took on) stands, as the
/// OSPO lead records it: planned → in-progress → done | dropped.
public enum ObjectiveState: String, Sendable, Hashable, Codable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case dropped

    /// "in progress" for reports.
    public var label: String { self == .inProgress ? "in progress" : rawValue }

    /// Done and dropped are final; an objective may go straight from planned
    /// to done or dropped, and never back from in-progress to planned.
    public func canMove(to next: ObjectiveState) -> Bool {
        switch (self, next) {
        case (.planned, .inProgress), (.planned, .done), (.planned, .dropped),
             (.inProgress, .done), (.inProgress, .dropped):
            return true
        default:
            return false
        }
    }
}
