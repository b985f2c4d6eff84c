import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

/// The OSPO lead's board: the accepted roadmap's objectives, moving them,
/// recording measure readings, the progress report and the audit trail.
/// Each change calls the use case `ospo objective` or `ospo measure record`
/// calls, so the web and the command line check and record the same.
extension TeamDesk {
    /// Today where the server runs, or the workspace's fixed day.
    public var today: CalendarDate { workspace.fixedToday ?? CalendarDate(Date()) }

    /// The objectives of the organisation's accepted roadmap, as of `asOf`;
    /// none when it has no accepted roadmap yet.
    public func objectiveBoard(asOf: CalendarDate, under yes: Authorised) throws -> ObjectiveBoard {
        try yes.require(.viewObjectives)
        let slug = try yes.organisationSlug()
        let listings: [ObjectiveListing]
        do {
            listings = try ObjectiveQueries.list(workspace, organisation: slug)
        } catch WorkspaceError.noAcceptedRoadmap {
            return ObjectiveBoard(asOf: asOf, objectives: [])
        }
        let report = try ProgressQueries.progress(workspace, organisation: slug, asOf: asOf)
        let progress = Dictionary(report.objectives.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return ObjectiveBoard(asOf: asOf, objectives: try listings.map { listing in
            BoardObjective(detail: try ObjectiveQueries.detail(workspace, objective: String(listing.id), organisation: nil),
                           progress: progress[listing.action])
        })
    }

    /// One objective of the organisation's accepted roadmap with its history.
    /// - Throws: `TeamError.notFound` for an objective of another
    ///   organisation, or of a roadmap that is no longer the current one.
    public func objectivePage(_ id: Int64, asOf: CalendarDate, under yes: Authorised) throws -> ObjectivePage {
        try yes.require(.viewObjectives)
        try requireCurrent(id, of: try yes.organisationSlug())
        guard let objective = try objectiveBoard(asOf: asOf, under: yes).objectives.first(where: { $0.detail.objective.id == id }) else {
            throw TeamError.notFound
        }
        return ObjectivePage(asOf: asOf, objective: objective,
                             history: try changes(of: objective.detail, organisation: try yes.organisationSlug()))
    }

    /// Moves an objective, as `ospo objective start|done|drop` does.
    /// - Parameter move: `start`, `done` or `drop`, as the command's names.
    /// - Returns: the line the command prints.
    @discardableResult
    public func moveObjective(_ id: Int64, move: String, note: String?, under yes: Authorised) throws -> String {
        try yes.require(.moveObjective)
        try requireCurrent(id, of: try yes.organisationSlug())
        let state: ObjectiveState = switch move {
        case "start": .inProgress
        case "done": .done
        case "drop": .dropped
        default: throw BoardError.unknownMove(move)
        }
        return try ObjectiveStatusChange.apply(state, objective: String(id), note: note, by: yes.actor, in: workspace)
    }

    /// Records a reading, as `ospo measure record` does: the same parsing of
    /// the value, and the same checks of measure, unit, range and date.
    /// - Parameter date: YYYY-MM-DD; empty for today.
    /// - Returns: the line the command prints.
    @discardableResult
    public func recordReading(_ id: Int64, measure: String, value: String, date: String, source: String?, note: String?,
                              under yes: Authorised) throws -> String {
        try yes.require(.recordReading)
        try requireCurrent(id, of: try yes.organisationSlug())
        let day: CalendarDate
        if date.isEmpty {
            day = today
        } else {
            guard let parsed = CalendarDate(iso: date) else { throw BoardError.notADate(date) }
            day = parsed
        }
        let reading = try MeasureReading(objective: String(id), measure: measure, value: value, date: day, source: source, note: note)
        return try reading.record(by: yes.actor, in: workspace)
    }

    /// The progress report of the organisation as of `asOf`, as `ospo progress` computes it.
    public func progressReport(asOf: CalendarDate, under yes: Authorised) throws -> ProgressReport {
        try yes.require(.viewProgress)
        return try ProgressQueries.progress(workspace, organisation: try yes.organisationSlug(), asOf: asOf)
    }

    /// The organisation's audit trail, newest first (`ospo history --org` lists it oldest first).
    public func history(under yes: Authorised) throws -> [AuditListing] {
        try yes.require(.viewHistory)
        return try AuditTrail.listing(organisation: try yes.organisationSlug(), in: workspace).reversed()
    }

    /// Refuses an objective outside the organisation's current roadmap with
    /// `TeamError.notFound`, the same answer as for one that does not exist.
    private func requireCurrent(_ id: Int64, of slug: String) throws {
        do {
            guard try ObjectiveQueries.list(workspace, organisation: slug).contains(where: { $0.id == id }) else {
                throw TeamError.notFound
            }
        } catch WorkspaceError.noAcceptedRoadmap {
            throw TeamError.notFound
        }
    }

    /// The objective's status changes, each with the account or user the
    /// audit trail names for it: the trail's moves of this objective are
    /// matched to the changes in order, by the status they moved it to.
    private func changes(of detail: ObjectiveDetail, organisation slug: String) throws -> [ObjectiveChange] {
        let prefix = "objective \(detail.objective.id) ("
        var moves = try AuditTrail.entries(organisation: slug, in: workspace)
            .filter { $0.action == WorkspaceAction.moveObjective.rawValue && $0.subject.hasPrefix(prefix) }[...]
        return detail.history.map { change in
            var by: String?
            if let index = moves.firstIndex(where: { $0.subject.hasSuffix("→ \(change.status)") }) {
                by = moves[index].actor
                moves = moves[moves.index(after: index)...]
            }
            return ObjectiveChange(at: change.at, status: change.status, note: change.note, by: by)
        }
    }
}
