import Testing
@testable import MaturityReports

/// Golden files for `ospo user list` and `ospo history`: review a change by
/// reading the diff of `Golden/accounts-*` and `Golden/history-*`.
struct AccountRenderTests {
    static let accounts = [
        AccountListing(name: "ana", role: "admin", state: "active", organisations: []),
        AccountListing(name: "ben.hale", role: "consultant", state: "setup link not used yet", organisations: ["acme-works", "globex"]),
        AccountListing(name: "cy", role: "viewer", state: "disabled", organisations: ["globex"]),
    ]

    static let history = [
        AuditListing(at: "2026-11-02T09:00:00Z", actor: "cli:ana", action: "startAssessment", organisation: "acme-works",
                     subject: "assessment 1 started from acme.yaml", note: nil),
        AuditListing(at: "2026-11-09T14:30:00Z", actor: "account:ben.hale", action: "moveObjective", organisation: "acme-works",
                     subject: "objective 3 (inventory.sbom) → done", note: "signed off by the board"),
        AuditListing(at: "2026-11-10T08:00:00Z", actor: "cli:ana", action: "manageUsers", organisation: nil,
                     subject: "account cy disabled", note: nil),
    ]

    @Test func theAccountList() throws {
        try assertGolden(try AccountRenderer.render(Self.accounts, as: .text), named: "accounts-list.txt")
        try assertGolden(try AccountRenderer.render(Self.accounts, as: .json), named: "accounts-list.json")
    }

    @Test func theHistory() throws {
        try assertGolden(try AuditRenderer.render(Self.history, as: .text), named: "history.txt")
        try assertGolden(try AuditRenderer.render(Self.history, as: .json), named: "history.json")
    }

    @Test func otherFormatsAreRefused() {
        #expect(throws: UnsupportedFormat(subject: "the history", format: .csv, accepted: [.text, .json])) {
            try AuditRenderer.render(Self.history, as: .csv)
        }
    }
}
