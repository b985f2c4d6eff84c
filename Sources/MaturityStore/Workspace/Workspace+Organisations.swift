import GRDB
import MaturityKit

extension Workspace {
    /// Adds an organisation; its slug (the short name commands take) is made
    /// from the name unless given.
    @discardableResult
    public func addOrganisation(name: String, slug: String? = nil, sector: String? = nil) throws -> OrganisationRecord {
        let trimmed = name.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw WorkspaceError.organisationNameMissing }
        let slug = slug ?? Self.slug(for: trimmed)
        guard !slug.isEmpty, MaturityKit.Identifier.isValid(slug) else {
            throw WorkspaceError.invalidShortName(slug)
        }
        return try write { db in
            if try OrganisationRecord.filter(OrganisationRecord.Columns.slug == slug).fetchOne(db) != nil {
                throw WorkspaceError.organisationExists(slug: slug)
            }
            var record = OrganisationRecord(id: nil, uid: Self.newUID(), slug: slug, name: trimmed, sector: sector, createdAt: now)
            try record.insert(db)
            return record
        }
    }

    public func organisations() throws -> [OrganisationRecord] {
        try read { db in try OrganisationRecord.order(OrganisationRecord.Columns.slug).fetchAll(db) }
    }

    /// The organisation a user named: by slug, by name (any letter case), or by number.
    public func organisation(_ reference: String) throws -> OrganisationRecord {
        try read { db in try Self.organisation(reference, in: db) }
    }

    static func organisation(_ reference: String, in db: Database) throws -> OrganisationRecord {
        if let found = try OrganisationRecord.filter(OrganisationRecord.Columns.slug == reference).fetchOne(db) { return found }
        let all = try OrganisationRecord.fetchAll(db)
        if let found = all.first(where: { $0.name.lowercased() == reference.lowercased() }) { return found }
        if let number = Int64(reference), let found = all.first(where: { $0.id == number }) { return found }
        throw WorkspaceError.unknownOrganisation(reference, known: all.map(\.slug).sorted())
    }

    /// `Northwind Agency` → `northwind-agency`.
    public static func slug(for name: String) -> String {
        var slug = ""
        for scalar in name.lowercased().unicodeScalars {
            if ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) {
                slug.unicodeScalars.append(scalar)
            } else if !slug.isEmpty && !slug.hasSuffix("-") {
                slug.append("-")
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug
    }
}
