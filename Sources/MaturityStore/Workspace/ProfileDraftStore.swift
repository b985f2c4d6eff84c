import GRDB

/// A profile being edited in the web workspace: the form's fields as they
/// were sent (JSON text), who saved them and when.
public struct ProfileDraft: Sendable, Equatable {
    public var fields: String
    public var savedAt: String
    public var savedBy: String

    public init(fields: String, savedAt: String, savedBy: String) {
        self.fields = fields
        self.savedAt = savedAt
        self.savedBy = savedBy
    }
}

/// What the web's profile editor asks of a store beyond `WorkspaceStore`:
/// one draft per organisation, kept until it is accepted or discarded.
/// Kept apart so that drafts need no change to that protocol; `Workspace`
/// conforms. Drafts are work in progress: export bundles leave them out.
public protocol ProfileDraftStore: AnyObject {
    /// The organisation's draft, if it has one.
    func profileDraft(organisation: String) throws -> ProfileDraft?
    /// Keeps `fields` as the organisation's draft, replacing the one before.
    func saveProfileDraft(organisation: String, fields: String, by actor: String) throws
    /// Removes the organisation's draft; harmless when there is none.
    func discardProfileDraft(organisation: String) throws
}

extension Workspace: ProfileDraftStore {
    public func profileDraft(organisation: String) throws -> ProfileDraft? {
        try read { db in
            let id = try Self.organisation(organisation, in: db).id
            return try Row.fetchOne(db, sql: "SELECT fields, savedAt, savedBy FROM profileDraft WHERE organisationId = ?",
                                    arguments: [id])
                .map { ProfileDraft(fields: $0["fields"], savedAt: $0["savedAt"], savedBy: $0["savedBy"]) }
        }
    }

    public func saveProfileDraft(organisation: String, fields: String, by actor: String) throws {
        try write { db in
            let id = try Self.organisation(organisation, in: db).id
            try db.execute(sql: """
                INSERT INTO profileDraft (organisationId, fields, savedAt, savedBy) VALUES (?, ?, ?, ?)
                ON CONFLICT (organisationId) DO UPDATE SET fields = excluded.fields, savedAt = excluded.savedAt, savedBy = excluded.savedBy
                """, arguments: [id, fields, now, actor])
        }
    }

    public func discardProfileDraft(organisation: String) throws {
        try write { db in
            let id = try Self.organisation(organisation, in: db).id
            try db.execute(sql: "DELETE FROM profileDraft WHERE organisationId = ?", arguments: [id])
        }
    }
}
