import MaturityKit

/// `ospo history` (text or JSON): who changed what, oldest first.
public enum AuditRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.text, .json]

    public static let emptyListHint = "no changes recorded yet"

    /// One line an entry: "2026-11-09T10:00:00Z  cli:ana  moveObjective  acme-works  objective 3 (…) → done", then its note.
    public static func render(_ list: [AuditListing], as format: OutputFormat) throws -> String {
        switch format {
        case .text:
            return list.map { entry in
                "\(entry.at)  \(entry.actor)  \(entry.action)  \(entry.organisation ?? "-")  \(entry.subject)\n"
                    + (entry.note.map { "    note: \($0)\n" } ?? "")
            }.joined()
        case .json:
            return try JSONOutput.encode(list.map {
                Row(at: $0.at, actor: $0.actor, action: $0.action, organisation: $0.organisation, subject: $0.subject, note: $0.note)
            })
        case .md, .csv, .html, .yaml, .pdf:
            throw UnsupportedFormat(subject: "the history", format: format, accepted: formats)
        }
    }

    /// A JSON row: every key written, `null` where there is nothing.
    struct Row: Encodable {
        let at: String, actor: String, action: String, organisation: String?, subject: String, note: String?

        enum CodingKeys: String, CodingKey { case at, actor, action, organisation, subject, note }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(at, forKey: .at)
            try c.encode(actor, forKey: .actor)
            try c.encode(action, forKey: .action)
            try c.encode(organisation, forKey: .organisation)
            try c.encode(subject, forKey: .subject)
            try c.encode(note, forKey: .note)
        }
    }
}
