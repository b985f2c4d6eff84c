/// What the account operations refuse, each with a sentence that says what
/// to do. The front end prints `description`; tests compare the cases whole.
public enum AccountError: Error, Equatable, CustomStringConvertible {
    case invalidName(String)
    case accountExists(String)
    case unknownAccount(String)
    /// An admin reaches every organisation, so naming some is a mistake.
    case adminWithOrganisations
    case alreadyDisabled(String)
    /// A `--base-url` that is not an http or https address.
    case baseURLNotHTTP(String)
    /// A setup link that is unknown, used or expired, or of a disabled account.
    case setupLinkNotValid
    case passwordRefused(String)
    /// The same sentence for an unknown name, a wrong password, a disabled
    /// account and one without a password yet, so it tells a guesser nothing.
    case loginFailed
    /// Too many failed logins for the name or from the address.
    case tooManyAttempts(retryAfterSeconds: Int)
    case currentPasswordWrong
    /// A session token that is unknown, ended or expired.
    case sessionNotValid
    /// A workspace store that keeps no accounts (not an `AccountStore`).
    case accountsUnsupported

    public var description: String {
        switch self {
        case .invalidName(let name):
            return "'\(name)' cannot be an account name: use 1 to 64 letters, digits, '.', '_', '-' and '@'"
        case .accountExists(let name):
            return "account '\(name)' already exists; see 'ospo user list'"
        case .unknownAccount(let name):
            return "unknown account '\(name)'; see 'ospo user list'"
        case .adminWithOrganisations:
            return "an admin acts on every organisation; leave out --org, or give another role"
        case .alreadyDisabled(let name):
            return "account '\(name)' is already disabled"
        case .baseURLNotHTTP(let url):
            return "'\(url)' is not an http or https address; give the address people open, such as https://ospo.example.org"
        case .setupLinkNotValid:
            return "this setup link is not valid (unknown, used or expired); ask an admin for a new one"
        case .passwordRefused(let reason):
            return "password refused: \(reason)"
        case .loginFailed:
            return "the name or the password is not right"
        case .tooManyAttempts(let seconds):
            return "too many failed logins; try again in \(seconds) second\(seconds == 1 ? "" : "s")"
        case .currentPasswordWrong:
            return "the current password is not right; nothing was changed"
        case .sessionNotValid:
            return "the session has ended; log in again"
        case .accountsUnsupported:
            return "this workspace keeps no accounts; use an SQLite workspace (ospo init)"
        }
    }
}
