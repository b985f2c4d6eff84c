import Foundation
import MaturityReports

/// A report as the web hands it out: the bytes `ospo report` writes to a
/// file for the same workspace and options, with the name to save it under.
public struct WebReport: Sendable, Equatable {
    public var kind: ReportKind
    public var format: OutputFormat
    public var bytes: Data
    /// `acme-works-executive.html`, `portfolio.csv`: the organisation, the
    /// report and the format, so two downloads never overwrite each other.
    public var filename: String
    /// What the command line prints on standard error while building it (a
    /// plan whose answers changed after it was accepted).
    public var warnings: [String]

    /// The media type of the download.
    public var mediaType: String {
        switch format {
        case .html: "text/html; charset=utf-8"
        case .md: "text/markdown; charset=utf-8"
        case .json: "application/json; charset=utf-8"
        case .csv: "text/csv; charset=utf-8"
        case .pdf: "application/pdf"
        default: "application/octet-stream"
        }
    }
}
