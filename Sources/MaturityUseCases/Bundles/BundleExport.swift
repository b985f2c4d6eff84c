import Foundation
import MaturityStore

/// Writes the workspace (or one organisation) as a portable JSON bundle
/// (`ospo/bundle@1`), as `ospo export` does.
public enum BundleExport {
    /// The bundle's JSON text, ending in a newline.
    public static func text(of workspace: any WorkspaceStore, organisation: String? = nil) throws -> String {
        let data = try Workspace.encode(try workspace.export(organisation: organisation))
        return String(decoding: data, as: UTF8.self) + "\n"
    }

    /// Writes the bundle to `path`.
    public static func write(_ workspace: any WorkspaceStore, organisation: String? = nil, to path: String) throws {
        try FileAccess.write(try text(of: workspace, organisation: organisation), to: path)
    }
}
