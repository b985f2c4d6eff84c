/// Text compared the way a person reads it: letter case, surrounding spaces,
/// runs of white space (line breaks and no-break spaces included) and curly
/// apostrophes make no difference. Survey tools and spreadsheets change all
/// of these, so headers, labels and role names are matched on this key after
/// an exact match has failed.
public enum LooseText {
    /// The comparison key of `text`: lowercased, trimmed, inner white space
    /// collapsed to one space, `’` and `‘` written `'`.
    public static func key(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if scalar.properties.isWhitespace {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace {
                out.append(" ")
                pendingSpace = false
            }
            switch scalar {
            case "\u{2019}", "\u{2018}": out.append("'")
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out.lowercased()
    }
}
