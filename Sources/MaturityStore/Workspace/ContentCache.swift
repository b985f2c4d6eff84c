import Foundation
import MaturityKit

/// Content files already parsed, and snapshots already assembled, for the
/// life of one `Workspace` object. Every score of an assessment reads its
/// snapshot again, and the assessments of a workspace mostly share one
/// (the same questionnaire and rubrics): parsing its YAML once instead of for
/// each of a portfolio's thousands of assessments is the difference between
/// seconds and minutes. Keyed by the files' paths and texts, which a content
/// record never changes.
final class ContentCache: @unchecked Sendable {
    private let lock = NSLock()
    private var documents: [ContentFile: (document: ContentDocument?, diagnostics: [Diagnostic])] = [:]
    private var snapshots: [[ContentFile]: AssessmentContent] = [:]
    /// Snapshots by the ids of their content records: looking one up costs
    /// nothing like hashing the files' texts.
    private var snapshotsByID: [[Int64]: AssessmentContent] = [:]

    /// `ContentLoader.load` of the file, parsed once.
    func load(_ file: ContentFile) -> (document: ContentDocument?, diagnostics: [Diagnostic]) {
        if let known = lock.withLock({ documents[file] }) { return known }
        let loaded = ContentLoader.load(file.text, path: file.path)
        lock.withLock { documents[file] = (loaded.0, loaded.1) }
        return (loaded.0, loaded.1)
    }

    /// The snapshot of these files, assembled once; `assemble` runs on a miss.
    func snapshot(_ files: [ContentFile], assemble: () throws -> AssessmentContent) rethrows -> AssessmentContent {
        if let known = lock.withLock({ snapshots[files] }) { return known }
        let content = try assemble()
        lock.withLock { snapshots[files] = content }
        return content
    }

    func snapshot(ids: [Int64]) -> AssessmentContent? {
        lock.withLock { snapshotsByID[ids] }
    }

    func remember(ids: [Int64], _ content: AssessmentContent) {
        lock.withLock { snapshotsByID[ids] = content }
    }
}
