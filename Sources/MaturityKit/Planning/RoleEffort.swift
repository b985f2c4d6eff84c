/// The person-days one role is needed for, in a phase or across the plan.
public struct RoleEffort: Sendable, Hashable, Codable {
    /// A role id; `unassigned` for actions that name no role.
    public var role: String
    public var effort: Double

    public init(role: String, effort: Double) {
        self.role = role
        self.effort = effort
    }

    /// The role id used for actions that name no role.
    public static let unassigned = "unassigned"

    /// Effort per role for a set of actions, splitting each action's effort
    /// evenly among its roles; largest first, then by role id.
    public static func staffing(_ actions: [ScheduledAction]) -> [RoleEffort] {
        staffing(actions.map { ($0.roles, $0.effort) })
    }

    /// Effort per role for (roles, person-days) pairs, each split evenly
    /// among its roles; largest first, then by role id.
    public static func staffing(_ parts: [(roles: [String], effort: Double)]) -> [RoleEffort] {
        var totals: [String: Double] = [:]
        for part in parts {
            let roles = part.roles.isEmpty ? [unassigned] : part.roles
            let share = part.effort / Double(roles.count)
            for role in roles { totals[role, default: 0] += share }
        }
        return totals.map { RoleEffort(role: $0.key, effort: $0.value) }
            .sorted { $0.effort != $1.effort ? $0.effort > $1.effort : $0.role < $1.role }
    }
}
