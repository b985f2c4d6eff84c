import Crypto
import Foundation

/// The secrets of setup links and sessions: 256 random bits from the
/// system's CSPRNG, written in URL-safe base64, and the SHA-256 hash that is
/// all the workspace keeps of them.
public enum AccountToken {
    /// A new token of 32 random bytes, 43 URL- and cookie-safe characters.
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        let bytes = (0..<32).map { _ in UInt8.random(in: .min ... .max, using: &generator) }
        return Data(bytes).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    /// Lowercase hex SHA-256 of `token`, as stored.
    public static func hash(_ token: String) -> String {
        SHA256.hash(data: Data(token.utf8)).map { String(format: "%02x", $0) }.joined()
    }
}
