import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

/// What `ospo objective list` and `ospo objective show` print, from the workspace.
public enum ObjectiveQueries {
    /// The objectives of the organisation's current plan.
    public static func list(_ workspace: any WorkspaceStore, organisation: String) throws -> [ObjectiveListing] {
        let plan = try workspace.currentPlan(organisation: organisation)
        return try workspace.objectives(plan: plan.id ?? 0).map(listing)
    }

    /// An objective by number, or by action id within the organisation's current plan.
    public static func detail(_ workspace: any WorkspaceStore, objective reference: String, organisation: String?) throws -> ObjectiveDetail {
        let summary = try workspace.objective(reference, organisation: organisation)
        let record = summary.objective
        return ObjectiveDetail(
            objective: listing(summary), dimension: record.dimension, level: record.level, start: record.start, effort: record.effort,
            roles: record.roles.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) },
            history: summary.history.map { ObjectiveDetail.StatusChange(at: $0.at, status: $0.status.rawValue, note: $0.note) },
            measures: summary.measures.map { measure in
                ObjectiveDetail.Measure(id: measure.key, name: measure.name, unit: measure.unit,
                                        direction: measure.direction, target: measure.target,
                                        readings: (summary.readings[measure.key] ?? []).map {
                                            ObjectiveDetail.Reading(date: $0.date, value: $0.value, source: $0.source, note: $0.note)
                                        })
            })
    }

    static func listing(_ summary: ObjectiveSummary) -> ObjectiveListing {
        let record = summary.objective
        return ObjectiveListing(id: record.id ?? 0, action: record.actionId, title: record.title, phase: record.phase,
                                due: record.due, state: summary.state)
    }
}
