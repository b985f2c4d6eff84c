/// How a report is written for its reader, beyond its data: the choices of
/// `ospo report --show-ids`, `--locale` and `--respondents`.
public struct ReportOptions: Sendable, Hashable {
    /// Show rubric ids (dimensions, actions, questions) beside titles in HTML
    /// and Markdown: the consultant's working copy. Off for the client's
    /// copy; JSON and CSV always carry ids.
    public var showIds: Bool
    /// The style of every date the report shows.
    public var dates: ReportDates
    /// How the assessment report names the people who answered.
    public var respondents: RespondentDisplay

    public init(showIds: Bool = false, dates: ReportDates = ReportDates(), respondents: RespondentDisplay = .roles) {
        self.showIds = showIds
        self.dates = dates
        self.respondents = respondents
    }
}

/// How the assessment report shows respondents (`--respondents`).
public enum RespondentDisplay: String, CaseIterable, Sendable {
    /// By name and role: for the consultant's working copy, or a client
    /// whose respondents agreed to be named.
    case named
    /// By role only, numbered within the role ("Developer 2"): the default,
    /// because a report handed to a client should not tie an answer to a
    /// colleague without their consent.
    case roles
    /// Not at all: no respondent table and no answer attributed to anyone;
    /// the appendix keeps each answer and its note under its question.
    case hidden
}
