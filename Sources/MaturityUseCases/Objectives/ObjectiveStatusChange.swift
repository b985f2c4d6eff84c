import MaturityKit
import MaturityStore

/// Moves an objective through planned → in-progress → done | dropped, as
/// `ospo objective start|done|drop` do.
public enum ObjectiveStatusChange {
    /// Sets the objective's status.
    /// - Parameters:
    ///   - objective: its number, or its action id within `organisation`'s current plan.
    ///   - note: why, or what happened.
    /// - Returns: the line a front end prints.
    @discardableResult
    public static func apply(_ state: ObjectiveState, objective: String, organisation: String? = nil, note: String? = nil,
                             in workspace: any WorkspaceStore) throws -> String {
        try workspace.setStatus(state, objective: objective, organisation: organisation, note: note)
        return "objective \(objective) is now \(state.rawValue)"
    }
}
