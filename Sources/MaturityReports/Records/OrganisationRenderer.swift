import MaturityKit

/// `ospo org list` (text or JSON) and `ospo org show` (text).
public enum OrganisationRenderer: RendersFormats {
    /// The formats of the list.
    public static let formats: [OutputFormat] = [.text, .json]

    /// What to say, on standard error, when the list is empty.
    public static let emptyListHint = "no organisations yet; add one with 'ospo org add NAME'"

    /// One line per organisation: "northwind-agency  Northwind Agency  [Public sector]  2 assessments".
    public static func render(_ list: [OrganisationListing], as format: OutputFormat) throws -> String {
        switch format {
        case .text:
            return list.map { organisation in
                "\(organisation.slug)  \(organisation.name)\(organisation.sector.map { "  [\($0)]" } ?? "")  "
                    + Fmt.plural(organisation.assessments, "assessment") + "\n"
            }.joined()
        case .json:
            return try JSONOutput.encode(list.map { organisation in
                Row(slug: organisation.slug, name: organisation.name, sector: organisation.sector, assessments: organisation.assessments)
            })
        case .md, .csv, .html, .yaml, .pdf:
            throw UnsupportedFormat(subject: "the organisation list", format: format, accepted: formats)
        }
    }

    /// The organisation, its assessments with their overall scores, and its plans.
    public static func render(_ overview: OrganisationOverview) -> String {
        let organisation = overview.organisation
        var lines = ["\(organisation.name) (\(organisation.slug))" + (organisation.sector.map { ", \($0)" } ?? ""), ""]
        lines.append(overview.assessments.isEmpty ? "Assessments: none" : "Assessments:")
        for assessment in overview.assessments {
            let overall = assessment.overall.map { "\(Fmt.score($0.score)) (level \($0.level))" } ?? "unassessed"
            lines.append("  \(assessment.id)  \(assessment.date)  \(assessment.questionnaire) \(assessment.version)  "
                         + "\(assessment.status)  overall \(overall)")
        }
        lines.append("")
        let current = overview.currentPlan.map { " (current: plan \($0.id), accepted \($0.acceptedAt))" } ?? ""
        lines.append((overview.plans == 0 ? "Plans: none" : "Plans: \(overview.plans)") + current)
        return lines.joined(separator: "\n") + "\n"
    }

    /// A JSON row: every key written, `null` for no sector.
    struct Row: Encodable {
        let slug: String, name: String, sector: String?, assessments: Int

        enum CodingKeys: String, CodingKey { case slug, name, sector, assessments }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(slug, forKey: .slug)
            try c.encode(name, forKey: .name)
            try c.encode(sector, forKey: .sector)
            try c.encode(assessments, forKey: .assessments)
        }
    }
}
