import MaturityKit
import MaturityStore

/// Starts an assessment of an organisation with a snapshot of its content,
/// as `ospo assessment new` does. The content is found before a workspace
/// is opened, so an unknown questionnaire touches none.
public struct NewAssessment: Sendable {
    public let organisation: String
    public let questionnaire: String
    public let date: CalendarDate
    public let label: String?
    let content: [ContentFile]

    /// Finds the questionnaire's content in `libraryFolders`, then the shipped content.
    public init(organisation: String, questionnaire: String, date: CalendarDate, label: String? = nil,
                libraryFolders: [String]) throws {
        self.organisation = organisation
        self.questionnaire = questionnaire
        self.date = date
        self.label = label
        content = try ContentSources.contentFiles(questionnaire: questionnaire, libraryFolders: libraryFolders)
    }

    /// Starts the assessment, and records who started it in the audit
    /// trail; the organisation must be in the workspace.
    public func run(by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore) throws -> AssessmentRecord {
        let record = try workspace.newAssessment(organisation: organisation, content: content, questionnaire: questionnaire,
                                                 date: date, label: label)
        let id = record.id ?? 0
        try AuditTrail.record(.startAssessment, by: actor, about: .assessment(id),
                              subject: "assessment \(id) started (\(questionnaire), \(date))", in: workspace)
        return record
    }

    /// The line a front end prints for `record`.
    public func line(for record: AssessmentRecord) -> String {
        "started assessment \(record.id ?? 0) of \(organisation) (\(questionnaire) \(record.questionnaireVersion), \(record.date))"
    }
}
