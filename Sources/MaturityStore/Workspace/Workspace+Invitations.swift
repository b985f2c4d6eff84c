import GRDB
import MaturityKit

/// Where a workspace's writes stand (`Workspace.changeStamp`): SQLite's
/// `data_version`, which moves when another connection commits, and the
/// rows this connection changed.
public struct ChangeStamp: Sendable, Hashable {
    public var others: Int64
    public var own: Int64
}

/// What `addInvitations` records for one respondent; the token's hash only.
public struct InvitationDraft: Sendable, Hashable {
    public var respondentKey: String
    public var name: String
    public var role: String
    public var email: String?
    public var tokenHash: String
    public var expiresOn: CalendarDate?

    public init(respondentKey: String, name: String, role: String, email: String?, tokenHash: String, expiresOn: CalendarDate?) {
        self.respondentKey = respondentKey
        self.name = name
        self.role = role
        self.email = email
        self.tokenHash = tokenHash
        self.expiresOn = expiresOn
    }
}

extension Workspace {
    /// Records invitations to an open assessment, all in one transaction:
    /// either every one is added or none. A respondent who still holds a
    /// working (unrevoked) link is refused, so that one person has one link.
    public func addInvitations(_ drafts: [InvitationDraft], assessment assessmentId: Int64) throws -> [InvitationRecord] {
        let createdAt = now
        return try write { db in
            let assessment = try Self.assessment(assessmentId, in: db)
            guard assessment.status == .open else { throw WorkspaceError.assessmentClosed(assessmentId) }
            var made: [InvitationRecord] = []
            for draft in drafts {
                if let held = try InvitationRecord
                    .filter(InvitationRecord.Columns.assessmentId == assessmentId && InvitationRecord.Columns.respondentKey == draft.respondentKey
                            && InvitationRecord.Columns.revokedAt == nil)
                    .fetchOne(db), let id = held.id {
                    throw InvitationError.alreadyInvited(respondent: draft.respondentKey, assessment: assessmentId, invitation: id)
                }
                var record = InvitationRecord(id: nil, uid: Self.newUID(), assessmentId: assessmentId, respondentKey: draft.respondentKey,
                                              name: draft.name, role: draft.role, email: draft.email, tokenHash: draft.tokenHash,
                                              createdAt: createdAt, expiresOn: draft.expiresOn?.description, revokedAt: nil)
                try record.insert(db)
                made.append(record)
            }
            return made
        }
    }

    /// The invitations of an assessment, or of every assessment, oldest first.
    public func invitations(assessment assessmentId: Int64?) throws -> [InvitationRecord] {
        try read { db in
            var request = InvitationRecord.order(InvitationRecord.Columns.id)
            if let assessmentId { request = request.filter(InvitationRecord.Columns.assessmentId == assessmentId) }
            return try request.fetchAll(db)
        }
    }

    /// Ends an invitation: its link and every session opened with it stop working.
    @discardableResult
    public func revokeInvitation(_ id: Int64) throws -> InvitationRecord {
        let revokedAt = now
        return try write { db in
            guard var record = try InvitationRecord.fetchOne(db, key: id) else { throw InvitationError.unknownInvitation(id) }
            guard record.revokedAt == nil else { throw InvitationError.alreadyRevoked(id) }
            record.revokedAt = revokedAt
            try record.update(db)
            try db.execute(sql: "DELETE FROM webSession WHERE invitationId = ?", arguments: [id])
            return record
        }
    }

    /// The invitation whose link token has this hash, revoked or not.
    public func invitation(tokenHash: String) throws -> InvitationRecord? {
        try read { db in try InvitationRecord.filter(InvitationRecord.Columns.tokenHash == tokenHash).fetchOne(db) }
    }

    /// Opens a browser session for an invitation, keeping its token's hash.
    public func openWebSession(invitation invitationId: Int64, tokenHash: String) throws {
        let createdAt = now
        try write { db in
            var record = WebSessionRecord(id: nil, invitationId: invitationId, tokenHash: tokenHash, createdAt: createdAt)
            try record.insert(db)
        }
    }

    /// The invitation of the session whose cookie token has this hash, when
    /// that session belongs to the invitation `uid`; nil otherwise.
    public func invitation(uid: String, sessionHash: String) throws -> InvitationRecord? {
        try read { db in
            try InvitationRecord.fetchOne(db, sql: """
                SELECT invitation.* FROM invitation JOIN webSession ON webSession.invitationId = invitation.id
                WHERE invitation.uid = ? AND webSession.tokenHash = ?
                """, arguments: [uid, sessionHash])
        }
    }

    /// Where the workspace's writes stand: a stamp that changes with every
    /// commit, this connection's or another process's. A server keeps what it
    /// read while the stamp stays the same.
    public func changeStamp() throws -> ChangeStamp {
        try read { db in
            ChangeStamp(others: try Int64.fetchOne(db, sql: "PRAGMA data_version") ?? 0, own: Int64(db.totalChangesCount))
        }
    }

    /// Commits without waiting for the disk (`synchronous = NORMAL` in WAL
    /// mode), for this connection only. A commit is in the WAL file once it
    /// returns, so a killed process loses nothing it acknowledged; only a
    /// power loss or an operating-system crash can take back the last
    /// commits, and never damages the file (docs/serving.md).
    public func preferServerCommits() throws {
        guard path != ":memory:" else { return }
        try database.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA synchronous = NORMAL") }
    }
}
