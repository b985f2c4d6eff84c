import Foundation
import MaturityStore

/// What a password must be, checked before it is hashed. Length is what
/// makes a password hard to guess, so the rules ask for length and nothing
/// else (no required digits or symbols, which lead to predictable patterns).
public enum PasswordRules {
    /// At least this many characters (Unicode scalars, after NFC normalisation).
    public static let minimumCharacters = 12
    /// At most this many bytes of UTF-8: bcrypt reads no further, so a
    /// longer password would only seem stronger.
    public static let maximumBytes = 72

    /// The password as it is hashed: NFC-normalised, so the same password
    /// typed on two systems that compose accents differently matches.
    public static func normalised(_ password: String) -> String {
        password.precomposedStringWithCanonicalMapping
    }

    /// Throws `AccountError.passwordRefused` with the first rule `password` breaks.
    public static func check(_ password: String, accountName: String) throws {
        let text = normalised(password)
        let characters = text.unicodeScalars.count
        if characters < minimumCharacters {
            throw AccountError.passwordRefused("use at least \(minimumCharacters) characters (this one has \(characters)); a few unrelated words make a good one")
        }
        if text.utf8.count > maximumBytes {
            throw AccountError.passwordRefused("use at most \(maximumBytes) bytes (this one has \(text.utf8.count); a letter with an accent takes 2, most other scripts 3)")
        }
        if text.lowercased().contains(accountName.lowercased()) {
            throw AccountError.passwordRefused("it must not contain the account name")
        }
        if Set(text.unicodeScalars).count < 4 {
            throw AccountError.passwordRefused("use at least 4 different characters")
        }
    }
}
