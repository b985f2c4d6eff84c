/// The organisations an account may act on: every one (including those
/// added later) or only those named, by short name.
public enum AccountScope: Sendable, Equatable {
    case allOrganisations
    case only(Set<String>)

    /// Whether the scope includes the organisation with this short name.
    public func includes(_ organisation: String) -> Bool {
        switch self {
        case .allOrganisations: true
        case .only(let slugs): slugs.contains(organisation)
        }
    }
}
