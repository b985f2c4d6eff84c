import MaturityStore

/// Adds an organisation, as `ospo org add` does.
public enum OrganisationAdding {
    /// Adds `name`, with `slug` as its short name (default: made from the
    /// name), and records who added it in the audit trail.
    public static func add(name: String, slug: String? = nil, sector: String? = nil, by actor: ChangeActor = .currentUser(),
                           in workspace: any WorkspaceStore) throws -> OrganisationRecord {
        let record = try workspace.addOrganisation(name: name, slug: slug, sector: sector)
        try AuditTrail.record(.addOrganisation, by: actor, about: .organisation(record.slug),
                              subject: "organisation \(record.slug) added (\(record.name))", in: workspace)
        return record
    }

    /// The line a front end prints for `record`.
    public static func line(for record: OrganisationRecord) -> String {
        "added organisation \(record.slug) (\(record.name))"
    }
}
