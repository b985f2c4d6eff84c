import MaturityKit
import MaturityStore

/// What a respondent's pages need from the workspace, read once and kept by
/// `RespondentDesk` while no other process writes to the workspace: the
/// questionnaire as it applies to the organisation's context, the
/// organisation, and the respondent's answers and drafts, which the desk's
/// own saves keep up to date. A save then reads nothing it already knows.
final class RespondentSheet {
    /// The questionnaire without the sections and questions the stated
    /// context leaves out: they are neither shown nor accepted.
    let questionnaire: Questionnaire
    let organisation: String
    /// The context facts stated for the assessment, in the questionnaire's order.
    let context: [ContextValue]
    /// Whether the questionnaire declares facts the assessment has not stated yet.
    let contextPending: Bool
    let isClosed: Bool
    /// Where each question comes in the questionnaire, to save in that order.
    let order: [String: Int]
    let check: AnswerCheck
    var answers: [String: Answer]
    var drafts: [String: InterviewDraft]

    init(full: Questionnaire, stated: OrganisationContext, organisation: String, isClosed: Bool,
         answers: [String: Answer], drafts: [String: InterviewDraft]) {
        questionnaire = full.applying(stated)
        self.organisation = organisation
        context = full.contextValues(stated)
        contextPending = full.context.contains { stated[$0.id] == nil }
        self.isClosed = isClosed
        order = Dictionary(questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        check = AnswerCheck(questionnaire)
        self.answers = answers
        self.drafts = drafts
    }
}
