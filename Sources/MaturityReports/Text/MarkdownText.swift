/// Markdown escaping for text that came from a user or a content file, so it
/// cannot open links, images, HTML or tables of its own.
enum MarkdownText {
    static func escape(_ text: String) -> String { escaping(text, parentheses: true) }

    /// - Parameter parentheses: escape `(` and `)` too. Reports leave them
    ///   as they are: with `[` and `]` escaped no link can form, and prose
    ///   reads better without backslashes.
    static func escaping(_ text: String, parentheses: Bool) -> String {
        var out = ""
        for character in text {
            switch character {
            case "(" where !parentheses, ")" where !parentheses:
                out.append(character)
            case "\\", "`", "*", "_", "[", "]", "<", ">", "|", "#", "!", "(", ")", "{", "}":
                out.append("\\")
                out.append(character)
            case "\n", "\r":
                out.append(" ")
            default:
                out.append(character)
            }
        }
        return out
    }
}
