/// Every format a command writes, named as users type it after `--format`.
/// Each renderer says which of them it writes (`RendersFormats`); `pdf` is
/// printed from `html` by the command line.
public enum OutputFormat: String, Sendable, Hashable, CaseIterable, CustomStringConvertible {
    case text, json, md, csv, html, yaml, pdf

    public var description: String { rawValue }
}

/// A renderer, or a command, that writes some of the `OutputFormat`s.
public protocol RendersFormats {
    /// The formats written, the default first.
    static var formats: [OutputFormat] { get }
}

extension RendersFormats {
    /// The formats as a sentence: "text, json or md".
    public static var formatList: String { OutputFormat.list(formats) }
}

extension OutputFormat {
    /// "text, json or md".
    public static func list(_ formats: [OutputFormat]) -> String {
        let names = formats.map(\.rawValue)
        guard names.count > 1, let last = names.last else { return names.joined() }
        return names.dropLast().joined(separator: ", ") + " or " + last
    }
}
