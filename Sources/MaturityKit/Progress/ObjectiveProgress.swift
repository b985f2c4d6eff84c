/// One objective of an accepted roadmap with its recorded state and its
/// measures' tracks, seen from a day (`asOf`).
///
/// Its status is `done` or `dropped` when the OSPO lead marked it so;
/// `overdue` when it is neither, its due date is before the day it is
/// seen from and a measure is short of its target; otherwise the worst status of its measures (see
/// `ProgressStatus.severity`), and `noData` when it has no measure.
public struct ObjectiveProgress: Sendable, Hashable {
    /// The action id the objective came from.
    public var id: String
    public var title: String
    /// The dimension it helps, if known.
    public var dimension: String?
    /// The roadmap phase it is scheduled in, if known.
    public var phase: Int?
    /// When its phase starts, if known.
    public var start: CalendarDate?
    /// When it is due: the end of its phase.
    public var due: CalendarDate
    /// As the OSPO lead last recorded it.
    public var state: ObjectiveState
    /// The day of the latest state change (UTC), if it ever changed.
    public var stateSince: CalendarDate?
    /// The note of the latest state change, if any.
    public var note: String?
    public var measures: [MeasureTrack]
    /// The day the objective is seen from; nil sees it from no day, so it
    /// is never overdue.
    public var asOf: CalendarDate?

    public init(id: String, title: String, dimension: String? = nil, phase: Int? = nil, start: CalendarDate? = nil,
                due: CalendarDate, state: ObjectiveState, stateSince: CalendarDate? = nil, note: String? = nil,
                measures: [MeasureTrack], asOf: CalendarDate? = nil) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.phase = phase
        self.start = start
        self.due = due
        self.state = state
        self.stateSince = stateSince
        self.note = note
        self.measures = measures
        self.asOf = asOf
    }

    /// Whether the objective is still open: planned or in progress.
    public var isOpen: Bool { state == .planned || state == .inProgress }

    /// Open and past its due date on the day it is seen from, with a
    /// measure short of its target (or no measure): one whose every measure
    /// met its target is done in all but the record, and shows as done.
    public var isOverdue: Bool {
        guard isOpen, let asOf, measureStatus != .done else { return false }
        return due < asOf
    }

    /// Days past the due date: for an overdue objective up to the day it is
    /// seen from, for one done late up to the day it was marked done; nil
    /// when neither.
    public var daysLate: Int? {
        if isOverdue, let asOf { return asOf.dayNumber - due.dayNumber }
        if isDoneLate, let stateSince { return stateSince.dayNumber - due.dayNumber }
        return nil
    }

    /// Marked done after its due date.
    public var isDoneLate: Bool {
        guard state == .done, let stateSince else { return false }
        return due < stateSince
    }

    /// The worst status of its measures, whatever was recorded; `noData`
    /// without measures.
    public var measureStatus: ProgressStatus {
        measures.isEmpty ? .noData : ProgressStatus.worst(measures.map(\.status))
    }

    /// Done or dropped as recorded; overdue when open past its due date;
    /// else the worst status of its measures.
    public var status: ProgressStatus {
        switch state {
        case .done: return .done
        case .dropped: return .dropped
        case .planned, .inProgress: return isOverdue ? .overdue : measureStatus
        }
    }

    /// The most recent reading of any of its measures.
    public var lastReading: CalendarDate? {
        measures.compactMap { $0.latest?.date }.max()
    }
}
