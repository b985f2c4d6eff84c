import MaturityStore

/// Adds an organisation, as `ospo org add` does.
public enum OrganisationAdding {
    /// Adds `name`, with `slug` as its short name (default: made from the name).
    public static func add(name: String, slug: String? = nil, sector: String? = nil, in workspace: any WorkspaceStore) throws -> OrganisationRecord {
        try workspace.addOrganisation(name: name, slug: slug, sector: sector)
    }

    /// The line a front end prints for `record`.
    public static func line(for record: OrganisationRecord) -> String {
        "added organisation \(record.slug) (\(record.name))"
    }
}
