import Crypto
import Foundation

/// The secrets of invitation links, account setup links and browser
/// sessions (respondents' and accounts'): 256 random bits from the
/// system's CSPRNG (getrandom on Linux), written in URL-safe base64, and
/// the SHA-256 hash that is all the workspace keeps of them.
public enum SecretToken {
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
        // Written digit by digit: String(format:) a byte took a tenth of a save's time.
        var hex: [UInt8] = []
        hex.reserveCapacity(64)
        for byte in SHA256.hash(data: Data(token.utf8)) {
            hex.append(hexDigits[Int(byte >> 4)])
            hex.append(hexDigits[Int(byte & 0x0f)])
        }
        return String(decoding: hex, as: UTF8.self)
    }

    private static let hexDigits = Array("0123456789abcdef".utf8)

    /// The CSRF token of a browser session: derived from its secret cookie
    /// token, so that a page can carry it without the workspace storing a
    /// second secret, and a forger who cannot read the cookie cannot make it.
    public static func csrf(forSession token: String) -> String {
        hash("csrf:" + token)
    }

    /// Compares two tokens in time that depends on their length only.
    public static func matches(_ given: String, _ expected: String) -> Bool {
        let a = Array(given.utf8), b = Array(expected.utf8)
        guard a.count == b.count else { return false }
        var difference: UInt8 = 0
        for index in a.indices { difference |= a[index] ^ b[index] }
        return difference == 0
    }
}
