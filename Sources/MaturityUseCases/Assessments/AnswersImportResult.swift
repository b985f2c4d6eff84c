import MaturityStore

/// What an answers import did.
public struct AnswersImportResult: Sendable, Hashable {
    /// The assessment the answers went into.
    public var assessment: Int64
    /// Whether the import started that assessment.
    public var started: Bool
    /// The organisation added for the file, when the workspace did not hold it.
    public var addedOrganisation: OrganisationRecord?
    public var summary: ImportSummary

    /// The one line a front end prints: answers recorded and respondents.
    public var line: String {
        let respondents = summary.newRespondents + summary.existingRespondents
        return "assessment \(assessment): \(summary.recorded) answer\(summary.recorded == 1 ? "" : "s") recorded, \(summary.unchanged) unchanged; \(summary.newRespondents) new and \(summary.existingRespondents) existing respondent\(respondents == 1 ? "" : "s")"
    }
}
