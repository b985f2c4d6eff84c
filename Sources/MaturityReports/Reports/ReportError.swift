/// Why a report could not be made, as a sentence a user can act on.
public enum ReportError: Error, Sendable, Equatable, CustomStringConvertible {
    /// A template (built in, or from the brand's templates folder) does not parse.
    case templateSyntax(name: String, line: Int, column: Int, problem: String)
    /// A file in the templates folder has a name no report uses.
    case unknownTemplate(name: String, known: [String])
    /// The report kind cannot be written in this format.
    case unsupportedFormat(kind: String, format: String)

    public var description: String {
        switch self {
        case let .templateSyntax(name, line, column, problem):
            return "template '\(name)' line \(line), column \(column): \(problem); fix the template or remove it to use the built-in one"
        case let .unknownTemplate(name, known):
            return "no report uses a template named '\(name)'; rename the file to one of: \(known.joined(separator: ", ")) (with the extension .mustache)"
        case let .unsupportedFormat(kind, format):
            return "the \(kind) report cannot be written as \(format); use \(OutputFormat.list(ReportRenderer.formats))"
        }
    }
}
