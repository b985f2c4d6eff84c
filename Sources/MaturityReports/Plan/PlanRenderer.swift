import MaturityKit

/// `ospo plan`: a roadmap as text, JSON, Markdown or CSV.
public enum PlanRenderer: RendersFormats {
    public static let formats: [OutputFormat] = [.text, .json, .md, .csv]

    public static func render(_ roadmap: Roadmap, as format: OutputFormat) throws -> String {
        switch format {
        case .text: return PlanText.render(roadmap)
        case .md: return PlanMarkdown.render(roadmap)
        case .json: return try PlanJSON.render(roadmap)
        case .csv: return PlanCSV.render(roadmap)
        case .html, .yaml, .pdf: throw UnsupportedFormat(subject: "the plan", format: format, accepted: formats)
        }
    }
}
