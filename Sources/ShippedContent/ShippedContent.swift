import Foundation

/// The rubrics and questionnaires shipped with `ospo`, carried inside the
/// binary so every command works from any directory with no files around it,
/// and the sample clients that `ospo demo` builds its workspace from.
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

    /// Every shipped YAML file of `rubrics/` and `questionnaires/`, folder by folder, sorted by name.
    public static let files: [File] = decode(EmbeddedContent.files)

    /// Every YAML file in the folders of `samples/` (for example
    /// `samples/northwind-agency/answers.yaml`), sorted by path. Not part of
    /// the content library: answers and profiles of fictional clients.
    public static let samples: [File] = decode(EmbeddedContent.samples)

    /// The sample file at `path` (relative to the package root), if any.
    public static func sample(_ path: String) -> File? {
        samples.first { $0.path == path }
    }

    private static func decode(_ entries: [(path: String, base64: String)]) -> [File] {
        entries.compactMap { entry in
            guard let data = Data(base64Encoded: entry.base64),
                  let text = String(data: data, encoding: .utf8) else { return nil }
            return File(path: entry.path, text: text)
        }
    }

    /// A label for diagnostics that point into shipped content.
    public static func displayPath(_ path: String) -> String { "<shipped>/\(path)" }
}
