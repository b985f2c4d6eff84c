/// An organisation with its assessments and plans, as `ospo org show` shows it.
public struct OrganisationOverview: Sendable, Hashable {
    /// The accepted plan nothing has superseded.
    public struct CurrentPlan: Sendable, Hashable {
        public var id: Int64
        public var acceptedAt: String

        public init(id: Int64, acceptedAt: String) {
            self.id = id
            self.acceptedAt = acceptedAt
        }
    }

    public var organisation: OrganisationListing
    /// Oldest first, each with its overall score.
    public var assessments: [AssessmentListing]
    /// How many plans were ever accepted.
    public var plans: Int
    public var currentPlan: CurrentPlan?

    public init(organisation: OrganisationListing, assessments: [AssessmentListing], plans: Int, currentPlan: CurrentPlan?) {
        self.organisation = organisation
        self.assessments = assessments
        self.plans = plans
        self.currentPlan = currentPlan
    }
}
