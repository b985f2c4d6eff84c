import MaturityReports

/// The invitations page of one assessment: who is invited, and the
/// response rate of each role.
public struct DeskInvitations: Sendable, Hashable {
    /// The response of one role: invitations not revoked, started, finished.
    public struct RoleRate: Sendable, Hashable {
        public var role: String
        public var title: String
        public var invited: Int
        public var started: Int
        public var finished: Int
    }

    public var assessment: AssessmentListing
    /// In the order they were made.
    public var invitations: [DeskInvitation]
    /// Every role of the questionnaire, in its order.
    public var rates: [RoleRate]
}
