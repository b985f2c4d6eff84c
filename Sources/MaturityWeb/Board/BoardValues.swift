import MaturityKit
import MaturityReports
import MaturityUseCases

/// The board's values for its templates: objectives grouped by state, each
/// with its status as the progress report computes it, its owner, its due
/// date and overdue flag, and its measures' latest readings against target.
enum BoardValues {
    /// The groups of the board, in the order a lead works through them.
    static let groups: [(ObjectiveState, String)] = [
        (.inProgress, "In progress"), (.planned, "Planned"), (.done, "Done"), (.dropped, "Dropped"),
    ]

    static func board(_ board: ObjectiveBoard, base: String) -> [String: Any] {
        let groups = groups.compactMap { state, heading -> [String: Any]? in
            let members = board.objectives.filter { $0.detail.objective.state == state }
                .sorted { ($0.detail.objective.phase, $0.detail.objective.id) < ($1.detail.objective.phase, $1.detail.objective.id) }
            guard !members.isEmpty else { return nil }
            return ["heading": heading, "count": members.count, "objectives": members.map { objective($0, base: base) }]
        }
        let overdue = board.objectives.filter { $0.progress?.isOverdue == true }.count
        return [
            "asOf": board.asOf.description, "groups": groups, "hasObjectives": !board.objectives.isEmpty,
            "summary": "\(board.objectives.count) objective\(board.objectives.count == 1 ? "" : "s") on the accepted roadmap"
                + (overdue == 0 ? ", none overdue" : ", \(overdue) overdue") + " as of \(board.asOf).",
        ]
    }

    /// One objective's row: its listing, owner, status and measures.
    static func objective(_ objective: BoardObjective, base: String) -> [String: Any] {
        let listing = objective.detail.objective
        return [
            "id": listing.id, "action": listing.action, "title": listing.title, "phase": listing.phase, "due": listing.due,
            "href": "\(base)/objectives/\(listing.id)", "state": listing.state.label,
            "owner": objective.detail.roles.isEmpty ? "—" : objective.detail.roles.joined(separator: ", "),
            // An overdue objective's badge says by how long, rather than "overdue" twice.
            "status": objective.progress.flatMap(overdue) ?? statusLabel(objective.progress), "tone": tone(objective.progress?.status),
            "measures": objective.detail.measures.map { measure($0, progress: objective.progress) },
        ]
    }

    /// The objective's page: its facts, measures, history and forms.
    static func objective(_ page: ObjectivePage, base: String, today: CalendarDate, typed: [String: String],
                          canMove: Bool, canRecord: Bool) -> [String: Any] {
        var values = objective(page.objective, base: base)
        let detail = page.objective.detail
        let state = detail.objective.state
        let moves = [("start", "Start it (in progress)", ObjectiveState.inProgress), ("done", "Mark it done", .done),
                     ("drop", "Drop it (say why in the note)", .dropped)]
            .filter { state.canMove(to: $0.2) }
            .map { ["value": $0.0, "label": $0.1, "checked": typed["move"] == $0.0] }
        values["dimension"] = detail.dimension
        values["level"] = detail.level
        values["start"] = detail.start
        values["effort"] = formatNumber(detail.effort)
        values["history"] = page.history.reversed().map { change -> [String: Any] in
            ["at": moment(change.at), "status": ObjectiveState(rawValue: change.status)?.label ?? change.status,
             "note": change.note as Any, "by": change.by ?? "—"]
        }
        values["moves"] = moves
        values["canMove"] = canMove && !moves.isEmpty
        values["canRecord"] = canRecord && !detail.measures.isEmpty
        values["measureChoices"] = detail.measures.map { ["id": $0.id, "name": $0.name, "selected": typed["measure"] == $0.id] }
        values["typedValue"] = typed["value"] ?? ""
        values["typedDate"] = typed["date"] ?? today.description
        values["today"] = today.description
        values["typedSource"] = typed["source"] ?? ""
        values["typedNote"] = typed["note"] ?? ""
        values["backHref"] = "\(base)/objectives"
        return values
    }

    /// A measure with its latest reading, target, status and every reading, newest first.
    static func measure(_ measure: ObjectiveDetail.Measure, progress: ObjectiveProgress?) -> [String: Any] {
        let track = progress?.measures.first { $0.measure.id == measure.id }
        let latest = measure.readings.max { $0.date < $1.date }
        return [
            "id": measure.id, "name": measure.name,
            "target": (measure.direction == .up ? "at least " : "at most ") + quantity(measure.target, measure.unit),
            "latest": latest.map { "\(quantity($0.value, measure.unit)) on \($0.date)" } ?? "no reading yet",
            "status": track.map { $0.status == .done ? "target met" : $0.status.label } ?? "—",
            "tone": tone(track?.status),
            "readings": measure.readings.reversed().map { reading -> [String: Any] in
                ["date": reading.date, "value": quantity(reading.value, measure.unit),
                 "source": reading.source as Any, "note": reading.note as Any]
            },
            "hasReadings": !measure.readings.isEmpty,
        ]
    }

    /// The objective's status as the progress report has it; an open
    /// objective whose measures all met their targets says so.
    static func statusLabel(_ progress: ObjectiveProgress?) -> String {
        guard let progress else { return "—" }
        if progress.isOpen && progress.status == .done { return "target met" }
        return progress.status.label
    }

    /// "overdue by 12 days", or nil.
    static func overdue(_ progress: ObjectiveProgress) -> String? {
        guard progress.isOverdue, let days = progress.daysLate else { return nil }
        return "overdue by \(days) day\(days == 1 ? "" : "s")"
    }

    /// The badge class of a status: good, warn or bad.
    static func tone(_ status: ProgressStatus?) -> String {
        switch status {
        case .done?, .onTrack?: "good"
        case .atRisk?, .noData?: "warn"
        case .offTrack?, .overdue?: "bad"
        case .dropped?, nil: ""
        }
    }

    /// A value in its unit: "42 %", "3 days"; money as the bare number (the detail has no currency).
    static func quantity(_ value: Double, _ unit: MeasureUnit) -> String {
        switch unit {
        case .percent: "\(formatNumber(value)) %"
        case .days, .hours: "\(formatNumber(value)) \(unit.rawValue)"
        case .count, .score, .ratio, .currency: formatNumber(value)
        }
    }

    /// A stored moment (ISO 8601, UTC) as "2026-11-20 10:00 UTC".
    static func moment(_ stamp: String) -> String {
        guard stamp.count >= 16, stamp.hasSuffix("Z") else { return stamp }
        return stamp.prefix(16).replacingOccurrences(of: "T", with: " ") + " UTC"
    }
}
