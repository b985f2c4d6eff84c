import MaturityKit
import MaturityStore

/// Runs a use case on a workspace that it may have to create: the first
/// `ospo init`, `org add`, `import` or `assessment import` makes the file.
/// When the work fails, a workspace this call created is put back as it was
/// (a new file removed, an empty file emptied again), so a failed command
/// leaves nothing behind; an existing workspace is never removed. Every
/// front end creating workspaces goes through here.
public enum WorkspaceCreation {
    /// What the work returned, and whether the workspace was created for it
    /// (a front end says so: "created workspace PATH").
    public struct Outcome<Value> {
        public var value: Value
        public var created: Bool
    }

    /// Opens the workspace at `path`, creating it when missing, with
    /// `today` fixed when given (OSPO_TODAY), and runs `work` on it.
    public static func run<Value>(at path: String, today: CalendarDate? = nil,
                                  _ work: (any WorkspaceStore) async throws -> Value) async throws -> Outcome<Value> {
        let workspace = try Workspace.open(at: path, access: .create)
        workspace.fixedToday = today
        do {
            let value = try await work(workspace)
            return Outcome(value: value, created: workspace.wasCreated)
        } catch {
            workspace.undoCreation()
            throw error
        }
    }
}
