import Foundation
import MaturityKit

/// How an accepted roadmap is kept in the workspace and in bundles: the
/// planner's `Roadmap` value as JSON, keys sorted, so that the same roadmap
/// is always the same text and reads back equal.
enum RoadmapCoding {
    static func encode(_ roadmap: Roadmap) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return String(decoding: try encoder.encode(roadmap), as: UTF8.self)
    }

    /// The roadmap kept as `text`; a text this version cannot read means the
    /// workspace was changed by something other than ospo.
    static func decode(_ text: String, path: String) throws -> Roadmap {
        do {
            return try JSONDecoder().decode(Roadmap.self, from: Data(text.utf8))
        } catch {
            throw WorkspaceError.damaged(path: path, detail: "an accepted roadmap cannot be read")
        }
    }
}
