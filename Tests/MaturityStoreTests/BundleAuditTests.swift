import Foundation
import Testing
import MaturityKit
@testable import MaturityStore

/// The audit trail in export bundles: kept through export and import with
/// its original actors and times, optional for bundles written before it.
struct BundleAuditTests {
    /// `BundleCheckTests`' bundle with an audit trail of two entries after its
    /// plans; `entry` replaces the second one (line 19).
    static func text(entry: String = #"    { "at": "2026-05-02T08:00:00Z", "actor": "account:ana", "action": "manageUsers", "subject": "account ben added as lead" }"#) -> String {
        var lines = BundleCheckTests.lines
        lines[15] = #"  "plans": [],"#
        lines.insert(contentsOf: [
            #"  "audit": ["#,                                                                                                  // 17
            #"    { "at": "2026-05-01T09:30:00Z", "actor": "cli:kim", "action": "importAnswers", "organisation": "org-1", "subject": "1 answers imported into assessment 1 from a.yaml" },"#, // 18
            entry,                                                                                                           // 19
            #"  ]"#,                                                                                                         // 20
        ], at: 16)
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func aBundleWithoutATrailImportsAndExportsAnEmptyOne() throws {
        let text = BundleCheckTests.text()
        let workspace = try Workspace.inMemory()
        let summary = try workspace.importBundle(try BundleCheckTests.read(text), source: ("b.json", Data(text.utf8)))
        #expect(summary.answers == 1 && summary.auditEntries == 0)
        #expect(try workspace.auditTrail(organisation: nil).isEmpty)
        #expect(try workspace.export().audit == [])
    }

    @Test func theTrailComesInWithItsActorsTimesAndOrganisations() throws {
        let text = Self.text()
        let workspace = try Workspace.inMemory(clock: { Date(timeIntervalSince1970: 1_800_000_000) })
        let summary = try workspace.importBundle(try BundleCheckTests.read(text), source: ("b.json", Data(text.utf8)))
        #expect(summary.auditEntries == 2)
        let harbour = try workspace.organisation("harbour").id
        #expect(try workspace.auditTrail(organisation: nil).map { [$0.at, $0.actor, $0.action, $0.subject] } == [
            ["2026-05-01T09:30:00Z", "cli:kim", "importAnswers", "1 answers imported into assessment 1 from a.yaml"],
            ["2026-05-02T08:00:00Z", "account:ana", "manageUsers", "account ben added as lead"],
        ])
        #expect(try workspace.auditTrail(organisation: nil).map(\.organisationId) == [harbour, nil])
        // Imported twice: nothing more.
        #expect(try workspace.importBundle(try BundleCheckTests.read(text)).auditEntries == 0)
        #expect(try workspace.auditTrail(organisation: nil).count == 2)
    }

    @Test func twoEqualEntriesStayTwoAndAreNotAddedAgain() throws {
        // The same reading recorded twice in one second: two equal entries.
        let twice = #"    { "at": "2026-05-01T09:30:00Z", "actor": "cli:kim", "action": "importAnswers", "organisation": "org-1", "subject": "1 answers imported into assessment 1 from a.yaml" }"#
        let text = Self.text(entry: twice)
        let workspace = try Workspace.inMemory()
        #expect(try workspace.importBundle(try BundleCheckTests.read(text)).auditEntries == 2)
        #expect(try workspace.importBundle(try BundleCheckTests.read(text)).auditEntries == 0)
        #expect(try workspace.auditTrail(organisation: nil).count == 2)
    }

    @Test func exportThenImportThenExportKeepsTheTrail() throws {
        let clock: @Sendable () -> Date = { Date(timeIntervalSince1970: 1_800_000_000) }
        let text = Self.text()
        let original = try Workspace.inMemory(clock: clock)
        try original.importBundle(try BundleCheckTests.read(text))
        // A newer entry than the bundle's, written by this workspace.
        try original.recordChange(actor: "account:ana", action: "moveObjective", organisation: "harbour", subject: "objective 1 (A-1) → done",
                                  detail: "signed off")
        let first = try original.export()
        #expect(first.audit?.count == 3)
        let restored = try Workspace.inMemory(clock: clock)
        #expect(try restored.importBundle(first).auditEntries == 3)
        #expect(try restored.export() == first)
        // One organisation's bundle holds its own entries only.
        #expect(try original.export(organisation: "harbour").audit?.map(\.subject)
                == ["1 answers imported into assessment 1 from a.yaml", "objective 1 (A-1) → done"])
    }

    @Test func entriesRestoredFromABundleTakeTheirPlaceInTime() throws {
        // The workspace has an entry newer than the bundle's; the trail still
        // lists oldest first.
        let workspace = try Workspace.inMemory(clock: { Date(timeIntervalSince1970: 1_800_000_000) })
        try workspace.recordChange(actor: "cli:ops", action: "addOrganisation", organisation: nil, subject: "later")
        let text = Self.text()
        try workspace.importBundle(try BundleCheckTests.read(text))
        // 1_800_000_000 s is 2027-01-15T08:00:00Z, after both bundle entries.
        #expect(try workspace.auditTrail(organisation: nil).map(\.at) == ["2026-05-01T09:30:00Z", "2026-05-02T08:00:00Z", "2027-01-15T08:00:00Z"])
    }

    /// Line 19 is `    { "at": "…", "actor"…`: the value of "at" starts
    /// after 4 spaces, `{ `, `"at": ` (6): column 13; the record's brace at 5.
    @Test func aBadEntryIsRefusedAtItsPlaceAndNothingIsImported() throws {
        let badTime = Self.text(entry: #"    { "at": "yesterday", "actor": "cli:kim", "action": "invite", "subject": "x" }"#)
        #expect(throws: BundleError.invalidValue(path: "b.json", line: 19, column: 13, field: "at", value: "yesterday",
                                                 expected: "a time such as 2026-11-21T20:00:00Z")) {
            try BundleCheckTests.read(badTime)
        }
        // `    { "at": "2026-05-02T08:00:00Z", "actor": "cli:kim", ` is 4 + 2 + (6 + 22 + 2) + (9 + 9 + 2) = 56
        // characters; `"organisation": ` 16 more: the value at column 73.
        let dangling = Self.text(entry: #"    { "at": "2026-05-02T08:00:00Z", "actor": "cli:kim", "organisation": "org-9", "action": "invite", "subject": "x" }"#)
        #expect(throws: BundleError.danglingReference(path: "b.json", line: 19, column: 73, record: "audit entry", uid: "2",
                                                      target: "organisation", reference: "org-9")) {
            try BundleCheckTests.read(dangling)
        }
        // An entry without its actor: reported at the entry's brace, column 5.
        let missing = Self.text(entry: #"    { "at": "2026-05-02T08:00:00Z", "action": "invite", "subject": "x" }"#)
        #expect(throws: BundleError.missingField(path: "b.json", line: 19, column: 5, record: "the record", field: "actor")) {
            try BundleCheckTests.read(missing)
        }
    }
}
