/// The level every dimension is projected to reach by the end of a phase.
public struct LevelProjection: Sendable, Hashable, Codable {
    /// 1-based phase number.
    public var phase: Int
    /// The phase's last day.
    public var end: CalendarDate
    /// Dimension id → projected level (unassessed dimensions start from 0).
    public var levels: [String: Int]

    public init(phase: Int, end: CalendarDate, levels: [String: Int]) {
        self.phase = phase
        self.end = end
        self.levels = levels
    }
}
