import Foundation

/// The rubrics and questionnaires shipped with `ospo`, carried inside the
/// binary so every command works from any directory with no files around it.
public enum ShippedContent {
    /// One shipped file: its path relative to the package root (for example
    /// `rubrics/deployment.yaml`) and its text.
    public struct File: Sendable, Equatable {
        public let path: String
        public let text: String

        public init(path: String, text: String) {
            self.path = path
            self.text = text
        }
    }

    /// Every shipped YAML file, sorted by path.
    public static let files: [File] = EmbeddedContent.files.compactMap { entry in
        guard let data = Data(base64Encoded: entry.base64),
              let text = String(data: data, encoding: .utf8) else { return nil }
        return File(path: entry.path, text: text)
    }

    /// A label for diagnostics that point into shipped content.
    public static func displayPath(_ path: String) -> String { "<shipped>/\(path)" }
}
