/// One invitation as the invitations page lists it.
public struct DeskInvitation: Sendable, Hashable {
    public var id: Int64
    public var name: String
    public var role: String
    public var email: String?
    public var expiresOn: String?
    public var revoked: Bool
    /// Questions put to this person (as their role and answers so far
    /// show them) and how many of them are answered.
    public var asked: Int
    public var answered: Int
    /// When their latest answer was recorded; nil before the first.
    public var lastActivity: String?

    public var started: Bool { answered > 0 }
    /// Every question put to them is answered.
    public var finished: Bool { asked > 0 && answered >= asked }
}
