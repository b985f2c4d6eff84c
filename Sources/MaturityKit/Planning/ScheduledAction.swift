/// An action placed in a roadmap, listed in the phase it starts in, with
/// why it sits there. A long action runs across consecutive phases, its
/// effort split evenly among them.
public struct ScheduledAction: Sendable, Hashable, Codable {
    public var id: String
    public var title: String
    public var dimension: String
    /// The level of its dimension the action helps reach.
    public var level: Int
    /// Person-days in all.
    public var effort: Double
    /// 1…5.
    public var impact: Int
    /// Its rank when spare capacity is shared out: `importance × gap × impact ÷ effort`, raised to what waits for it.
    public var priority: Double
    public var roles: [String]
    /// Its measures, each due at the end of the last phase it runs in.
    public var measures: [ScheduledMeasure]
    public var reason: PlacementReason
    /// The phase it starts in.
    public var firstPhase: Int
    /// Person-days in each phase it runs in, from `firstPhase` on; one entry
    /// when it fits in one phase.
    public var phaseEfforts: [Double]
    /// How `effort` was scaled to the organisation's size band; nil when it was not.
    public var scaling: EffortScaling?

    public init(id: String, title: String, dimension: String, level: Int, effort: Double, impact: Int,
                priority: Double, roles: [String], measures: [ScheduledMeasure], reason: PlacementReason,
                firstPhase: Int = 1, phaseEfforts: [Double]? = nil, scaling: EffortScaling? = nil) {
        self.id = id
        self.title = title
        self.dimension = dimension
        self.level = level
        self.effort = effort
        self.impact = impact
        self.priority = priority
        self.roles = roles
        self.measures = measures
        self.reason = reason
        self.firstPhase = firstPhase
        self.phaseEfforts = phaseEfforts ?? [effort]
        self.scaling = scaling
    }

    /// The phase it finishes in.
    public var lastPhase: Int { firstPhase + max(phaseEfforts.count, 1) - 1 }

    /// Whether it runs across more than one phase.
    public var spans: Bool { phaseEfforts.count > 1 }

    /// Person-days in phase `phase` (0 outside its span).
    public func effort(inPhase phase: Int) -> Double {
        let k = phase - firstPhase
        return phaseEfforts.indices.contains(k) ? phaseEfforts[k] : 0
    }
}
