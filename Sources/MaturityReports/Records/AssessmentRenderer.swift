import MaturityKit

/// `ospo assessment list` (text or JSON) and `ospo assessment show` (text).
public enum AssessmentRenderer: RendersFormats {
    /// The formats of the list.
    public static let formats: [OutputFormat] = [.text, .json]

    /// What to say, on standard error, when the list is empty.
    public static let emptyListHint = "no assessments yet; start one with 'ospo assessment new ORG' or 'ospo assessment import FILE'"

    /// One line per assessment: "2  northwind-agency  2026-11-09  ospo-interview 1.0.0  open  reassessment".
    public static func render(_ list: [AssessmentListing], as format: OutputFormat) throws -> String {
        switch format {
        case .text:
            return list.map { assessment in
                "\(assessment.id)  \(assessment.organisation)  \(assessment.date)  \(assessment.questionnaire) \(assessment.version)  "
                    + "\(assessment.status)\(assessment.label.map { "  \($0)" } ?? "")\n"
            }.joined()
        case .json:
            return try JSONOutput.encode(list.map(Row.init))
        case .md, .csv, .html, .yaml, .pdf:
            throw UnsupportedFormat(subject: "the assessment list", format: format, accepted: formats)
        }
    }

    /// The assessment, its respondents, then its scorecard as `ospo score` prints it.
    public static func render(_ overview: AssessmentOverview) -> String {
        let assessment = overview.assessment
        var text = "Assessment \(assessment.id), \(assessment.status)\(assessment.label.map { ", \($0)" } ?? "")\n"
        for respondent in overview.scorecard.respondents {
            text += "  respondent \(respondent.id) (\(respondent.role))\(respondent.name.map { ", \($0)" } ?? ""): "
                + Fmt.plural(respondent.answered, "answer") + "\n"
        }
        return text + "\n" + ScorecardText.render(overview.scorecard)
    }

    /// A JSON row: numbers as numbers, `null` for no label.
    struct Row: Encodable {
        let listing: AssessmentListing

        enum CodingKeys: String, CodingKey { case id, organisation, questionnaire, version, date, status, label }

        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: CodingKeys.self)
            try c.encode(listing.id, forKey: .id)
            try c.encode(listing.organisation, forKey: .organisation)
            try c.encode(listing.questionnaire, forKey: .questionnaire)
            try c.encode(listing.version, forKey: .version)
            try c.encode(listing.date, forKey: .date)
            try c.encode(listing.status, forKey: .status)
            try c.encode(listing.label, forKey: .label)
        }
    }
}
