/// One objective of an accepted roadmap with its recorded state and its
/// measures' tracks.
///
/// Its status is `done` or `dropped` when the OSPO lead marked it so;
/// otherwise the worst status of its measures (see `ProgressStatus.severity`),
/// and `noData` when it has no measure.
public struct ObjectiveProgress: Sendable, Hashable {
    /// The action id the objective came from.
    public var id: String
    public var title: String
    /// The dimension it helps, if known.
    public var dimension: String?
    /// The roadmap phase it is scheduled in, if known.
    public var phase: Int?
    /// When it is due: the end of its phase.
    public var due: CalendarDate
    /// As the OSPO lead last recorded it.
    public var state: ObjectiveState
    /// The note of the latest state change, if any.
    public var note: String?
    public var measures: [MeasureTrack]

    public init(id: String, title: String, dimension: String? = nil, phase: Int? = nil, due: CalendarDate,
                state: ObjectiveState, note: String? = nil, measures: [MeasureTrack]) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.phase = phase
        self.due = due
        self.state = state
        self.note = note
        self.measures = measures
    }

    /// Done or dropped as recorded, else the worst status of its measures.
    public var status: ProgressStatus {
        switch state {
        case .done: return .done
        case .dropped: return .dropped
        case .planned, .inProgress:
            return measures.isEmpty ? .noData : ProgressStatus.worst(measures.map(\.status))
        }
    }
}
