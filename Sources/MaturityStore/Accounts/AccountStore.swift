import Foundation

/// What the account use cases ask of a store, apart from `WorkspaceStore`
/// so that accounts need no change to that protocol; `Workspace` conforms.
public protocol AccountStore: AuditStore {
    /// The time now by the store's clock (tests fix it).
    var currentDate: Date { get }
    func addAccount(name: String, role: String, organisations: [String]?, setupTokenHash: String,
                    setupExpiresAt: Date) throws -> Account
    func accounts() throws -> [Account]
    func account(named name: String) throws -> Account?
    func disableAccount(named name: String) throws -> Account
    func accountName(setupTokenHash: String) throws -> String?
    func usePasswordSetup(tokenHash: String, passwordHash: String) throws -> Account
    func loginFailures(name: String, since: Date) throws -> [Date]
    func loginFailures(address: String, since: Date) throws -> [Date]
    func recordFailedLogin(name: String, address: String, forgetBefore: Date) throws
    func startSession(account: Account, address: String, tokenHash: String, expiresAt: Date, replacing previousHash: String?) throws
    func session(tokenHash: String) throws -> (session: AccountSessionRecord, account: Account)?
    func touchSession(tokenHash: String) throws
    func endSession(tokenHash: String) throws
    func changePassword(account: Account, passwordHash: String, newSessionHash: String, expiresAt: Date) throws
}

extension Workspace: AccountStore {}

extension AccountError {
    /// The store as an `AccountStore`, or `accountsUnsupported`.
    public static func accountStore(_ store: AnyObject) throws -> any AccountStore {
        guard let accounts = store as? any AccountStore else { throw AccountError.accountsUnsupported }
        return accounts
    }
}
