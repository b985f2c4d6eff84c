import Foundation
import MaturityKit
import MaturityStore

/// Makes private links for respondents of an assessment (`ospo invite`):
/// one a person, each a new secret of which only the hash is stored.
public enum InvitationIssuing {
    /// Invites `invitees` to answer assessment `assessment`, all or none.
    /// - Parameters:
    ///   - expires: the links' last day, or nil for links that last until revoked.
    ///   - baseURL: where `ospo serve` is reached, such as `https://survey.example.org`.
    /// - Throws: `InviteError` for an invitee the assessment cannot take,
    ///   `InvitationError` for someone invited already, `WorkspaceError` otherwise.
    ///   - actor: who issues them, for the audit trail (one entry for the list).
    public static func issue(in workspace: any WorkspaceStore, assessment: Int64, invitees: [Invitee], expires: CalendarDate?,
                             baseURL: String, by actor: ChangeActor = .currentUser()) throws -> [IssuedInvitation] {
        let base = try checkedBase(baseURL)
        let today = workspace.fixedToday ?? CalendarDate(Date())
        if let expires, expires < today { throw InviteError.expiryPast(expires.description, today: today.description) }
        var drafts: [InvitationDraft] = []
        var tokens: [String] = []
        var seen: [String: String] = [:]
        for invitee in invitees {
            // The interview's own checks decide the respondent's id and
            // whether the role fits, without writing anything.
            let key: String
            do {
                key = try workspace.interview(assessment: assessment, respondent: invitee.name, role: invitee.role).respondentKey
            } catch WorkspaceError.refusedByQuestionnaire(let problem) {
                throw InviteError.invitee(name: invitee.name, reason: problem, at: invitee.location)
            } catch let error as WorkspaceError {
                if case .unknownAssessment = error { throw error }
                if case .assessmentClosed = error { throw error }
                throw InviteError.invitee(name: invitee.name, reason: error.description, at: invitee.location)
            }
            if let earlier = seen[key] {
                throw InviteError.invitee(name: invitee.name, reason: "'\(earlier)' in the same list has the same respondent id '\(key)'",
                                          at: invitee.location)
            }
            seen[key] = invitee.name
            let token = SecretToken.make()
            tokens.append(token)
            drafts.append(InvitationDraft(respondentKey: key, name: invitee.name, role: invitee.role, email: invitee.email,
                                          tokenHash: SecretToken.hash(token), expiresOn: expires))
        }
        let records = try InvitationError.invitationStore(workspace).addInvitations(drafts, assessment: assessment)
        try AuditTrail.record(.invite, by: actor, about: .assessment(assessment), subject: Self.subject(of: records, assessment: assessment),
                              detail: expires.map { "links last until \($0)" }, in: workspace)
        return zip(records, tokens).map { record, token in
            IssuedInvitation(id: record.id ?? 0, name: record.name, role: record.role, email: record.email,
                             link: "\(base)/r/\(token)", expiresOn: record.expiresOn)
        }
    }

    /// `baseURL` without a trailing slash, when it is an http(s) address.
    static func checkedBase(_ baseURL: String) throws -> String {
        var base = baseURL.trimmedWhitespace
        while base.hasSuffix("/") { base.removeLast() }
        guard let url = URL(string: base), let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
              url.host?.isEmpty == false, url.query == nil, url.fragment == nil else {
            throw InviteError.badBaseURL(baseURL)
        }
        return base
    }

    /// What the audit trail says of the invitations issued: how many, and to
    /// whom (never their links).
    static func subject(of records: [InvitationRecord], assessment: Int64) -> String {
        let people = records.map { "\($0.name) (\($0.role))" }.joined(separator: ", ")
        return "\(records.count) invitation\(records.count == 1 ? "" : "s") to assessment \(assessment): \(people)"
    }

    /// Ends invitation `id`, recording who ended it; returns the line a front end prints.
    public static func revoke(_ id: Int64, by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore) throws -> String {
        let record = try InvitationError.invitationStore(workspace).revokeInvitation(id)
        try AuditTrail.record(.invite, by: actor, about: .assessment(record.assessmentId),
                              subject: "invitation \(id) of \(record.name) (\(record.role)) revoked", in: workspace)
        return "revoked invitation \(id) of \(record.name) (assessment \(record.assessmentId)); its link and sessions no longer open"
    }
}
