/// HTML escaping for text from content files and users, so it can never
/// open a tag, an attribute or an entity of its own.
enum HTMLText {
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

    /// Paragraphs of escaped text: blank lines separate paragraphs, single
    /// line breaks become spaces.
    static func paragraphs(_ text: String, class name: String? = nil) -> String {
        let attribute = name.map { " class=\"\($0)\"" } ?? ""
        return text.components(separatedBy: "\n\n")
            .map { FormContent.oneLine($0) }
            .filter { !$0.isEmpty }
            .map { "<p\(attribute)>\(escape($0))</p>" }
            .joined(separator: "\n")
    }
}
