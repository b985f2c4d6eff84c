import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// Interviews saved answer by answer: each in its own transaction, one
/// batch per session, skips remembered but never answers.
struct InterviewRecorderTests {
    typealias Fixture = WorkspaceTests

    @Test func eachAnswerIsSavedAtOnceInOneBatchOfTheSession() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        #expect(recorder.respondentKey == "jane-doe" && recorder.respondentName == "Jane Doe")
        #expect(recorder.savedAnswers.isEmpty && recorder.batchId == nil)
        try recorder.record(Answer(.option("yes"), note: "Checked the wiki"), to: "Q1")
        // Saved before the session ends: another reader sees it now.
        #expect(try workspace.answerSet(of: id).respondents.first?.answers["Q1"]?.note == "Checked the wiki")
        try recorder.record(Answer(.notApplicable, justification: "No code shipped"), to: "Q2")
        let revisions = try workspace.history(of: id, question: "Q1") + workspace.history(of: id, question: "Q2")
        #expect(revisions.map(\.kind) == [.interview, .interview])
        #expect(revisions.map(\.source) == ["Jane Doe", "Jane Doe"])
        let batches = try workspace.read { db in try BatchRecord.fetchAll(db) }
        #expect(batches.count == 1 && batches.first?.id == recorder.batchId)
        #expect(recorder.recorded == 2)
    }

    @Test func aSecondSessionResumesWithTheAnswersAndSkipsAndHasItsOwnBatch() throws {
        let (workspace, id) = try Fixture.workspace()
        let first = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try first.skip("Q1")
        try first.record(Answer(.option("no")), to: "Q2")
        // The role is known now; the name finds the respondent.
        let second = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: nil)
        #expect(second.role == "dev")
        #expect(second.savedAnswers == ["Q2": Answer(.option("no"))])
        #expect(second.savedSkips == ["Q1"])
        // A skip is not an answer: the scores do not see it.
        #expect(try workspace.answerSet(of: id).respondents.first?.answers.keys.sorted() == ["Q2"])
        try second.record(Answer(.option("yes")), to: "Q1")
        #expect(second.batchId != first.batchId)
        // Answered since: no longer skipped.
        let third = try workspace.startInterview(assessment: id, respondent: "jane-doe", role: "dev")
        #expect(third.savedSkips.isEmpty)
        #expect(third.savedAnswers.keys.sorted() == ["Q1", "Q2"])
    }

    @Test func rolesAreCheckedAgainstTheQuestionnaireAndTheRespondent() throws {
        let (workspace, id) = try Fixture.workspace()
        #expect(throws: WorkspaceError.roleNeeded(respondent: "Jane Doe", assessment: id, offered: ["boss", "dev"])) {
            _ = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: nil)
        }
        #expect(throws: WorkspaceError.refusedByQuestionnaire("unknown role 'ceo' (questionnaire 'q' has boss, dev); did you mean 'dev'?")) {
            _ = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "ceo")
        }
        try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev").record(Answer(.option("yes")), to: "Q1")
        #expect(throws: WorkspaceError.respondentRoleConflict(respondent: "jane-doe", assessment: id, role: "dev", given: "boss")) {
            _ = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "boss")
        }
    }

    @Test func answersTheQuestionnaireRefusesAreNotSaved() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "r9", role: "dev")
        #expect(recorder.respondentKey == "r9" && recorder.respondentName == nil)
        #expect(throws: WorkspaceError.self) { try recorder.record(Answer(.notApplicable), to: "Q1") }
        #expect(throws: WorkspaceError.self) { try recorder.skip("Q9") }
        #expect(try workspace.answerSet(of: id).respondents.isEmpty, "nothing written, not even the respondent")
    }

    @Test func anAssessmentClosedDuringTheInterviewTakesNoMoreAnswers() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try recorder.record(Answer(.option("yes")), to: "Q1")
        try workspace.closeAssessment(id)
        #expect(throws: WorkspaceError.closedDuringInterview(id)) {
            try recorder.record(Answer(.option("no")), to: "Q2")
        }
        #expect(try workspace.answerSet(of: id).respondents.first?.answers.keys.sorted() == ["Q1"])
        #expect(throws: WorkspaceError.self) { _ = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: nil) }
    }

    @Test func skipsTravelInBundles() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try recorder.skip("Q1")
        try recorder.record(Answer(.option("yes")), to: "Q2")
        let bundle = try workspace.export()
        #expect(bundle.assessments.first?.respondents.first?.skips?.map(\.question) == ["Q1"])
        let restored = try Workspace.inMemory()
        try restored.importBundle(bundle)
        let restoredId = try restored.latestAssessment(organisation: "acme").id ?? 0
        #expect(try restored.startInterview(assessment: restoredId, respondent: "Jane Doe", role: nil).savedSkips == ["Q1"])
        var again = try restored.export()
        again.exportedAt = bundle.exportedAt
        #expect(again == bundle)
    }
}
