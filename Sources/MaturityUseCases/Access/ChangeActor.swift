import Foundation

/// Who made a change, as the audit trail records it: the account for the
/// web, the operating-system user for the command line, and a respondent
/// (by their id in the assessment) answering from an invitation link.
public enum ChangeActor: Sendable, Equatable, CustomStringConvertible {
    case account(String)
    case commandLine(user: String)
    case respondent(String)

    /// The command line's actor: the `USER` of the environment, else the login name.
    public static func currentUser(environment: [String: String] = ProcessInfo.processInfo.environment) -> ChangeActor {
        .commandLine(user: environment["USER"].flatMap { $0.isEmpty ? nil : $0 } ?? NSUserName())
    }

    /// `account:NAME`, `cli:USER` or `respondent:ID`, as stored.
    public var description: String {
        switch self {
        case .account(let name): "account:\(name)"
        case .commandLine(let user): "cli:\(user)"
        case .respondent(let key): "respondent:\(key)"
        }
    }
}
