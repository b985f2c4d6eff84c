/// Every action the web workspace offers, so that one policy
/// (`AccessPolicy`) decides each of them and docs/web-workspace.md lists
/// them all (a test keeps the two the same).
public enum WorkspaceAction: String, CaseIterable, Sendable {
    // MARK: On one organisation

    /// The organisation's page: its assessments and current plan, by name.
    case viewOrganisation
    /// The live scorecard: scores, coverage and dissent per dimension.
    case viewScorecard
    /// Respondents' answers, notes and evidence behind each score.
    case viewAnswers
    /// Starts an assessment of the organisation.
    case startAssessment
    /// Imports a file of answers (a survey tool's export, a filled-in form).
    case importAnswers
    /// Creates, copies and revokes respondents' invitation links.
    case invite
    /// Who has started and finished, and the response rate per role.
    case viewInvitations
    /// Records the assessment's context facts.
    case editContext
    /// Closes an assessment to new answers.
    case closeAssessment
    /// Edits the profile: targets, importance, capacity, horizon, done, covered, exclusions, pins.
    case editProfile
    /// The plan and its scenarios, before or after it is accepted.
    case viewPlan
    /// Accepts a plan as the organisation's roadmap.
    case acceptRoadmap
    /// The objectives board: status, phase, due dates.
    case viewObjectives
    /// Starts, finishes or drops an objective, with a note.
    case moveObjective
    /// Records a measure reading.
    case recordReading
    /// The executive summary.
    case viewExecutiveSummary
    /// The accepted roadmap.
    case viewRoadmap
    /// The progress report, as of a day.
    case viewProgress
    /// Downloads any report in any format.
    case downloadReports
    /// Who changed what, and when (the audit trail).
    case viewHistory

    // MARK: On the whole workspace

    /// Adds an organisation.
    case addOrganisation
    /// Compares every organisation (the portfolio report).
    case viewPortfolio
    /// Adds, lists and disables accounts, and issues setup links.
    case manageUsers

    /// Whether the action concerns one organisation (else the whole workspace).
    public var isOrganisationAction: Bool {
        switch self {
        case .addOrganisation, .viewPortfolio, .manageUsers: false
        default: true
        }
    }

    /// Whether the action changes the workspace (and so is recorded in the
    /// audit trail and needs a CSRF token on the web).
    public var changesWorkspace: Bool {
        switch self {
        case .startAssessment, .importAnswers, .invite, .editContext, .closeAssessment, .editProfile, .acceptRoadmap,
             .moveObjective, .recordReading, .addOrganisation, .manageUsers:
            true
        default:
            false
        }
    }

    /// Whether the account must type its password again just before the action.
    public var needsPasswordAgain: Bool { self == .manageUsers }
}
