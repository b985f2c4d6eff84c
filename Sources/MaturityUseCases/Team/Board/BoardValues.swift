import MaturityKit
import MaturityReports

/// One objective as the lead's board shows it: what `ospo objective show`
/// prints, and how the progress report sees it on the day.
public struct BoardObjective: Sendable, Hashable {
    public var detail: ObjectiveDetail
    /// Its status as `ospo progress` computes it (on track, at risk, overdue…);
    /// nil only for an objective the report does not list.
    public var progress: ObjectiveProgress?

    public init(detail: ObjectiveDetail, progress: ObjectiveProgress?) {
        self.detail = detail
        self.progress = progress
    }
}

/// The objectives of an organisation's accepted roadmap, seen on a day.
public struct ObjectiveBoard: Sendable, Hashable {
    public var asOf: CalendarDate
    /// In the plan's order (phase, then the order the planner gave).
    public var objectives: [BoardObjective]

    public init(asOf: CalendarDate, objectives: [BoardObjective]) {
        self.asOf = asOf
        self.objectives = objectives
    }
}

/// One change of an objective's status, with who made it when the audit
/// trail says so.
public struct ObjectiveChange: Sendable, Hashable {
    public var at: String
    public var status: String
    public var note: String?
    /// `account:NAME` or `cli:USER`; nil when the trail has no entry for it
    /// (a roadmap's first "planned", or a change made before the trail was kept).
    public var by: String?

    public init(at: String, status: String, note: String?, by: String?) {
        self.at = at
        self.status = status
        self.note = note
        self.by = by
    }
}

/// One objective's page: the objective, its status history with who, and
/// the day it is seen from.
public struct ObjectivePage: Sendable, Hashable {
    public var asOf: CalendarDate
    public var objective: BoardObjective
    /// Oldest first.
    public var history: [ObjectiveChange]

    public init(asOf: CalendarDate, objective: BoardObjective, history: [ObjectiveChange]) {
        self.asOf = asOf
        self.objective = objective
        self.history = history
    }
}
