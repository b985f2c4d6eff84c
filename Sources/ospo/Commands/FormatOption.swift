import ArgumentParser
import MaturityReports

/// `--format NAME` for a command that writes the formats of `Writer`: the
/// one `OutputFormat` vocabulary, with any other name refused while the
/// arguments are parsed (exit 64), naming the ones the command takes.
struct FormatOption<Writer: RendersFormats>: ExpressibleByArgument, Sendable {
    var format: OutputFormat

    init(_ format: OutputFormat) { self.format = format }

    init?(argument: String) {
        guard let format = OutputFormat(rawValue: argument), Writer.formats.contains(format) else { return nil }
        self.format = format
    }

    static var allValueStrings: [String] { Writer.formats.map(\.rawValue) }

    var defaultValueDescription: String { format.rawValue }
}

/// What `ospo report` writes: the report formats, and pdf printed from html.
enum ReportCommandFormats: RendersFormats {
    static let formats: [OutputFormat] = ReportRenderer.formats + [.pdf]
}
