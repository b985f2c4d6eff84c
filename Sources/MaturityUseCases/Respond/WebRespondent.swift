/// A respondent signed in through their link: who they are and where their
/// answers go. Made only by `RespondentDesk`, from a session that is valid.
public struct WebRespondent: Sendable, Hashable {
    /// The invitation's public id, which the respondent's addresses carry.
    public let invitation: String
    public let assessment: Int64
    public let key: String
    public let name: String
    public let role: String
    /// The token of the state-changing requests of this session.
    public let csrf: String
}
