/// How a measure or an objective stands against its target (docs/scoring.md
/// § 10, "Measures and objectives").
///
/// A measure is `done`, `onTrack`, `atRisk`, `offTrack` or `noData`; only an
/// objective can be `dropped`. An objective that is neither done nor dropped
/// takes the worst status of its measures, in the order of `severity`.
public enum ProgressStatus: String, Sendable, Hashable, Codable, CaseIterable, CustomStringConvertible {
    /// The target is met.
    case done
    /// The forecast meets the target by the due date.
    case onTrack = "on-track"
    /// Too few readings (fewer than three, or all on one day): no forecast
    /// can be made.
    case noData = "no-data"
    /// The forecast gets at least 80 % of the way from the baseline to the
    /// target by the due date, but not all of it.
    case atRisk = "at-risk"
    /// The forecast gets less than 80 % of the way.
    case offTrack = "off-track"
    /// An objective the OSPO decided not to pursue.
    case dropped
    /// An objective past its due date and neither done nor dropped; never
    /// a measure's status.
    case overdue

    /// Worse is larger: done 0, on-track 1, no-data 2, at-risk 3,
    /// off-track 4, overdue 5. Missing data ranks below a known risk, because
    /// at-risk and off-track are facts about the readings, while no-data only
    /// says that nobody recorded enough of them; a missed due date is worse
    /// than any forecast. `dropped` (−1) and `overdue` never come from a
    /// measure.
    public var severity: Int {
        switch self {
        case .dropped: return -1
        case .done: return 0
        case .onTrack: return 1
        case .noData: return 2
        case .atRisk: return 3
        case .offTrack: return 4
        case .overdue: return 5
        }
    }

    /// The words reports show: "on track", "at risk", "too few readings".
    public var label: String {
        switch self {
        case .done: return "done"
        case .onTrack: return "on track"
        case .noData: return "too few readings"
        case .atRisk: return "at risk"
        case .offTrack: return "off track"
        case .dropped: return "dropped"
        case .overdue: return "overdue"
        }
    }

    public var description: String { rawValue }

    /// The worst of `statuses` by `severity`; `noData` for none.
    public static func worst<S: Sequence>(_ statuses: S) -> ProgressStatus where S.Element == ProgressStatus {
        statuses.max { $0.severity < $1.severity } ?? .noData
    }
}
