/// Where an objective (a roadmap action the OSPO took on) stands, as the
/// OSPO lead records it: planned → in-progress → done | dropped.
public enum ObjectiveState: String, Sendable, Hashable, Codable, CaseIterable {
    case planned
    case inProgress = "in-progress"
    case done
    case dropped

    /// "in progress" for reports.
    public var label: String { self == .inProgress ? "in progress" : rawValue }
}
