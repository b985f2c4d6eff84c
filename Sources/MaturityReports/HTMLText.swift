import Foundation

/// HTML escaping for text placed by Swift code (SVG charts); Mustache
/// templates escape `{{value}}` themselves.
enum HTMLText {
    /// Escapes `& < > " '`, safe in text and in quoted attribute values.
    static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for character in text {
            switch character {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.append(character)
            }
        }
        return out
    }
}
