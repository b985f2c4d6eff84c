import MaturityKit

/// `ospo objective list` (text or JSON) and `ospo objective show` (text).
public enum ObjectiveRenderer: RendersFormats {
    /// The formats of the list.
    public static let formats: [OutputFormat] = [.text, .json]

    /// One line per objective: "4  phase 2  due 2026-12-31  in-progress  policy.usage: Publish a usage policy".
    public static func render(_ list: [ObjectiveListing], as format: OutputFormat) throws -> String {
        switch format {
        case .text:
            return list.map { objective in
                "\(objective.id)  phase \(objective.phase)  due \(objective.due)  \(Fmt.pad(objective.state.rawValue, 11))  "
                    + "\(objective.action): \(objective.title)\n"
            }.joined()
        case .json:
            return try JSONOutput.encode(list.map(Row.init))
        case .md, .csv, .html, .yaml, .pdf:
            throw UnsupportedFormat(subject: "the objective list", format: format, accepted: formats)
        }
    }

    /// The objective, its status history, and its measures with their readings.
    public static func render(_ detail: ObjectiveDetail) -> String {
        let objective = detail.objective
        var lines = ["\(objective.id)  \(objective.action): \(objective.title)",
                     "  \(detail.dimension) level \(detail.level), phase \(objective.phase) (\(detail.start) to \(objective.due)), "
                        + "\(Fmt.number(detail.effort)) person-days, roles \(detail.roles.joined(separator: ", "))",
                     "  status: \(objective.state.rawValue)"]
        for change in detail.history {
            lines.append("    \(change.at)  \(change.status)\(change.note.map { ": \($0)" } ?? "")")
        }
        for measure in detail.measures {
            let bound = measure.direction == .up ? "at least" : "at most"
            lines.append("  measure \(measure.id): \(measure.name), target \(bound) \(Fmt.quantity(measure.target, measure.unit))")
            for reading in measure.readings {
                lines.append("    \(reading.date)  \(Fmt.quantity(Fmt.reading(reading.value), measure.unit))"
                             + "\(reading.source.map { "  from \($0)" } ?? "")\(reading.note.map { "  \($0)" } ?? "")")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON row: numbers as numbers.
    struct Row: Encodable {
        let listing: ObjectiveListing

        enum CodingKeys: String, CodingKey { case id, action, title, phase, due, status }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(listing.id, forKey: .id)
            try c.encode(listing.action, forKey: .action)
            try c.encode(listing.title, forKey: .title)
            try c.encode(listing.phase, forKey: .phase)
            try c.encode(listing.due, forKey: .due)
            try c.encode(listing.state.rawValue, forKey: .status)
        }
    }
}
