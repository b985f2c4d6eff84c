import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// The SQLite workspace used through the `WorkspaceStore` protocol, as a use
/// case holding any store would: the same answers as through `Workspace`,
/// and the protocol's defaults give what `Workspace`'s default arguments give.
struct WorkspaceStoreTests {
    @Test func theWorkspaceAnswersThroughTheProtocol() throws {
        let (workspace, id) = try WorkspaceTests.workspace()
        let store: any WorkspaceStore = workspace
        #expect(store.path == ":memory:")
        store.fixedToday = CalendarDate(year: 2026, month: 3, day: 1)
        #expect(workspace.fixedToday == CalendarDate(year: 2026, month: 3, day: 1))
        try store.addOrganisation(name: "Bay Works")
        #expect(try store.organisations().map(\.slug) == ["acme", "bay-works"])
        let second = try store.newAssessment(organisation: "bay-works", content: WorkspaceTests.content, questionnaire: "q",
                                             date: CalendarDate(year: 2026, month: 2, day: 1))
        #expect(second.label == nil && second.status == .open)
        // Without an organisation: every assessment, by date (acme's 2026-01-10 first).
        #expect(try store.assessments().map(\.id) == [id, second.id])
        #expect(try store.assessments(organisation: "bay-works").map(\.id) == [second.id])
        try store.importAnswers(try WorkspaceTests.answers("  - { id: r1, role: boss, answers: { Q1: \"no\" } }"), into: id, source: "a")
        #expect(try store.history(of: id, question: "Q1").map(\.kind) == [.import])
        #expect(try store.export().organisations.map(\.slug) == ["acme", "bay-works"])
        #expect(try store.export(organisation: "acme").organisations.map(\.slug) == ["acme"])
    }
}
