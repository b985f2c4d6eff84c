/// Dialect sniffing shared by the CSV readers.
public enum CSVDialect {
    /// `;` when the header row has more semicolons than commas (European
    /// spreadsheets), otherwise `,`. Separators inside quoted cells do not
    /// count, so a header of question texts full of commas, separated by
    /// semicolons, is read as semicolon-separated; the header row ends at the
    /// first line break outside quotes.
    public static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, quoted = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\n" where !quoted, "\r" where !quoted: return semicolons > commas ? ";" : ","
            default: break
            }
        }
        return semicolons > commas ? ";" : ","
    }
}
