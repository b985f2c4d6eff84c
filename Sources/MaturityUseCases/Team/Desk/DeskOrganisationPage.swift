import MaturityReports

/// What the organisation's page of the desk shows.
public struct DeskOrganisationPage: Sendable, Hashable {
    /// A questionnaire an assessment may be started with.
    public struct Choice: Sendable, Hashable {
        public var id: String
        public var title: String
    }

    public var organisation: OrganisationListing
    /// Oldest first.
    public var assessments: [DeskAssessmentRow]
    /// The accepted roadmap nothing has superseded.
    public var currentPlan: OrganisationOverview.CurrentPlan?
    /// The shipped questionnaires, for the form that starts an assessment.
    public var questionnaires: [Choice]
    /// The day a new assessment takes when none is typed.
    public var today: String
}
