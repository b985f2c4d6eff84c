import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// Statuses, kinds, units and directions are typed values in the store: a
/// word this version does not know, written by another program, is reported
/// as a damaged workspace instead of being read as text or replaced by a
/// value the store invents; and a bundle cannot bring one in.
struct StoredKindsTests {
    static let damaged = WorkspaceError.damaged(path: ":memory:", detail: "a record holds a value this version cannot read")

    /// Sets one column of every row of a table, as another program could.
    static func overwrite(_ workspace: Workspace, _ table: String, _ column: String, _ word: String) throws {
        try workspace.write { db in try db.execute(sql: "UPDATE \(table) SET \(column) = ?", arguments: [word]) }
    }

    @Test func theStoredWordsReadAsTheirValues() throws {
        let workspace = try ProgressTests.workspaceWithObjective()
        let assessment = try workspace.latestAssessment(organisation: "acme")
        #expect(assessment.status == .open)
        #expect(try workspace.history(of: assessment.id ?? 0, question: "Q1").map(\.kind) == [.import])
        let summary = try workspace.objective("alpha.one", organisation: "acme")
        #expect(summary.history.map(\.status) == [.planned])
        #expect(summary.measures.map(\.unit) == [.percent])
        #expect(summary.measures.map(\.direction) == [.up])
        // The raw words on disk are the ones workspaces have always held: one
        // assessment, one batch, the plan's two objectives planned once each,
        // and the one measure (of alpha.one).
        let words = try workspace.read { db in
            try String.fetchAll(db, sql: "SELECT status FROM assessment UNION ALL SELECT kind FROM batch UNION ALL SELECT status FROM objectiveStatus"
                                    + " UNION ALL SELECT unit FROM measure UNION ALL SELECT direction FROM measure")
        }
        #expect(words == ["open", "import", "planned", "planned", "percent", "up"])
    }

    @Test func anUnknownAssessmentStatusIsADamagedWorkspace() throws {
        let workspace = try ProgressTests.workspaceWithObjective()
        let id = try workspace.latestAssessment(organisation: "acme").id ?? 0
        try Self.overwrite(workspace, "assessment", "status", "pending")
        #expect(throws: Self.damaged) { try workspace.assessment(id) }
    }

    /// Before, a unit the store did not know was shown as a count.
    @Test func anUnknownMeasureUnitIsADamagedWorkspaceNotACount() throws {
        let workspace = try ProgressTests.workspaceWithObjective()
        try Self.overwrite(workspace, "measure", "unit", "furlongs")
        #expect(throws: Self.damaged) { try workspace.objective("alpha.one", organisation: "acme") }
    }

    /// Before, a direction the store did not know was taken as "up".
    @Test func anUnknownMeasureDirectionIsADamagedWorkspace() throws {
        let workspace = try ProgressTests.workspaceWithObjective()
        try Self.overwrite(workspace, "measure", "direction", "sideways")
        #expect(throws: Self.damaged) {
            try workspace.progressReport(organisation: "acme", asOf: CalendarDate(year: 2026, month: 3, day: 1))
        }
    }

    /// Before, an unknown status read as "planned" and any move from it was allowed.
    @Test func anUnknownObjectiveStatusIsADamagedWorkspace() throws {
        let workspace = try ProgressTests.workspaceWithObjective()
        try Self.overwrite(workspace, "objectiveStatus", "status", "paused")
        #expect(throws: Self.damaged) { try workspace.setStatus(.done, objective: "alpha.one", organisation: "acme", note: nil) }
    }

    /// The revision history reads its batch kind from a joined row, not a record.
    @Test func anUnknownBatchKindIsADamagedWorkspace() throws {
        let workspace = try ProgressTests.workspaceWithObjective()
        let id = try workspace.latestAssessment(organisation: "acme").id ?? 0
        try Self.overwrite(workspace, "batch", "kind", "manual")
        #expect(throws: Self.damaged) { try workspace.history(of: id, question: "Q1") }
    }

    /// A batch kind is checked with the bundle's other values, at its place:
    /// line 11 `      "batches": [{ "uid": "b-1", ` is 6 + 11 + 3 + 14 = 34
    /// characters, `"kind": ` 8 more, the value at 43.
    @Test func aBundleWithAnUnknownBatchKindIsRefusedAtItsPlace() {
        let text = BundleCheckTests.text(11, #""import""#, #""manual""#)
        #expect(throws: BundleError.invalidValue(path: "b.json", line: 11, column: 43, field: "kind", value: "manual",
                                                 expected: "one of import, interview, entry")) {
            try BundleCheckTests.read(text)
        }
    }
}
