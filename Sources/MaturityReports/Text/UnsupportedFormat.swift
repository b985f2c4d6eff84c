/// A renderer was asked for a format it does not write. The command line
/// refuses such a `--format` before anything runs; this is the same
/// sentence for any other caller.
public struct UnsupportedFormat: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was to be written: "the scorecard", "the organisation list".
    public var subject: String
    public var format: OutputFormat
    public var accepted: [OutputFormat]

    public init(subject: String, format: OutputFormat, accepted: [OutputFormat]) {
        self.subject = subject
        self.format = format
        self.accepted = accepted
    }

    public var description: String {
        "\(subject) cannot be written as \(format); use \(OutputFormat.list(accepted))"
    }
}
