import MaturityKit
import MaturityReports
import MaturityStore

/// What `ospo assessment list` and `ospo assessment show` print, from the workspace.
public enum AssessmentQueries {
    /// The assessments of one organisation, or of all.
    public static func list(_ workspace: any WorkspaceStore, organisation: String?) throws -> [AssessmentListing] {
        let slugs = Dictionary(try workspace.organisations().map { ($0.id ?? 0, $0.slug) }, uniquingKeysWith: { first, _ in first })
        return try workspace.assessments(organisation: organisation).map { listing($0, organisation: slugs[$0.organisationId] ?? "?") }
    }

    /// The assessment with its scorecard.
    public static func overview(_ workspace: any WorkspaceStore, assessment id: Int64) throws -> AssessmentOverview {
        let record = try workspace.assessment(id)
        let slug = try workspace.organisations().first { $0.id == record.organisationId }?.slug ?? "?"
        return AssessmentOverview(assessment: listing(record, organisation: slug), scorecard: try workspace.scorecard(of: id))
    }

    /// The assessment named by number, or else the latest of the organisation;
    /// nil when neither is given (the front end says what to name).
    public static func select(_ workspace: any WorkspaceStore, assessment id: Int64?, organisation: String?) throws -> AssessmentRecord? {
        if let id { return try workspace.assessment(id) }
        if let organisation { return try workspace.latestAssessment(organisation: organisation) }
        return nil
    }

    static func listing(_ record: AssessmentRecord, organisation: String) -> AssessmentListing {
        AssessmentListing(id: record.id ?? 0, organisation: organisation, date: record.date, questionnaire: record.questionnaireId,
                          version: record.questionnaireVersion, status: record.status.rawValue, label: record.label)
    }
}
