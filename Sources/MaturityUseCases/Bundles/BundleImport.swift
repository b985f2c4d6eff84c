import Foundation
import MaturityStore

/// Restores a bundle written by `ospo export`, as `ospo import` does.
///
/// The whole bundle is read and checked by `read`, before a workspace is
/// opened, so a bad bundle creates no workspace; `run` adds what the
/// workspace does not hold, in one transaction.
public struct BundleImport: Sendable {
    public let path: String
    let data: Data
    let bundle: WorkspaceBundle

    /// Reads and checks the bundle at `path`.
    /// - Throws: `FileAccess.Failure` for a file that cannot be read,
    ///   `BundleError` for a bundle with problems (all of them).
    public static func read(_ path: String) throws -> BundleImport {
        let data = Data(try FileAccess.readText(path).utf8)
        return BundleImport(path: path, data: data, bundle: try Workspace.decodeBundle(data, path: path))
    }

    /// Adds the bundle's records to `workspace`; records already there (same
    /// uid) are kept as they are. The bundle's audit entries come in with
    /// their original actors and times, and one more entry records the
    /// import itself, by `actor`.
    /// - Throws: `BundleError` for a record the workspace holds otherwise.
    public func run(by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore) throws -> BundleImportSummary {
        let summary = try workspace.importBundle(bundle, source: (path, data))
        try AuditTrail.record(.importBundle, by: actor, about: .organisation(nil), subject: "bundle \(path) imported",
                              detail: Self.line(for: summary).replacingOccurrences(of: "imported ", with: "added ", options: .anchored),
                              in: workspace)
        return summary
    }

    /// The line a front end prints for `summary`.
    public static func line(for summary: BundleImportSummary) -> String {
        "imported \(summary.organisations) organisations, \(summary.assessments) assessments, \(summary.answers) answers, \(summary.plans) plans, \(summary.objectives) objectives, \(summary.statuses) status changes, \(summary.readings) readings"
    }

    /// The closing line under a bundle's problems: how many, and that nothing was written.
    public static func refusalLine(for error: BundleError) -> String {
        let count = error.problems.count
        return "\(count) error\(count == 1 ? "" : "s") found; nothing was imported."
    }
}
