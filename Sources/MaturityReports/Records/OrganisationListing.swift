/// One organisation of the workspace, as `ospo org list` shows it.
public struct OrganisationListing: Sendable, Hashable {
    public var slug: String
    public var name: String
    public var sector: String?
    /// How many assessments it has.
    public var assessments: Int

    public init(slug: String, name: String, sector: String?, assessments: Int) {
        self.slug = slug
        self.name = name
        self.sector = sector
        self.assessments = assessments
    }
}
