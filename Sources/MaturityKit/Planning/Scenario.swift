/// One what-if variant of a plan: the same content and profile with another
/// capacity or horizon, and what it delivers.
public struct Scenario: Sendable, Hashable, Codable {
    /// "capacity −25 %", "as planned", "2 more phases"…
    public var label: String
    public var phases: Int
    public var capacity: Double
    /// Planned dimensions whose target is reached within the horizon, and how many there are.
    public var targetsReached: Int
    public var targetsPlanned: Int
    public var value: Int
    public var possibleValue: Int
    /// Dimension id → the phase its target is reached (nil: not reached), for targets of importance 4 or 5.
    public var keyTargets: [KeyTarget]
    /// Set when the plan could not be made as asked (its pins do not fit), and it was made without pins.
    public var note: String?

    public init(label: String, phases: Int, capacity: Double, targetsReached: Int, targetsPlanned: Int,
                value: Int, possibleValue: Int, keyTargets: [KeyTarget], note: String? = nil) {
        self.label = label
        self.phases = phases
        self.capacity = capacity
        self.targetsReached = targetsReached
        self.targetsPlanned = targetsPlanned
        self.value = value
        self.possibleValue = possibleValue
        self.keyTargets = keyTargets
        self.note = note
    }

    /// An important target and the phase it is reached in, if any.
    public struct KeyTarget: Sendable, Hashable, Codable {
        public var id: String
        public var importance: Int
        public var reachedInPhase: Int?

        public init(id: String, importance: Int, reachedInPhase: Int?) {
            self.id = id
            self.importance = importance
            self.reachedInPhase = reachedInPhase
        }
    }
}
