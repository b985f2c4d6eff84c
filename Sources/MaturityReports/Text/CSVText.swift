/// CSV as RFC 4180 says (CRLF line ends, quotes doubled), safe to open in a
/// spreadsheet: a cell that a spreadsheet would take for a formula (starting
/// with `=`, `+`, `-`, `@`, a tab or a carriage return) starts with a single
/// quote. UTF-8 without a byte order mark.
public enum CSVText {
    /// One table: a header row and data rows.
    public static func table(header: [String], rows: [[String]]) -> String {
        ([header] + rows).map { $0.map(field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }

    /// One field: neutralised if it could start a formula, then quoted when it
    /// holds a comma, a quote or a line break (quotes doubled).
    public static func field(_ text: String) -> String {
        var value = text
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" || $0 == "\r\n" }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
