import MaturityKit

/// `ospo user list` (text or JSON).
public enum AccountRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.text, .json]

    /// What to say, on standard error, when there is no account.
    public static let emptyListHint = "no accounts yet; add one with 'ospo user add NAME --role admin'"

    /// One line an account, in aligned columns: name, role, state, organisations.
    public static func render(_ list: [AccountListing], as format: OutputFormat) throws -> String {
        switch format {
        case .text:
            let rows = list.map { [$0.name, $0.role, $0.state] }
            let widths = (0..<3).map { column in rows.map { $0[column].count }.max() ?? 0 }
            return zip(rows, list).map { row, account in
                (0..<3).map { row[$0].padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: "  ")
                    + "  " + (account.organisations.isEmpty ? "every organisation" : account.organisations.joined(separator: ", ")) + "\n"
            }.joined()
        case .json:
            return try JSONOutput.encode(list.map { Row(name: $0.name, role: $0.role, state: $0.state, organisations: $0.organisations.isEmpty ? nil : $0.organisations) })
        case .md, .csv, .html, .yaml, .pdf:
            throw UnsupportedFormat(subject: "the account list", format: format, accepted: formats)
        }
    }

    /// A JSON row: `organisations` is `null` for an account on every organisation.
    struct Row: Encodable {
        let name: String, role: String, state: String, organisations: [String]?

        enum CodingKeys: String, CodingKey { case name, role, state, organisations }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(name, forKey: .name)
            try c.encode(role, forKey: .role)
            try c.encode(state, forKey: .state)
            try c.encode(organisations, forKey: .organisations)
        }
    }
}
