/// Dialect sniffing shared by the CSV readers.
public enum CSVDialect {
    /// The separator the header row uses most outside quoted cells: `;`
    /// (European spreadsheets) or a tab (tab-separated exports) when either
    /// outnumbers commas, otherwise `,`. Separators inside quotes do not
    /// count, so a header of question texts full of commas, separated by
    /// semicolons, is read as semicolon-separated; the header row ends at the
    /// first line break outside quotes.
    public static func detectDelimiter(_ text: String) -> Unicode.Scalar {
        var commas = 0, semicolons = 0, tabs = 0, quoted = false
        func pick() -> Unicode.Scalar {
            if semicolons > commas && semicolons >= tabs { return ";" }
            if tabs > commas { return "\t" }
            return ","
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted.toggle()
            case "," where !quoted: commas += 1
            case ";" where !quoted: semicolons += 1
            case "\t" where !quoted: tabs += 1
            case "\n" where !quoted, "\r" where !quoted: return pick()
            default: break
            }
        }
        return pick()
    }
}
