import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// The streaming import of a long CSV: answers given twice in one file.
struct LongImportTests {
    typealias Fixture = WorkspaceTests

    @Test func anAnswerGivenTwiceIsFoundWhetherTheRowsAreTogetherOrApart() throws {
        let (workspace, id) = try Fixture.workspace()
        // r1 answers Q1 on rows 2 and 4, with r2 between; r2 answers Q2 on rows 5 and 6.
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("twice-\(UUID().uuidString).csv")
        try "respondent,role,question,answer\nr1,boss,Q1,yes\nr2,dev,Q1,no\nr1,boss,Q1,no\nr2,dev,Q2,yes\nr2,dev,Q2,no\nr1,boss,Q2,yes\n"
            .write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        do {
            try workspace.importLongCSV(at: url.path, into: id)
            Issue.record("the import should fail")
        } catch let error as ContentError {
            #expect(error.diagnostics.map(\.description) == [
                "\(url.path):4:3: error: respondent 'r1' answers 'Q1' twice in this file",
                "\(url.path):6:3: error: respondent 'r2' answers 'Q2' twice in this file",
            ])
        }
        #expect(try workspace.answerSet(of: id).respondents.isEmpty, "a refused file writes nothing")
    }
}
