import Foundation
import HummingbirdBcrypt

/// bcrypt through hummingbird-auth, with a stand-in hash so that a login for
/// an unknown name costs the same time as one with a wrong password.
enum PasswordHashing {
    static func hash(_ password: String, cost: UInt8) -> String {
        Bcrypt.hash(PasswordRules.normalised(password), cost: cost)
    }

    /// Whether `password` matches `hash`; with no hash, checks against a
    /// stand-in of the same cost and answers false, taking as long as a real check.
    static func verify(_ password: String, hash: String?, cost: UInt8) -> Bool {
        let normalised = PasswordRules.normalised(password)
        guard let hash else {
            _ = Bcrypt.verify(normalised, hash: standIn(cost: cost))
            return false
        }
        return Bcrypt.verify(normalised, hash: hash)
    }

    /// A hash of a random password at `cost`, made once per cost.
    private static func standIn(cost: UInt8) -> String {
        standIns.hash(cost: cost)
    }

    private static let standIns = StandIns()

    /// The stand-in hashes by cost, behind a lock: logins run concurrently on the web.
    private final class StandIns: @unchecked Sendable {
        private let lock = NSLock()
        private var hashes: [UInt8: String] = [:]

        func hash(cost: UInt8) -> String {
            lock.lock()
            defer { lock.unlock() }
            if let found = hashes[cost] { return found }
            let made = Bcrypt.hash(SecretToken.make(), cost: cost)
            hashes[cost] = made
            return made
        }
    }
}
