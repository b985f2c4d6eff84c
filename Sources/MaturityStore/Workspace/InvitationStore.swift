/// What the invitation and respondent use cases ask of a store beyond
/// `WorkspaceStore`: private links and the web sessions they open. Kept
/// apart so that invitations need no change to that protocol; `Workspace`
/// conforms, and a store that keeps no invitations is refused by name.
public protocol InvitationStore: AnyObject {
    func addInvitations(_ drafts: [InvitationDraft], assessment assessmentId: Int64) throws -> [InvitationRecord]
    func invitations(assessment assessmentId: Int64?) throws -> [InvitationRecord]
    func revokeInvitation(_ id: Int64) throws -> InvitationRecord
    func invitation(tokenHash: String) throws -> InvitationRecord?
    func openWebSession(invitation invitationId: Int64, tokenHash: String) throws
    func invitation(uid: String, sessionHash: String) throws -> InvitationRecord?
    func changeStamp() throws -> ChangeStamp
    func preferServerCommits() throws
}

extension Workspace: InvitationStore {}

extension InvitationError {
    /// The store as an `InvitationStore`, or `invitationsUnsupported`.
    public static func invitationStore(_ store: AnyObject) throws -> any InvitationStore {
        guard let invitations = store as? any InvitationStore else { throw InvitationError.invitationsUnsupported }
        return invitations
    }
}
