import MaturityKit

/// `ospo compare`: what changed between two assessments, as text or JSON.
public enum ComparisonRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.text, .json]

    /// - Parameters: first, second: the assessments' numbers, as the user gave them.
    public static func render(_ comparison: AssessmentComparison, first: Int64, second: Int64, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return ComparisonText.render(comparison, first: first, second: second)
        case .json: return try ComparisonJSON.render(comparison)
        case .md, .csv, .html, .yaml, .pdf: throw UnsupportedFormat(subject: "the comparison", format: format, accepted: formats)
        }
    }
}
