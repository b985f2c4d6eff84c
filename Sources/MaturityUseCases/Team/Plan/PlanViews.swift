import MaturityReports

/// The organisation's current plan, as the plan page shows it.
public struct PlanOverview: Sendable {
    /// The assessment planned from: the organisation's latest.
    public var assessment: Int64
    /// Where the profile comes from, in words.
    public var profileSource: String
    public var page: PlanPage
    /// Whether an edited profile is kept, waiting to be accepted or discarded.
    public var hasDraft: Bool
}

/// The profile editor: the form (the kept draft, else the current profile),
/// the current plan, and the plan the form's profile gives, or why it gives none.
public struct ProfileEditor: Sendable {
    public var assessment: Int64
    public var form: ProfileForm
    public var current: PlanPage
    public var proposed: PlanPage?
    /// The CLI's message for a profile that does not load or plan.
    public var error: String?
    /// "saved by account:cy at 2026-11-20T10:00:00Z" for a kept draft.
    public var draftNote: String?
}
