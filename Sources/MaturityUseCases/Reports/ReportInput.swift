import MaturityKit
import MaturityStore

/// Where a report's data comes from.
public enum ReportInput {
    /// Answers files, and optionally a profile (targets and plan).
    case files(answers: [String], profile: String?)
    /// The workspace: an organisation (`--org`) or one of its assessments
    /// (`--assessment`); neither for the portfolio, which covers every
    /// organisation. `profile` replaces the accepted plan's profile;
    /// `asOf` is the day the progress report is made for.
    case workspace(any WorkspaceStore, organisation: String?, assessment: Int64?, profile: String?, asOf: CalendarDate)
}
