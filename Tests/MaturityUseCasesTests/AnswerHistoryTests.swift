import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// `AnswerHistory` and `AssessmentQueries.select`, as `ospo answers history` calls them.
struct AnswerHistoryTests {
    @Test func anAssessmentIsSelectedByNumberOrByItsOrganisation() throws {
        let workspace = try Samples.acmeWorkspace()
        #expect(try AssessmentQueries.select(workspace, assessment: 1, organisation: nil)?.id == 1)
        #expect(try AssessmentQueries.select(workspace, assessment: nil, organisation: "acme-works")?.id == 1)
        #expect(try AssessmentQueries.select(workspace, assessment: nil, organisation: nil) == nil)
        #expect(throws: WorkspaceError.unknownAssessment(4)) {
            try AssessmentQueries.select(workspace, assessment: 4, organisation: nil)
        }
    }

    @Test func everyRevisionIsOneLine() throws {
        let workspace = try Samples.acmeWorkspace()
        let revisions = try AnswerHistory.revisions(workspace, assessment: 1, question: "STR-02")
        // Acme's file gives STR-02 once: "no", by ada, an executive.
        #expect(revisions.count == 1)
        let revision = try #require(revisions.first)
        #expect(AnswerHistory.line(for: revision)
                == "\(revision.recordedAt)  ada (executive): no  [import \(revision.source) by test]")
        #expect(try AnswerHistory.revisions(workspace, assessment: 1, question: "STR-03").isEmpty)
        #expect(AnswerHistory.noAnswersLine(question: "STR-03", assessment: 1) == "no answers to STR-03 in assessment 1")
        #expect(throws: WorkspaceError.unknownAssessment(3)) {
            try AnswerHistory.revisions(workspace, assessment: 3, question: "STR-02")
        }
    }
}
