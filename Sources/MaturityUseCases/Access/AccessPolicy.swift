/// Who may do what, decided in one place: every front end asks this policy
/// before it calls a use case, and docs/web-workspace.md shows the same
/// matrix (a test reads the table and compares it with `allows`).
///
/// It lives in the application layer, not in MaturityKit: its actions are
/// the use cases a front end offers, and the maturity domain knows nothing
/// of accounts.
public enum AccessPolicy {
    /// Whether an account with `role` and `scope` may take `action` on the
    /// organisation with short name `organisation` (nil for an action on
    /// the whole workspace).
    ///
    /// An action on the whole workspace needs an account on every
    /// organisation: adding one, or comparing them all, reaches past any list
    /// of names. A disabled account may do nothing; callers check that first.
    public static func allows(_ role: AccountRole, scope: AccountScope, action: WorkspaceAction,
                              organisation: String?) -> Bool {
        guard roles(for: action).contains(role) else { return false }
        if action.isOrganisationAction {
            guard let organisation else { return false }
            return scope.includes(organisation)
        }
        return scope == .allOrganisations
    }

    /// The roles that may take `action` where their scope reaches.
    public static func roles(for action: WorkspaceAction) -> Set<AccountRole> {
        switch action {
        case .viewOrganisation, .viewExecutiveSummary, .viewRoadmap, .viewProgress:
            [.admin, .consultant, .lead, .viewer]
        case .viewScorecard, .viewPlan, .viewObjectives, .moveObjective, .recordReading, .downloadReports, .viewHistory:
            [.admin, .consultant, .lead]
        case .viewAnswers, .startAssessment, .importAnswers, .invite, .viewInvitations, .editContext, .closeAssessment,
             .editProfile, .acceptRoadmap, .addOrganisation, .viewPortfolio:
            [.admin, .consultant]
        case .manageUsers:
            [.admin]
        }
    }
}
