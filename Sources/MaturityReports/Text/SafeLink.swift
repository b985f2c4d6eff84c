import Foundation

/// Evidence links from answers files: only `http`, `https` and `mailto`
/// become links; anything else (`javascript:`, `data:`, relative paths) is
/// shown as text.
enum SafeLink {
    static let schemes = ["http", "https", "mailto"]

    /// The URL to link to, or nil when the text is not a link a reader may
    /// safely follow. Characters that could end a Markdown link or an HTML
    /// attribute (spaces, quotes, brackets, angle brackets, backslashes) are
    /// percent-encoded.
    static func url(_ text: String) -> String? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard let colon = trimmed.firstIndex(of: ":") else { return nil }
        let scheme = trimmed[..<colon].lowercased()
        guard schemes.contains(scheme), trimmed.count > scheme.count + 1 else { return nil }
        if scheme != "mailto" && !trimmed[colon...].hasPrefix("://") { return nil }
        guard !trimmed.contains(where: { $0.isNewline }) else { return nil }
        var out = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case " ", "\"", "'", "<", ">", "(", ")", "[", "]", "\\", "`", "{", "}", "|", "^":
                out += String(format: "%%%02X", scalar.value)
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { return nil }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }
}
