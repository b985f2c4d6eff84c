/// Why the progress report lists an objective under "Needs attention"
/// (docs/reports.md, "Needs attention"), worst first.
public enum AttentionReason: String, Sendable, Hashable, CaseIterable {
    /// Open past its due date.
    case overdue
    /// A measure's forecast gets less than 80 % of the way by the due date.
    case offTrack = "off-track"
    /// A measure's forecast gets at least 80 % of the way, but not all of it.
    case atRisk = "at-risk"
    /// Its phase has started and no measure was read in the last
    /// `ProgressReport.recentReadingDays` days (or ever).
    case noRecentReading = "no-recent-reading"
}
