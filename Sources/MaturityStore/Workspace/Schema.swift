import GRDB

/// The workspace schema. Migrations never change once shipped: a change is
/// a new migration appended below, so a workspace written by any earlier
/// version opens and migrates in this one.
enum Schema {
    /// `PRAGMA application_id` of every ospo workspace ("OSPO" in ASCII), so a
    /// foreign SQLite file is recognised and left alone.
    static let applicationID: Int32 = 0x4F53_504F

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1") { db in
            try db.execute(sql: "PRAGMA application_id = \(applicationID)")
            try db.create(table: "organisation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.column("slug", .text).notNull().unique()
                t.column("name", .text).notNull()
                t.column("sector", .text)
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "content") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("kind", .text).notNull()
                t.column("contentId", .text).notNull()
                t.column("version", .text)
                t.column("digest", .text).notNull()
                t.column("path", .text).notNull()
                t.column("text", .text).notNull()
                t.uniqueKey(["kind", "contentId", "digest"])
            }
            try db.create(table: "assessment") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("organisation", onDelete: .restrict).notNull()
                t.column("questionnaireId", .text).notNull()
                t.column("questionnaireVersion", .text).notNull()
                t.column("date", .text).notNull()
                t.column("label", .text)
                t.column("status", .text).notNull()
                t.column("createdAt", .text).notNull()
                t.column("closedAt", .text)
            }
            try db.create(table: "assessmentContent") { t in
                t.belongsTo("assessment", onDelete: .cascade).notNull()
                t.belongsTo("content", onDelete: .restrict).notNull()
                t.primaryKey(["assessmentId", "contentId"])
            }
            try db.create(table: "batch") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("assessment", onDelete: .cascade).notNull()
                t.column("kind", .text).notNull()
                t.column("source", .text).notNull()
                t.column("recordedBy", .text).notNull()
                t.column("recordedAt", .text).notNull()
            }
            try db.create(table: "respondent") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("assessment", onDelete: .cascade).notNull()
                t.column("key", .text).notNull()
                t.column("name", .text)
                t.column("role", .text).notNull()
                t.uniqueKey(["assessmentId", "key"])
            }
            // Every revision of every answer is a row; the current answer of a
            // respondent to a question is the one with the highest id.
            // A plain INTEGER PRIMARY KEY (no AUTOINCREMENT): answers are only
            // ever appended, so rowids grow anyway, and AUTOINCREMENT would
            // update sqlite_sequence on each of a million inserts.
            try db.create(table: "answer") { t in
                t.primaryKey("id", .integer)
                t.column("respondentId", .integer).notNull().references("respondent", onDelete: .cascade)
                t.column("batchId", .integer).notNull().references("batch", onDelete: .cascade)
                t.column("question", .text).notNull()
                t.column("choice", .text).notNull()
                t.column("note", .text)
                t.column("evidence", .text)
                t.column("justification", .text)
            }
            // Index entries end with the rowid, so this also orders revisions.
            try db.create(index: "answerByQuestion", on: "answer", columns: ["respondentId", "question"])
            try db.create(table: "profile") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("organisation", onDelete: .cascade).notNull()
                t.column("path", .text).notNull()
                t.column("text", .text).notNull()
                t.column("createdAt", .text).notNull()
            }
            try db.create(table: "plan") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("organisation", onDelete: .cascade).notNull()
                t.belongsTo("assessment", onDelete: .restrict).notNull()
                t.belongsTo("profile", onDelete: .restrict).notNull()
                t.column("roadmap", .text).notNull()
                t.column("acceptedAt", .text).notNull()
                t.column("supersededAt", .text)
            }
            try db.create(table: "objective") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("plan", onDelete: .cascade).notNull()
                t.column("actionId", .text).notNull()
                t.column("title", .text).notNull()
                t.column("dimension", .text).notNull()
                t.column("level", .integer).notNull()
                t.column("phase", .integer).notNull()
                t.column("start", .text).notNull()
                t.column("due", .text).notNull()
                t.column("effort", .double).notNull()
                t.column("roles", .text).notNull()
                t.uniqueKey(["planId", "actionId"])
            }
            try db.create(table: "objectiveStatus") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("objective", onDelete: .cascade).notNull()
                t.column("status", .text).notNull()
                t.column("note", .text)
                t.column("at", .text).notNull()
            }
            try db.create(table: "measure") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("objective", onDelete: .cascade).notNull()
                t.column("key", .text).notNull()
                t.column("name", .text).notNull()
                t.column("unit", .text).notNull()
                t.column("direction", .text).notNull()
                t.column("target", .double).notNull()
                t.column("baseline", .double)
                t.uniqueKey(["objectiveId", "key"])
            }
            try db.create(table: "reading") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("measure", onDelete: .cascade).notNull()
                t.column("value", .double).notNull()
                t.column("date", .text).notNull()
                t.column("source", .text)
                t.column("note", .text)
                t.column("recordedAt", .text).notNull()
            }
        }
        // Interviews remember the questions skipped, so that a resumed
        // interview passes over them (see docs/collecting-answers.md).
        migrator.registerMigration("v2-interview-skips") { db in
            try db.create(table: "skip") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("respondent", onDelete: .cascade).notNull()
                t.belongsTo("batch", onDelete: .cascade).notNull()
                t.column("question", .text).notNull()
                t.uniqueKey(["respondentId", "question"])
            }
        }
        // Interviews keep a note or evidence typed for a question that has
        // no answer yet, as soon as it is typed, so that quitting, a closed
        // terminal or a killed process loses neither (issue 10): an answer
        // needs a choice and a skip holds no text, so neither table can keep
        // it. One draft per respondent and question, replaced when typed
        // again and deleted once the answer holding it is saved (the answer
        // then keeps the text, with its history). Linked to the batch of the
        // session that typed it, so that export bundles carry it as they carry
        // answers and skips.
        migrator.registerMigration("v3-interview-drafts") { db in
            try db.create(table: "draft") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("respondent", onDelete: .cascade).notNull()
                t.belongsTo("batch", onDelete: .cascade).notNull()
                t.column("question", .text).notNull()
                t.column("note", .text)
                t.column("evidence", .text)
                t.column("savedAt", .text).notNull()
                t.uniqueKey(["respondentId", "question"])
                t.check(sql: "note IS NOT NULL OR evidence IS NOT NULL")
            }
        }
        // An accepted roadmap is kept as the planner's value (`Roadmap`,
        // encoded as JSON), so that a report finds whether the answers changed
        // since by comparing values rather than the text a renderer printed.
        // Plans accepted before this migration have no value; the text in
        // `roadmap` (`ospo plan --format json` at acceptance) stays for them,
        // and for bundles read by earlier versions.
        migrator.registerMigration("v4-roadmap-value") { db in
            try db.alter(table: "plan") { t in
                t.add(column: "roadmapValue", .text)
            }
        }
        // Respondents answer in a browser from a private link (issue 16,
        // `ospo invite`, `ospo serve`). An invitation keeps the SHA-256 hash
        // of its link's token, never the token, with an optional last day and
        // its revocation; a web session keeps the hash of its cookie's token.
        // Self-contained: it only adds these two tables.
        migrator.registerMigration("v5-invitations") { db in
            try db.create(table: "invitation") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.belongsTo("assessment", onDelete: .cascade).notNull()
                t.column("respondentKey", .text).notNull()
                t.column("name", .text).notNull()
                t.column("role", .text).notNull()
                t.column("email", .text)
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
                t.column("expiresOn", .text)
                t.column("revokedAt", .text)
            }
            try db.create(table: "webSession") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("invitation", onDelete: .cascade).notNull()
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
            }
        }
        // Organisation context (issue 14): an assessment keeps the context
        // facts its answers state (sector, size band, …), as a JSON object of
        // fact id → option id, NULL when none were stated, so that scoring
        // leaves out what does not apply and plans scale efforts; a measure
        // of money keeps its currency (NULL: none named). Kept last: the
        // migrations other work appends (v4, v5) come before it.
        migrator.registerMigration("v6-assessment-context") { db in
            try db.alter(table: "assessment") { t in
                t.add(column: "context", .text)
            }
            try db.alter(table: "measure") { t in
                t.add(column: "currency", .text)
            }
        }
        // Accounts for the web workspace (issue 17): who may log in, with
        // which role and on which organisations; one-time setup links and
        // sessions kept only as SHA-256 hashes of their tokens; login
        // attempts, for limiting guesses; and the audit trail of who changed
        // what. Self-contained: it changes no earlier table.
        migrator.registerMigration("v7-accounts") { db in
            try db.create(table: "account") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("uid", .text).notNull().unique()
                t.column("name", .text).notNull().unique(onConflict: .abort).collate(.nocase)
                t.column("role", .text).notNull()
                t.column("allOrganisations", .boolean).notNull()
                t.column("passwordHash", .text)
                t.column("createdAt", .text).notNull()
                t.column("passwordChangedAt", .text)
                t.column("disabledAt", .text)
            }
            try db.create(table: "accountOrganisation") { t in
                t.belongsTo("account", onDelete: .cascade).notNull()
                t.belongsTo("organisation", onDelete: .cascade).notNull()
                t.primaryKey(["accountId", "organisationId"])
            }
            try db.create(table: "setupToken") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("account", onDelete: .cascade).notNull()
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
                t.column("expiresAt", .text).notNull()
            }
            try db.create(table: "accountSession") { t in
                t.autoIncrementedPrimaryKey("id")
                t.belongsTo("account", onDelete: .cascade).notNull()
                t.column("tokenHash", .text).notNull().unique()
                t.column("createdAt", .text).notNull()
                t.column("lastSeenAt", .text).notNull()
                t.column("expiresAt", .text).notNull()
            }
            // The name as typed (lowercased), not an account id: guesses at
            // names that do not exist are limited the same way.
            try db.create(table: "loginAttempt") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("name", .text).notNull()
                t.column("address", .text).notNull()
                t.column("succeeded", .boolean).notNull()
                t.column("at", .text).notNull()
            }
            try db.create(index: "loginAttemptByName", on: "loginAttempt", columns: ["name", "at"])
            try db.create(index: "loginAttemptByAddress", on: "loginAttempt", columns: ["address", "at"])
            try db.create(table: "auditEntry") { t in
                t.autoIncrementedPrimaryKey("id")
                t.column("at", .text).notNull()
                t.column("actor", .text).notNull()
                t.column("action", .text).notNull()
                t.belongsTo("organisation", onDelete: .setNull)
                t.column("subject", .text).notNull()
                t.column("detail", .text)
            }
        }
        // A profile being edited in the web workspace, one per organisation:
        // what a consultant typed is kept, even when it does not load yet,
        // until it is accepted as a roadmap or discarded. The fields as the
        // form sent them (JSON), not a profile, so nothing typed is lost.
        migrator.registerMigration("v8-profile-drafts") { db in
            try db.create(table: "profileDraft") { t in
                t.belongsTo("organisation", onDelete: .cascade).notNull().unique()
                t.column("fields", .text).notNull()
                t.column("savedAt", .text).notNull()
                t.column("savedBy", .text).notNull()
            }
        }
        return migrator
    }

    /// The tables and columns the migrations create, read once from a
    /// migrated in-memory database.
    static let expectedTables: [String: [String]] = {
        guard let queue = try? DatabaseQueue(), (try? migrator.migrate(queue)) != nil,
              let tables = try? queue.read({ db in try tableColumns(db) }) else { return [:] }
        return tables
    }()

    private static func tableColumns(_ db: Database) throws -> [String: [String]] {
        var result: [String: [String]] = [:]
        for table in try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'") {
            result[table] = try db.columns(in: table).map(\.name)
        }
        return result
    }

    /// Throws `WorkspaceError.damaged` when a table or a column the schema
    /// defines is missing: SQLite would otherwise fail later with "no such
    /// table", perhaps half way through a command.
    static func verify(_ db: Database, path: String) throws {
        let found = try tableColumns(db)
        for (table, columns) in expectedTables.sorted(by: { $0.key < $1.key }) {
            guard let present = found[table] else {
                throw WorkspaceError.damaged(path: path, detail: "its table '\(table)' is missing")
            }
            if let column = columns.first(where: { !present.contains($0) }) {
                throw WorkspaceError.damaged(path: path, detail: "its table '\(table)' has no column '\(column)'")
            }
        }
    }
}
