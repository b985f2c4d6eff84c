import Foundation

/// The lifetimes, bcrypt cost and login limits the account use cases work
/// with; `standard` is what `ospo` uses, and tests make bcrypt cheap.
public struct AccountSettings: Sendable {
    /// bcrypt's cost: 2^cost rounds of its key setup.
    public var bcryptCost: UInt8
    /// How long a setup link stays usable.
    public var setupLinkLifetime: TimeInterval
    /// A session ends this long after it was last used…
    public var sessionIdleLimit: TimeInterval
    /// …and this long after login, whatever its use.
    public var sessionLifetime: TimeInterval
    public var accountThrottle: LoginThrottle
    public var addressThrottle: LoginThrottle

    public init(bcryptCost: UInt8, setupLinkLifetime: TimeInterval, sessionIdleLimit: TimeInterval,
                sessionLifetime: TimeInterval, accountThrottle: LoginThrottle, addressThrottle: LoginThrottle) {
        self.bcryptCost = bcryptCost
        self.setupLinkLifetime = setupLinkLifetime
        self.sessionIdleLimit = sessionIdleLimit
        self.sessionLifetime = sessionLifetime
        self.accountThrottle = accountThrottle
        self.addressThrottle = addressThrottle
    }

    /// The longer of the two throttles' windows: attempts older than this count for nothing.
    public var longestWindow: TimeInterval { max(accountThrottle.window, addressThrottle.window) }

    /// Cost 12 (174 ms of processor time a hash, measured on one core of the
    /// development machine; see docs/web-workspace.md), links for 72 hours,
    /// sessions for 12 idle hours and 7 days at most.
    public static let standard = AccountSettings(bcryptCost: 12, setupLinkLifetime: 72 * 3600, sessionIdleLimit: 12 * 3600,
                                                 sessionLifetime: 7 * 24 * 3600, accountThrottle: .perAccount,
                                                 addressThrottle: .perAddress)
}
