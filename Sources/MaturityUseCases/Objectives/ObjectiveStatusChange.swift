import MaturityKit
import MaturityStore

/// Moves an objective through planned → in-progress → done | dropped, as
/// `ospo objective start|done|drop` do.
public enum ObjectiveStatusChange {
    /// Sets the objective's status.
    /// - Parameters:
    ///   - objective: its number, or its action id within `organisation`'s current plan.
    ///   - note: why, or what happened.
    ///   - actor: who made the change, for the audit trail.
    /// - Returns: the line a front end prints.
    @discardableResult
    public static func apply(_ state: ObjectiveState, objective: String, organisation: String? = nil, note: String? = nil,
                             by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore) throws -> String {
        try workspace.setStatus(state, objective: objective, organisation: organisation, note: note)
        let moved = try workspace.objective(objective, organisation: organisation).objective
        try AuditTrail.record(.moveObjective, by: actor, about: .objective(moved.id ?? 0),
                              subject: "objective \(moved.id ?? 0) (\(moved.actionId)) → \(state.rawValue)", detail: note, in: workspace)
        return "objective \(objective) is now \(state.rawValue)"
    }
}
