import MaturityStore

/// Closes an assessment, as `ospo assessment close` does: no answers can be
/// recorded in it afterwards.
public enum AssessmentClosing {
    /// Closes `id`; returns the line a front end prints.
    @discardableResult
    public static func close(_ id: Int64, by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore) throws -> String {
        try workspace.closeAssessment(id)
        try AuditTrail.record(.closeAssessment, by: actor, about: .assessment(id),
                              subject: "assessment \(id) closed", in: workspace)
        return "closed assessment \(id)"
    }
}
