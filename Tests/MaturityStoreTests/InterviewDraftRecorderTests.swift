import Foundation
import GRDB
import Testing
import MaturityKit
@testable import MaturityStore

/// Drafts (a note or evidence typed before the answer) in the workspace:
/// saved at once, replaced, given back, removed once in the answer, carried
/// by bundles; and the migration that adds their table.
struct InterviewDraftRecorderTests {
    typealias Fixture = WorkspaceTests

    static func drafts(_ workspace: Workspace) throws -> [DraftRecord] {
        try workspace.read { db in try DraftRecord.order(DraftRecord.Columns.id).fetchAll(db) }
    }

    @Test func aDraftIsSavedAtOnceReplacedAndGivenBackToTheNextSession() throws {
        let (workspace, id) = try Fixture.workspace()
        let first = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try first.saveDraft(InterviewDraft(note: "Asked the CTO"), for: "Q1")
        // Saved before the session ends, with the respondent and the session's batch.
        let saved = try Self.drafts(workspace)
        #expect(saved.map(\.question) == ["Q1"] && saved.first?.note == "Asked the CTO" && saved.first?.evidence == nil)
        #expect(saved.first?.batchId == first.batchId && first.batchId != nil)
        // Typed again: the same row, replaced whole, a later time stamp.
        try first.saveDraft(InterviewDraft(note: "Asked the CFO", evidence: "Board minutes"), for: "Q1")
        let replaced = try Self.drafts(workspace)
        #expect(replaced.count == 1 && replaced.first?.id == saved.first?.id)
        #expect(replaced.first?.note == "Asked the CFO" && replaced.first?.evidence == "Board minutes")
        #expect(Workspace.isLater(replaced.first?.savedAt ?? "", than: saved.first?.savedAt ?? ""))
        #expect(first.drafts == 2 && first.recorded == 0)
        // A draft is not an answer: the scores do not see it.
        #expect(try workspace.answerSet(of: id).respondents.first?.answers.isEmpty == true)
        #expect(try workspace.history(of: id, question: "Q1").isEmpty)

        let second = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: nil)
        #expect(second.savedDrafts == ["Q1": InterviewDraft(note: "Asked the CFO", evidence: "Board minutes")])
        #expect(second.savedAnswers.isEmpty)
    }

    @Test func theAnswerHoldingADraftRemovesItInTheSameTransaction() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try recorder.saveDraft(InterviewDraft(note: "Asked the CTO"), for: "Q1")
        try recorder.saveDraft(InterviewDraft(evidence: "A wiki page"), for: "Q2")
        try recorder.record(Answer(.option("yes"), note: "Asked the CTO"), to: "Q1")
        #expect(try Self.drafts(workspace).map(\.question) == ["Q2"])
        #expect(try workspace.history(of: id, question: "Q1").map(\.answer) == [Answer(.option("yes"), note: "Asked the CTO")])
        let resumed = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: nil)
        #expect(resumed.savedDrafts == ["Q2": InterviewDraft(evidence: "A wiki page")])
        // Dropped on its own (already in an unchanged answer): no new batch.
        try resumed.dropDraft("Q2")
        #expect(try Self.drafts(workspace).isEmpty)
        #expect(resumed.batchId == nil)
        #expect(try workspace.read { db in try BatchRecord.fetchCount(db) } == 1)
    }

    @Test func draftsTheQuestionnaireDoesNotKnowAreRefusedAndWriteNothing() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "r9", role: "dev")
        #expect(throws: WorkspaceError.refusedByQuestionnaire("unknown question 'Q9' in questionnaire 'q'; did you mean 'Q1'?")) {
            try recorder.saveDraft(InterviewDraft(note: "Lost?"), for: "Q9")
        }
        #expect(try workspace.read { db in try RespondentRecord.fetchCount(db) } == 0, "not even the respondent")
        // An empty draft saves nothing and deletes what was there.
        try recorder.saveDraft(InterviewDraft(note: "Kept"), for: "Q2")
        try recorder.saveDraft(InterviewDraft(), for: "Q2")
        #expect(try Self.drafts(workspace).isEmpty)
    }

    @Test func draftsTravelInBundlesAndTheLaterDraftOfAQuestionStays() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try recorder.record(Answer(.option("no")), to: "Q2")
        try recorder.saveDraft(InterviewDraft(note: "Asked the CTO", evidence: "Board minutes"), for: "Q1")
        let bundle = try workspace.export()
        let drafts = try #require(bundle.assessments.first?.respondents.first?.drafts)
        #expect(drafts.map(\.question) == ["Q1"] && drafts.first?.note == "Asked the CTO" && drafts.first?.evidence == "Board minutes")
        #expect(drafts.first?.batch == bundle.assessments.first?.batches.first?.uid)
        // The JSON names them `drafts`, with `saved_at`.
        let json = String(decoding: try Workspace.encode(bundle), as: UTF8.self)
        #expect(json.contains("\"drafts\" : [") && json.contains("\"saved_at\" : \"\(drafts.first?.savedAt ?? "")\""))

        let restored = try Workspace.inMemory()
        try restored.importBundle(bundle)
        let restoredId = try restored.latestAssessment(organisation: "acme").id ?? 0
        #expect(try restored.startInterview(assessment: restoredId, respondent: "Jane Doe", role: nil).savedDrafts
            == ["Q1": InterviewDraft(note: "Asked the CTO", evidence: "Board minutes")])
        // A second import adds nothing; the round trip gives the same bundle.
        try restored.importBundle(bundle)
        #expect(try Self.drafts(restored).count == 1)
        var again = try restored.export()
        again.exportedAt = bundle.exportedAt
        #expect(again == bundle)

        // Into a workspace with its own draft of the question: the later one stays.
        var older = bundle
        older.assessments[0].respondents[0].drafts?[0].savedAt = "2026-01-01T00:00:00Z"
        older.assessments[0].batches[0].uid = "other-batch"
        older.assessments[0].respondents[0].answers[0].batch = "other-batch"
        older.assessments[0].respondents[0].drafts?[0].batch = "other-batch"
        older.assessments[0].respondents[0].drafts?[0].note = "Older"
        try workspace.importBundle(older)
        #expect(try Self.drafts(workspace).map(\.note) == ["Asked the CTO"])
        var newer = older
        newer.assessments[0].batches[0].uid = "third-batch"
        newer.assessments[0].respondents[0].answers[0].batch = "third-batch"
        newer.assessments[0].respondents[0].drafts?[0].batch = "third-batch"
        // Later than every stamp the test clock gives (from 2026-12-31T00:00:01Z).
        newer.assessments[0].respondents[0].drafts?[0].savedAt = "2027-01-01T00:00:00.5Z"
        newer.assessments[0].respondents[0].drafts?[0].note = "Newer"
        try workspace.importBundle(newer)
        #expect(try Self.drafts(workspace).map(\.note) == ["Newer"])
    }

    @Test func aBundleWithoutDraftsStillImports() throws {
        let (workspace, id) = try Fixture.workspace()
        try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev").record(Answer(.option("yes")), to: "Q1")
        // As written before drafts existed: no `drafts` key at all.
        let data = try Workspace.encode(try workspace.export())
        #expect(!String(decoding: data, as: UTF8.self).contains("drafts"))
        let bundle = try Workspace.decodeBundle(data, path: "old.json")
        let restored = try Workspace.inMemory()
        try restored.importBundle(bundle)
        #expect(try restored.answerSet(of: try restored.latestAssessment(organisation: "acme").id ?? 0).respondents.first?.answers
            == ["Q1": Answer(.option("yes"))])
        #expect(try Self.drafts(restored).isEmpty)
    }

    @Test func aBundleDraftWithNothingInItOrTwiceForAQuestionIsRefused() throws {
        let (workspace, id) = try Fixture.workspace()
        let recorder = try workspace.startInterview(assessment: id, respondent: "Jane Doe", role: "dev")
        try recorder.saveDraft(InterviewDraft(note: "Asked"), for: "Q1")
        var bundle = try workspace.export()
        let draft = try #require(bundle.assessments[0].respondents[0].drafts?.first)
        var empty = draft
        empty.note = nil
        bundle.assessments[0].respondents[0].drafts = [draft, empty]
        let restored = try Workspace.inMemory()
        #expect(throws: BundleError.several([
            .duplicate(path: "bundle", line: 0, column: 0, record: "the draft of question", key: "Q1"),
            .missingField(path: "bundle", line: 0, column: 0, record: "the draft of question Q1", field: "note"),
        ])) { try restored.importBundle(bundle) }
        #expect(try restored.read { db in try OrganisationRecord.fetchCount(db) } == 0, "nothing imported")
    }

    /// A workspace of the schema before drafts (v1 and v2) gets the draft
    /// table when opened, keeps its data, and takes drafts.
    @Test func aWorkspaceOfTheSchemaBeforeDraftsMigratesAndTakesDrafts() throws {
        let folder = try WorkspaceFileTests.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("v2.sqlite").path
        do {
            let queue = try DatabaseQueue(path: path)
            try Schema.migrator.migrate(queue, upTo: "v2-interview-skips")
            #expect(try queue.read { db in try db.tableExists("draft") } == false)
        }
        let opened = try Workspace.open(at: path, create: false)
        #expect(try opened.read { db in try Schema.migrator.appliedIdentifiers(db) } == Set(Schema.migrator.migrations))
        try opened.addOrganisation(name: "Acme Corp", slug: "acme")
        let assessment = try opened.newAssessment(organisation: "acme", content: Fixture.content, questionnaire: "q",
                                                  date: CalendarDate(year: 2026, month: 1, day: 10))
        let recorder = try opened.startInterview(assessment: assessment.id ?? 0, respondent: "Jane Doe", role: "dev")
        try recorder.saveDraft(InterviewDraft(note: "Asked"), for: "Q1")
        #expect(try Self.drafts(opened).map(\.note) == ["Asked"])
    }
}
