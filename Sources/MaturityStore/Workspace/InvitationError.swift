/// Why an invitation could not be made or ended.
public enum InvitationError: Error, Equatable, CustomStringConvertible {
    /// The respondent already holds a link to the assessment that still works.
    case alreadyInvited(respondent: String, assessment: Int64, invitation: Int64)
    /// No invitation has this id.
    case unknownInvitation(Int64)
    /// The invitation was revoked before.
    case alreadyRevoked(Int64)
    /// A workspace store that keeps no invitations (not an `InvitationStore`).
    case invitationsUnsupported

    public var description: String {
        switch self {
        case let .alreadyInvited(respondent, assessment, invitation):
            "respondent '\(respondent)' already has a link to assessment \(assessment) (invitation \(invitation)); revoke it first with 'ospo invite --revoke \(invitation)'"
        case let .unknownInvitation(id):
            "no invitation \(id) in this workspace; check the number 'ospo invite' printed"
        case let .alreadyRevoked(id):
            "invitation \(id) is already revoked"
        case .invitationsUnsupported:
            "this workspace store keeps no invitations; use a SQLite workspace"
        }
    }
}
