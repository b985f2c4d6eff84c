import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// `ProgressQueries` and `InterviewSaving`, called without the CLI.
struct ProgressAndInterviewTests {
    @Test func comparisonAndProgressNameWhatIsMissing() throws {
        let workspace = try Samples.acmeWorkspace()
        #expect(throws: WorkspaceError.unknownAssessment(5)) {
            try ProgressQueries.comparison(workspace, first: 1, second: 5)
        }
        #expect(throws: WorkspaceError.unknownOrganisation("ghost", known: ["acme-works"])) {
            try ProgressQueries.progress(workspace, organisation: "ghost", asOf: Samples.day)
        }
    }

    @Test func anAssessmentComparedWithItselfChangesNothing() throws {
        let workspace = try Samples.acmeWorkspace()
        let comparison = try ProgressQueries.comparison(workspace, first: 1, second: 1)
        #expect(!comparison.dimensions.isEmpty)
        #expect(comparison.dimensions.allSatisfy { $0.changes.isEmpty && $0.scoreChange ?? 0 == 0 })
    }

    @Test func interviewStepsAreSavedAtOnce() throws {
        let workspace = try Samples.acmeWorkspace()
        let recorder = try InterviewSaving.start(in: workspace, assessment: 1, respondent: "Cy Park", role: "executive")
        try InterviewSaving.save(.record(question: "STR-01", answer: Answer(.option("yes"))), with: recorder)
        try InterviewSaving.save(.skip(question: "STR-02"), with: recorder)
        #expect(recorder.recorded == 1)
        // Resumed: the answer and the skip are there.
        let resumed = try InterviewSaving.start(in: workspace, assessment: 1, respondent: "Cy Park", role: nil)
        #expect(resumed.savedAnswers["STR-01"]?.choice == .option("yes"))
        #expect(resumed.savedSkips == ["STR-02"])
    }

    @Test func aStepTheWorkspaceRefusesIsNamedWithItsQuestion() throws {
        let workspace = try Samples.acmeWorkspace()
        #expect(throws: WorkspaceError.unknownAssessment(9)) {
            try InterviewSaving.start(in: workspace, assessment: 9, respondent: "Cy Park", role: "executive")
        }
        let recorder = try InterviewSaving.start(in: workspace, assessment: 1, respondent: "Cy Park", role: "executive")
        try AssessmentClosing.close(1, in: workspace)
        let reason = WorkspaceError.closedDuringInterview(1).description
        #expect(throws: UseCaseError.interviewNotSaved(.answer, question: "STR-01", reason: reason)) {
            try InterviewSaving.save(.record(question: "STR-01", answer: Answer(.option("no"))), with: recorder)
        }
        #expect(throws: UseCaseError.interviewNotSaved(.skip, question: "STR-02", reason: reason)) {
            try InterviewSaving.save(.skip(question: "STR-02"), with: recorder)
        }
        #expect(UseCaseError.interviewNotSaved(.draftRemoval, question: "STR-03", reason: "why").description
                == "the note or evidence for STR-03, already in its answer, was not removed from the drafts: why")
    }
}
