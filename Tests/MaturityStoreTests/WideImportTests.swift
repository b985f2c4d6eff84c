import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// The streaming import of a wide CSV into an assessment.
struct WideImportTests {
    typealias Fixture = WorkspaceTests

    static func file(_ text: String) throws -> String {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("wide-\(UUID().uuidString).csv")
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url.path
    }

    @Test func aWideCSVImportsLikeTheSameAnswersInYAML() throws {
        let (workspace, id) = try Fixture.workspace()
        let path = try Self.file("respondent,role,Q1,Two\r\nr1,Boss,yes,\"na: Not ours\"\r\nr2,dev,No,\r\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        let summary = try workspace.importWideCSV(at: path, into: id)
        #expect((summary.newRespondents, summary.recorded) == (2, 3))
        let (other, otherId) = try Fixture.workspace()
        try other.importAnswers(try Fixture.answers("""
          - { id: r1, role: boss, answers: { Q1: "yes", Q2: { answer: na, justification: Not ours } } }
          - { id: r2, role: dev, answers: { Q1: "no" } }
        """), into: otherId, source: "yaml")
        #expect(try workspace.scorecard(of: id) == (try other.scorecard(of: otherId)))
        #expect(try workspace.history(of: id, question: "Q2").first?.answer.justification == "Not ours")
    }

    @Test func aBrokenFileWritesNothingAndReportsEveryCell() throws {
        let (workspace, id) = try Fixture.workspace()
        let good = try Self.file("respondent,role,Q1\nr1,boss,yes\n")
        defer { try? FileManager.default.removeItem(atPath: good) }
        try workspace.importWideCSV(at: good, into: id)
        let before = try workspace.export()
        // r1 comes back as a dev; r2 answers "maybe"; r3 has no role.
        let path = try Self.file("respondent,role,Q1\nr1,dev,no\nr2,dev,maybe\nr3,,yes\n")
        defer { try? FileManager.default.removeItem(atPath: path) }
        do {
            try workspace.importWideCSV(at: path, into: id)
            Issue.record("the import should fail")
        } catch let error as ContentError {
            #expect(error.diagnostics.sortedForDisplay().map(\.description) == [
                "\(path):2:2: error: respondent 'r1' is already in this assessment with role 'boss', not 'dev'",
                "\(path):3:3: error: 'maybe' is not an answer to Q1; it offers no (No), yes (Yes), unknown (Don't know). Map other texts under 'options' or 'question_options' in a mapping file (--mapping)",
                "\(path):4:2: error: row 4 has no role; fill in one of boss (Boss), dev (Dev)",
            ])
        }
        var after = try workspace.export()
        after.exportedAt = before.exportedAt
        #expect(after == before, "no batch, respondent or answer was written")
    }

    @Test func aFileInAnotherEncodingIsRefused() throws {
        let (workspace, id) = try Fixture.workspace()
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("latin1-\(UUID().uuidString).csv")
        try Data("respondent,role,Q1\nr\u{E9},boss,yes\n".data(using: .isoLatin1) ?? Data()).write(to: url)
        defer { try? FileManager.default.removeItem(at: url) }
        #expect(throws: ContentError.self) { try workspace.importWideCSV(at: url.path, into: id) }
        #expect(try workspace.answerSet(of: id).respondents.isEmpty)
    }
}
