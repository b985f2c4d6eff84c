/// What an account is for: an account's role decides which actions it may
/// take, its organisations decide where (see `AccessPolicy`).
public enum AccountRole: String, CaseIterable, Sendable, Codable {
    /// Runs the workspace: every action on every organisation, and accounts.
    case admin
    /// Runs assessments: interviews, invitations, profiles, roadmaps, reports.
    case consultant
    /// An OSPO lead: follows the accepted roadmap's objectives and measures.
    case lead
    /// Reads the executive summary, roadmap and progress report only.
    case viewer
}
