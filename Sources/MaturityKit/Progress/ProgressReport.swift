/// What the progress report shows for one organisation: its objectives with
/// their measures, and its maturity over every assessment. The workspace
/// fills it; the maths lives in the types it holds.
public struct ProgressReport: Sendable, Hashable {
    public var organisation: String
    /// The day the report describes (readings after it are the caller's to leave out).
    public var asOf: CalendarDate
    public var objectives: [ObjectiveProgress]
    public var maturity: MaturityHistory

    public init(organisation: String, asOf: CalendarDate, objectives: [ObjectiveProgress], maturity: MaturityHistory) {
        self.organisation = organisation
        self.asOf = asOf
        self.objectives = objectives
        self.maturity = maturity
    }

    /// How many objectives have each status, in the order of `ProgressStatus.allCases`.
    public var statusCounts: [(status: ProgressStatus, count: Int)] {
        ProgressStatus.allCases.map { status in (status, objectives.filter { $0.status == status }.count) }
    }
}
