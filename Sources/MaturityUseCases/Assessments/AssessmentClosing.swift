import MaturityStore

/// Closes an assessment, as `ospo assessment close` does: no answers can be
/// recorded in it afterwards.
public enum AssessmentClosing {
    /// Closes `id`; returns the line a front end prints.
    @discardableResult
    public static func close(_ id: Int64, in workspace: any WorkspaceStore) throws -> String {
        try workspace.closeAssessment(id)
        return "closed assessment \(id)"
    }
}
