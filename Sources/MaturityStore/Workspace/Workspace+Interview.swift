import GRDB
import MaturityKit

extension Workspace {
    /// Starts or resumes the interview of one respondent of an open
    /// assessment, and returns the recorder that saves it answer by answer,
    /// with the answers, skips and drafts saved so far.
    ///
    /// The respondent is found by `name` as an id, else by the id made from
    /// it (`Jane Doe` → `jane-doe`); a new respondent gets that id, with
    /// `name` kept as their name. `role` may be left out when the
    /// respondent is already in the assessment; when given it must be theirs.
    public func startInterview(assessment assessmentId: Int64, respondent name: String, role: String?) throws -> InterviewRecorder {
        let assessment = try assessment(assessmentId)
        try Self.checkOpen(assessment, for: assessment.questionnaireId)
        let questionnaire = try content(of: assessmentId).questionnaire
        let trimmed = name.trimmedWhitespace
        let slug = Self.slug(for: trimmed)
        return try read { db in
            let existing = try RespondentRecord.filter(RespondentRecord.Columns.assessmentId == assessmentId && RespondentRecord.Columns.key == trimmed).fetchOne(db)
                ?? RespondentRecord.filter(RespondentRecord.Columns.assessmentId == assessmentId && RespondentRecord.Columns.key == slug).fetchOne(db)
            let key: String
            let respondentRole: String
            if let existing {
                if let role, role != existing.role {
                    throw WorkspaceError.respondentRoleConflict(respondent: existing.key, assessment: assessmentId, role: existing.role, given: role)
                }
                key = existing.key
                respondentRole = existing.role
            } else {
                guard !slug.isEmpty else {
                    throw WorkspaceError.noRespondentID(name: name)
                }
                guard let role else {
                    throw WorkspaceError.roleNeeded(respondent: trimmed, assessment: assessmentId, offered: questionnaire.roles.map(\.id))
                }
                if let problem = AnswerCheck(questionnaire).problem(role: role) { throw WorkspaceError.refusedByQuestionnaire(problem) }
                guard Identifier.isValid(role) else {
                    throw WorkspaceError.invalidRoleID(role)
                }
                key = slug
                respondentRole = role
            }
            var answers: [String: Answer] = [:]
            var skips = Set<String>()
            var drafts: [String: InterviewDraft] = [:]
            if let id = existing?.id {
                for row in try AnswerRecord.fetchAll(db, sql: """
                    SELECT * FROM answer WHERE id IN (SELECT max(id) FROM answer WHERE respondentId = ? GROUP BY question)
                    """, arguments: [id]) {
                    answers[row.question] = row.answer
                }
                for row in try SkipRecord.filter(SkipRecord.Columns.respondentId == id).fetchAll(db) where answers[row.question] == nil {
                    skips.insert(row.question)
                }
                for row in try DraftRecord.filter(DraftRecord.Columns.respondentId == id).fetchAll(db) {
                    drafts[row.question] = InterviewDraft(note: row.note, evidence: row.evidence)
                }
            }
            let givenName = existing?.name ?? (trimmed == key ? nil : trimmed)
            return InterviewRecorder(workspace: self, assessmentId: assessmentId, questionnaire: questionnaire, respondentKey: key,
                                     respondentName: givenName, role: respondentRole, savedAnswers: answers, savedSkips: skips,
                                     savedDrafts: drafts)
        }
    }
}
