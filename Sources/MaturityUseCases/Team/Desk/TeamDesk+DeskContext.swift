import MaturityKit
import MaturityReports
import MaturityStore

/// The desk's context facts: the questionnaire's facts about the
/// organisation (sector, size band…), stated for one assessment as an
/// interview states them.
extension TeamDesk {
    /// The assessment's context facts with the values stated so far.
    public func context(assessment id: Int64, under yes: Authorised) throws -> DeskContext {
        try yes.require(.editContext)
        let record = try deskAssessment(id, under: yes)
        let questionnaire = try workspace.content(of: id).questionnaire
        let stated = record.organisationContext
        return DeskContext(assessment: try AssessmentQueries.overview(workspace, assessment: id).assessment,
                           facts: questionnaire.context.map { DeskContext.Fact(fact: $0, value: stated[$0.id]) })
    }

    /// States the facts of `values` (fact id → option id) that differ from
    /// those stated, with the workspace's checks (a fact the questionnaire
    /// declares, one of its options, an open assessment); facts not given
    /// keep their values. Records one audit entry naming the facts changed.
    /// - Returns: how many facts changed.
    @discardableResult
    public func stateContext(_ values: [String: String], assessment id: Int64, under yes: Authorised) throws -> Int {
        try yes.require(.editContext)
        let record = try deskAssessment(id, under: yes)
        let stated = record.organisationContext
        let changed = values.filter { stated[$0.key] != $0.value }
        guard !changed.isEmpty else { return 0 }
        // The store's own statement of context, the one an interview's recorder calls.
        try workspace.state(OrganisationContext(changed), of: id)
        let detail = changed.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ", ")
        try AuditTrail.record(.editContext, by: yes.actor, about: .assessment(id),
                              subject: "context of assessment \(id) stated", detail: detail, in: workspace)
        return changed.count
    }
}
