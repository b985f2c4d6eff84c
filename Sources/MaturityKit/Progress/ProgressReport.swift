/// What the progress report shows for one organisation as of a day: its
/// objectives with their measures, what needs attention, and its maturity
/// since the assessment its roadmap was planned from. The workspace fills
/// it; the maths lives here and in the types it holds.
public struct ProgressReport: Sendable, Hashable {
    public var organisation: String
    /// The day the report describes (readings after it are the caller's to leave out).
    public var asOf: CalendarDate
    public var objectives: [ObjectiveProgress]
    /// From the assessment the plan was made from (every assessment when
    /// there is no plan), oldest first.
    public var maturity: MaturityHistory
    /// The plan being tracked; nil without one.
    public var plan: TrackedPlan?
    /// The date of the most recent assessment by the day, whether or not the
    /// plan was made from it.
    public var latestAssessment: CalendarDate?

    /// How long a started objective may go without a reading before it
    /// needs attention: a quarter, the length of a roadmap phase.
    public static let recentReadingDays = 90
    /// How long ago an objective must have finished to be folded into the
    /// short "finished earlier" table.
    public static let foldFinishedAfterDays = 90

    public init(organisation: String, asOf: CalendarDate, objectives: [ObjectiveProgress], maturity: MaturityHistory,
                plan: TrackedPlan? = nil, latestAssessment: CalendarDate? = nil) {
        self.organisation = organisation
        self.asOf = asOf
        self.objectives = objectives
        self.maturity = maturity
        self.plan = plan
        self.latestAssessment = latestAssessment ?? maturity.latest?.date
    }

    /// The report from every scorecard dated by the day: maturity history
    /// starts at the assessment the plan was made from (earlier ones predate
    /// the roadmap and say nothing about it), or covers them all without a
    /// plan. Each objective is seen from `asOf`.
    public init(organisation: String, asOf: CalendarDate, objectives: [ObjectiveProgress], scorecards: [Scorecard],
                targets: [String: Int], plan: TrackedPlan?) {
        let dated = scorecards.filter { !(asOf < $0.date) }
        let tracked = plan.map { plan in dated.filter { !($0.date < plan.plannedFrom) } } ?? dated
        self.init(organisation: organisation, asOf: asOf,
                  objectives: objectives.map { var seen = $0; seen.asOf = asOf; return seen },
                  maturity: MaturityHistory(scorecards: tracked, targets: targets), plan: plan,
                  latestAssessment: dated.map(\.date).max())
    }

    /// How many objectives have each status, worst first (overdue, off
    /// track, at risk, too few readings, on track, done, dropped).
    public var statusCounts: [(status: ProgressStatus, count: Int)] {
        ProgressStatus.allCases.sorted { $0.severity > $1.severity }
            .map { status in (status, objectives.filter { $0.status == status }.count) }
    }

    /// The open objectives that need attention, worst first (by their worst
    /// reason, then due date, then id), each with every reason that applies:
    /// overdue; off track or at risk (a measure's forecast); no reading in
    /// the last `recentReadingDays` days although its phase has started.
    public var needsAttention: [AttentionItem] {
        let items = objectives.filter(\.isOpen).compactMap { objective -> AttentionItem? in
            var reasons: [AttentionReason] = []
            if objective.isOverdue { reasons.append(.overdue) }
            switch objective.measureStatus {
            case .offTrack: reasons.append(.offTrack)
            case .atRisk: reasons.append(.atRisk)
            default: break
            }
            if hasNoRecentReading(objective) { reasons.append(.noRecentReading) }
            return reasons.isEmpty ? nil : AttentionItem(objective: objective, reasons: reasons)
        }
        func rank(_ item: AttentionItem) -> Int {
            AttentionReason.allCases.firstIndex(of: item.reasons[0]) ?? AttentionReason.allCases.count
        }
        return items.sorted { a, b in
            if rank(a) != rank(b) { return rank(a) < rank(b) }
            if a.objective.due != b.objective.due { return a.objective.due < b.objective.due }
            return a.objective.id < b.objective.id
        }
    }

    /// An open objective with measures whose phase has started (by the day,
    /// or by the first reading when the start is unknown) and whose latest
    /// reading of any measure is more than `recentReadingDays` days old, or
    /// that has none.
    func hasNoRecentReading(_ objective: ObjectiveProgress) -> Bool {
        guard objective.isOpen, !objective.measures.isEmpty else { return false }
        guard let start = objective.start, !(asOf < start) else { return false }
        guard let last = objective.lastReading else {
            return asOf.dayNumber - start.dayNumber > ProgressReport.recentReadingDays
        }
        return asOf.dayNumber - last.dayNumber > ProgressReport.recentReadingDays
    }

    /// Why the plan is out of date, if it is: a newer assessment than the
    /// one it was made from, or every phase over.
    public var stalePlan: [StalePlanReason] {
        guard let plan else { return [] }
        var reasons: [StalePlanReason] = []
        if let latest = latestAssessment, plan.plannedFrom < latest { reasons.append(.newerAssessment(latest)) }
        if let end = objectives.map(\.due).max(), end < asOf { reasons.append(.horizonPassed(end)) }
        return reasons
    }

    /// Done or dropped more than `foldFinishedAfterDays` days before the
    /// day: the report lists them in a short table, not in full.
    public func isLongFinished(_ objective: ObjectiveProgress) -> Bool {
        guard !objective.isOpen, let since = objective.stateSince else { return false }
        return asOf.dayNumber - since.dayNumber > ProgressReport.foldFinishedAfterDays
    }

    /// The objectives shown in full: open ones and those finished recently.
    public var currentObjectives: [ObjectiveProgress] { objectives.filter { !isLongFinished($0) } }

    /// The objectives finished long ago, earliest finished first.
    public var longFinished: [ObjectiveProgress] {
        objectives.filter(isLongFinished).enumerated()
            .sorted { a, b in
                let x = a.element.stateSince ?? a.element.due, y = b.element.stateSince ?? b.element.due
                return x != y ? x < y : a.offset < b.offset
            }
            .map(\.element)
    }
}
