import Foundation
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// The desk's records in the staff fixture: one invitation on each
/// organisation's assessment, so the walk reaches the revoke form with a
/// real invitation, and a dimension of the shipped interview for the answers page.
extension StaffFixture {
    static let deskDimension = "strategy"

    func addDeskRecords() throws {
        for id in [acmeAssessment, birchAssessment] {
            _ = try InvitationIssuing.issue(in: workspace, assessment: id, invitees: [Invitee(name: "Pat Reyes", role: "developer")],
                                            expires: nil, baseURL: "http://127.0.0.1:8080")
        }
    }

    /// The first invitation of the organisation's assessment.
    func deskInvitation(organisation slug: String) throws -> Int64 {
        let id = slug == "acme-works" ? acmeAssessment : birchAssessment
        return try workspace.invitations(assessment: id).first?.id ?? 0
    }

    func deskParameters(organisation slug: String) -> [String: String] {
        ["invitation": String((try? deskInvitation(organisation: slug)) ?? 0), "dimension": Self.deskDimension]
    }

    /// The export bundle with every uid replaced by its order of first
    /// appearance, so that two workspaces built the same way compare equal
    /// (uids are random; the fixed clock makes every time the same).
    func comparableSnapshot() throws -> String {
        var text = try snapshotWithoutAudit()
        let pattern = try NSRegularExpression(pattern: #""uid"\s*:\s*"([^"]+)""#)
        let uids = pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap { match in
            Range(match.range(at: 1), in: text).map { String(text[$0]) }
        }
        var seen: [String] = []
        for uid in uids where !seen.contains(uid) { seen.append(uid) }
        for (index, uid) in seen.enumerated() { text = text.replacingOccurrences(of: uid, with: "uid-\(index)") }
        return text
    }

    /// The invitations of an assessment without their secrets and uids.
    func comparableInvitations(assessment id: Int64) throws -> [String] {
        try workspace.invitations(assessment: id).map {
            "\($0.id ?? 0) \($0.respondentKey) \($0.name) \($0.role) \($0.email ?? "-") \($0.createdAt) \($0.expiresOn ?? "-") \($0.revokedAt ?? "-")"
        }
    }
}
