/// What the roadmap does for one planned dimension's target: the level at
/// the end of each phase, the phase the target is reached, or why not and
/// what it would take.
public struct TargetOutcome: Sendable, Hashable, Codable {
    /// The dimension id.
    public var id: String
    public var importance: Int
    /// The assessed level; nil when unassessed (planned from 0).
    public var current: Int?
    public var target: Int
    /// The projected level at the end of each phase.
    public var projected: [Int]
    /// The first phase at whose end the target is reached; nil when it is not.
    public var reachedInPhase: Int?
    /// Why the target is not reached; nil when it is.
    public var shortfall: Shortfall?

    public init(id: String, importance: Int, current: Int?, target: Int, projected: [Int],
                reachedInPhase: Int?, shortfall: Shortfall?) {
        self.id = id
        self.importance = importance
        self.current = current
        self.target = target
        self.projected = projected
        self.reachedInPhase = reachedInPhase
        self.shortfall = shortfall
    }

    /// Why a target is not reached within the horizon.
    public enum Shortfall: Sendable, Hashable, Codable, CustomStringConvertible {
        /// Level `level` has no action in the rubric, so no plan can claim it.
        case noAction(level: Int)
        /// Level `level` needs `action`, which the profile excludes.
        case excluded(level: Int, action: String, reason: String)
        /// Level `level` needs `action`, which can never be scheduled for `reason`.
        case blocked(level: Int, action: String, reason: BacklogReason)
        /// The actions in order need more phases than the plan has.
        case horizon(needed: Int, phases: Int)
        /// The capacity went to more valuable levels: this many more person-days
        /// (about this many more phases at the plan's capacity) would reach it.
        case capacity(personDays: Double, phases: Int)

        /// Whether no change of capacity can reach the target with the profile as written.
        public var isStructural: Bool {
            switch self {
            case .noAction, .excluded, .blocked, .horizon: return true
            case .capacity: return false
            }
        }

        public var description: String {
            switch self {
            case .noAction(let level):
                return "the rubric has no action for level \(level)"
            case let .excluded(level, action, reason):
                return "level \(level) needs \(action), which the profile excludes: \(reason)"
            case let .blocked(level, action, reason):
                return "level \(level) needs \(action), which cannot be scheduled: it \(reason.sentence)"
            case let .horizon(needed, phases):
                return "its actions one after another need \(needed) phases; the plan has \(phases)"
            case let .capacity(days, phases):
                return "capacity: \(formatNumber((days * 10).rounded() / 10)) more person-days (about \(phases) more phase\(phases == 1 ? "" : "s") at this capacity) would reach it"
            }
        }
    }
}
