import MaturityKit

/// `ospo progress`: the text summary for a terminal, or the progress report
/// (json, md, csv, html) as `ospo report progress` writes it.
public enum ProgressRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.text, .json, .md, .csv, .html]

    public static func render(_ report: ProgressReport, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return ProgressText.render(report)
        case .json, .md, .csv, .html: return try ReportRenderer().render(.progress(report), as: format)
        case .yaml, .pdf: throw UnsupportedFormat(subject: "the progress", format: format, accepted: formats)
        }
    }
}
