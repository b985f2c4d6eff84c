import GRDB
import MaturityKit

/// The audit trail: one row for each change a use case makes, naming who made it.
extension Workspace {
    /// Records that `actor` did `action` to `subject` (of `organisation`, a
    /// short name, name or number, when the change belongs to one).
    @discardableResult
    public func recordChange(actor: String, action: String, organisation: String?, subject: String,
                             detail: String? = nil) throws -> AuditEntryRecord {
        try write { db in
            let organisationId = try organisation.map { try Self.organisation($0, in: db).id } ?? nil
            var entry = AuditEntryRecord(id: nil, at: now, actor: actor, action: action, organisationId: organisationId,
                                         subject: subject, detail: detail)
            try entry.insert(db)
            return entry
        }
    }

    /// The audit trail of one organisation (or of the whole workspace), oldest
    /// first: by time, then in the order written (entries restored from a
    /// bundle are written after newer ones the workspace held).
    public func auditTrail(organisation: String?) throws -> [AuditEntryRecord] {
        try read { db in
            var request = AuditEntryRecord.order(AuditEntryRecord.Columns.at, AuditEntryRecord.Columns.id)
            if let organisation {
                let id = try Self.organisation(organisation, in: db).id
                request = request.filter(AuditEntryRecord.Columns.organisationId == id)
            }
            return try request.fetchAll(db)
        }
    }
}

// MARK: - Whose change

extension Workspace {
    /// The short name of the organisation whose plan holds objective `id`.
    public func organisationSlug(ofObjective id: Int64) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT organisation.slug FROM objective JOIN plan ON plan.id = objective.planId
                JOIN organisation ON organisation.id = plan.organisationId WHERE objective.id = ?
                """, arguments: [id])
        }
    }

    /// The short name of the organisation assessment `id` belongs to.
    public func organisationSlug(ofAssessment id: Int64) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: """
                SELECT organisation.slug FROM assessment JOIN organisation ON organisation.id = assessment.organisationId
                WHERE assessment.id = ?
                """, arguments: [id])
        }
    }
}
