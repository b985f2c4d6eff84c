import MaturityKit
import MaturityStore

/// What a respondent's pages need from the workspace, read once and kept by
/// `RespondentDesk` while no other process writes to the workspace: the
/// questionnaire as it applies to the organisation's context, the
/// organisation, and the respondent's answers and drafts, which the desk's
/// own saves keep up to date. A save then reads nothing it already knows,
/// and decides again which questions are asked only when the answer it
/// saved is one a follow-up's condition names.
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
    /// Decides which questions are put to the respondent's role.
    let visibility: AskedQuestions
    private(set) var answers: [String: Answer]
    var drafts: [String: InterviewDraft]
    /// The ids of the questions asked with `answers`, in order.
    private(set) var asked: [String] = []
    /// `asked`, to look up.
    private(set) var askedSet: Set<String> = []
    /// How many of `asked` have an answer.
    private(set) var answered = 0

    init(full: Questionnaire, stated: OrganisationContext, organisation: String, role: String, isClosed: Bool,
         answers: [String: Answer], drafts: [String: InterviewDraft]) {
        questionnaire = full.applying(stated)
        self.organisation = organisation
        context = full.contextValues(stated)
        contextPending = full.context.contains { stated[$0.id] == nil }
        self.isClosed = isClosed
        order = Dictionary(questionnaire.questions.enumerated().map { ($1.id, $0) }, uniquingKeysWith: { first, _ in first })
        check = AnswerCheck(questionnaire)
        visibility = AskedQuestions(questions: questionnaire.questions, role: role)
        self.answers = answers
        self.drafts = drafts
        decideAsked()
    }

    /// Takes a saved answer: the progress follows, and what is asked is
    /// decided again when a follow-up's condition names the question.
    func take(_ answer: Answer, to question: String) {
        let previous = answers.updateValue(answer, forKey: question)
        drafts[question] = nil
        if visibility.deciding.contains(question) && previous?.choice != answer.choice {
            decideAsked()
        } else if previous == nil && askedSet.contains(question) {
            answered += 1
        }
    }

    private func decideAsked() {
        asked = visibility.ids(answers: answers)
        askedSet = Set(asked)
        answered = asked.count { answers[$0] != nil }
    }
}
