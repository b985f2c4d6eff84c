import Foundation
import GRDB
import MaturityKit

/// Accounts, setup links, sessions and login attempts of the web workspace.
/// The store keeps what it is given: hashes, roles as text, expiry times.
/// What they allow (the role matrix, password rules, limits on guesses) is
/// decided in MaturityUseCases.
extension Workspace {
    /// The time now by the workspace's clock (tests fix it).
    public var currentDate: Date { clock() }

    /// Adds an account with a one-time setup token, in one transaction.
    /// - Parameter organisations: short names, names or numbers of the
    ///   organisations it is limited to; nil for every organisation.
    public func addAccount(name: String, role: String, organisations: [String]?, setupTokenHash: String,
                           setupExpiresAt: Date) throws -> Account {
        try write { db in
            if try AccountRecord.filter(AccountRecord.Columns.name.collating(.nocase) == name).fetchOne(db) != nil {
                throw AccountError.accountExists(name)
            }
            // Every name is resolved before anything is written, so a typo
            // is reported whole (with the known names) and nothing is added.
            let resolved = try (organisations ?? []).map { try Self.organisation($0, in: db) }
            var record = AccountRecord(id: nil, uid: Self.newUID(), name: name, role: role,
                                       allOrganisations: organisations == nil, passwordHash: nil,
                                       createdAt: now, passwordChangedAt: nil, disabledAt: nil)
            try record.insert(db)
            guard let accountId = record.id else { throw AccountError.unknownAccount(name) }
            for organisationId in Set(resolved.compactMap(\.id)) {
                try db.execute(sql: "INSERT INTO accountOrganisation (accountId, organisationId) VALUES (?, ?)",
                               arguments: [accountId, organisationId])
            }
            try Self.insertSetupToken(accountId: accountId, hash: setupTokenHash, expiresAt: setupExpiresAt, now: now, in: db)
            return try Self.account(record, in: db)
        }
    }

    /// Every account, by name.
    public func accounts() throws -> [Account] {
        try read { db in
            try AccountRecord.order(AccountRecord.Columns.name.collating(.nocase)).fetchAll(db).map { try Self.account($0, in: db) }
        }
    }

    /// The account with this name in any letter case, or nil.
    public func account(named name: String) throws -> Account? {
        try read { db in
            try AccountRecord.filter(AccountRecord.Columns.name.collating(.nocase) == name).fetchOne(db)
                .map { try Self.account($0, in: db) }
        }
    }

    /// Disables an account and ends its sessions and setup links at once.
    public func disableAccount(named name: String) throws -> Account {
        try write { db in
            guard var record = try AccountRecord.filter(AccountRecord.Columns.name.collating(.nocase) == name).fetchOne(db),
                  let id = record.id else {
                throw AccountError.unknownAccount(name)
            }
            guard record.disabledAt == nil else { throw AccountError.alreadyDisabled(record.name) }
            record.disabledAt = now
            try record.update(db)
            try db.execute(sql: "DELETE FROM accountSession WHERE accountId = ?", arguments: [id])
            try db.execute(sql: "DELETE FROM setupToken WHERE accountId = ?", arguments: [id])
            return try Self.account(record, in: db)
        }
    }

    /// Uses a setup token: sets the password hash of its account and
    /// removes every setup token of that account, so a link works once.
    /// Throws `setupLinkNotValid` for an unknown or expired token, or one of
    /// a disabled account.
    public func usePasswordSetup(tokenHash: String, passwordHash: String) throws -> Account {
        let nowDate = clock()
        return try write { db in
            guard let row = try Row.fetchOne(db, sql: "SELECT accountId, expiresAt FROM setupToken WHERE tokenHash = ?",
                                             arguments: [tokenHash]),
                  let expires = Self.date(row["expiresAt"]), expires > nowDate,
                  var record = try AccountRecord.fetchOne(db, key: row["accountId"] as Int64),
                  record.disabledAt == nil, let id = record.id else {
                throw AccountError.setupLinkNotValid
            }
            record.passwordHash = passwordHash
            record.passwordChangedAt = now
            try record.update(db)
            try db.execute(sql: "DELETE FROM setupToken WHERE accountId = ?", arguments: [id])
            return try Self.account(record, in: db)
        }
    }

    /// The name of the account a setup token belongs to, or nil when the
    /// token is unknown or used. (Expiry is checked when it is used.)
    public func accountName(setupTokenHash: String) throws -> String? {
        try read { db in
            try String.fetchOne(db, sql: "SELECT account.name FROM setupToken JOIN account ON account.id = setupToken.accountId WHERE tokenHash = ?",
                                arguments: [setupTokenHash])
        }
    }

    // MARK: - Login attempts

    /// The failed logins for this name since `since` and after its last success, oldest first.
    public func loginFailures(name: String, since: Date) throws -> [Date] {
        try read { db in
            try String.fetchAll(db, sql: """
                SELECT at FROM loginAttempt WHERE name = ? AND succeeded = 0 AND at >= ?
                AND id > COALESCE((SELECT max(id) FROM loginAttempt WHERE name = ? AND succeeded = 1), 0)
                ORDER BY id
                """, arguments: [name.lowercased(), Self.timestamp(since), name.lowercased()]).compactMap(Self.date)
        }
    }

    /// The failed logins from this address since `since`, oldest first; a
    /// success does not clear them, so one good account cannot reset the
    /// count for guesses at others.
    public func loginFailures(address: String, since: Date) throws -> [Date] {
        try read { db in
            try String.fetchAll(db, sql: "SELECT at FROM loginAttempt WHERE address = ? AND succeeded = 0 AND at >= ? ORDER BY id",
                                arguments: [address, Self.timestamp(since)]).compactMap(Self.date)
        }
    }

    /// Records a failed login for the name as typed and the address, and
    /// forgets attempts older than `forgetBefore`, so the table stays small.
    public func recordFailedLogin(name: String, address: String, forgetBefore: Date) throws {
        try write { db in
            try db.execute(sql: "DELETE FROM loginAttempt WHERE at < ?", arguments: [Self.timestamp(forgetBefore)])
            try db.execute(sql: "INSERT INTO loginAttempt (name, address, succeeded, at) VALUES (?, ?, 0, ?)",
                           arguments: [name.lowercased(), address, now])
        }
    }

    // MARK: - Sessions

    /// Records a successful login and starts a session with a new token, in
    /// one transaction. The session the browser presented before, if any,
    /// ends: a token known before login never becomes a logged-in one.
    public func startSession(account: Account, address: String, tokenHash: String, expiresAt: Date,
                             replacing previousHash: String?) throws {
        guard let accountId = account.record.id else { throw AccountError.unknownAccount(account.name) }
        try write { db in
            try db.execute(sql: "INSERT INTO loginAttempt (name, address, succeeded, at) VALUES (?, ?, 1, ?)",
                           arguments: [account.name.lowercased(), address, now])
            if let previousHash {
                try db.execute(sql: "DELETE FROM accountSession WHERE tokenHash = ?", arguments: [previousHash])
            }
            // Sessions past their lifetime can never be used again.
            try db.execute(sql: "DELETE FROM accountSession WHERE expiresAt < ?", arguments: [now])
            var session = AccountSessionRecord(id: nil, accountId: accountId, tokenHash: tokenHash, createdAt: now,
                                               lastSeenAt: now, expiresAt: Self.timestamp(expiresAt))
            try session.insert(db)
        }
    }

    /// The session with this token hash and its account, or nil.
    public func session(tokenHash: String) throws -> (session: AccountSessionRecord, account: Account)? {
        try read { db in
            guard let session = try AccountSessionRecord.filter(AccountSessionRecord.Columns.tokenHash == tokenHash).fetchOne(db),
                  let record = try AccountRecord.fetchOne(db, key: session.accountId) else { return nil }
            return (session, try Self.account(record, in: db))
        }
    }

    /// Notes that a session was used now.
    public func touchSession(tokenHash: String) throws {
        try write { db in
            try db.execute(sql: "UPDATE accountSession SET lastSeenAt = ? WHERE tokenHash = ?", arguments: [now, tokenHash])
        }
    }

    /// Ends a session; ending one that is gone does nothing.
    public func endSession(tokenHash: String) throws {
        try write { db in try db.execute(sql: "DELETE FROM accountSession WHERE tokenHash = ?", arguments: [tokenHash]) }
    }

    /// Sets a new password hash, ends every session of the account and
    /// starts the one given, in one transaction: a session stolen before the
    /// change stops working with it.
    public func changePassword(account: Account, passwordHash: String, newSessionHash: String, expiresAt: Date) throws {
        guard let accountId = account.record.id else { throw AccountError.unknownAccount(account.name) }
        try write { db in
            guard var record = try AccountRecord.fetchOne(db, key: accountId) else { throw AccountError.unknownAccount(account.name) }
            record.passwordHash = passwordHash
            record.passwordChangedAt = now
            try record.update(db)
            try db.execute(sql: "DELETE FROM accountSession WHERE accountId = ?", arguments: [accountId])
            var session = AccountSessionRecord(id: nil, accountId: accountId, tokenHash: newSessionHash, createdAt: now,
                                               lastSeenAt: now, expiresAt: Self.timestamp(expiresAt))
            try session.insert(db)
        }
    }

    // MARK: - Helpers

    static func insertSetupToken(accountId: Int64, hash: String, expiresAt: Date, now: String, in db: Database) throws {
        try db.execute(sql: "INSERT INTO setupToken (accountId, tokenHash, createdAt, expiresAt) VALUES (?, ?, ?, ?)",
                       arguments: [accountId, hash, now, timestamp(expiresAt)])
    }

    static func account(_ record: AccountRecord, in db: Database) throws -> Account {
        let slugs = try String.fetchAll(db, sql: """
            SELECT organisation.slug FROM accountOrganisation JOIN organisation ON organisation.id = accountOrganisation.organisationId
            WHERE accountOrganisation.accountId = ? ORDER BY organisation.slug
            """, arguments: [record.id])
        return Account(record: record, organisations: slugs)
    }

    /// Reads a time stamp the workspace wrote.
    static func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.date(from: text)
    }
}
