import MaturityKit

/// `ospo score`: a scorecard as a text table, Markdown or JSON; with
/// `explain`, the answers behind every dimension's score.
public enum ScorecardRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.text, .json, .md]

    public static func render(_ card: Scorecard, as format: OutputFormat, explain: Bool = false) throws -> String {
        switch format {
        case .text: return ScorecardText.render(card, explain: explain)
        case .md: return ScorecardMarkdown.render(card, explain: explain)
        case .json: return try ScorecardJSON.render(card, explain: explain)
        case .csv, .html, .yaml, .pdf: throw UnsupportedFormat(subject: "the scorecard", format: format, accepted: formats)
        }
    }
}
