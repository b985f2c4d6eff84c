/// Targets and planning capacity for an organisation (`format: ospo/profile@1`).
public struct Profile: Sendable, Hashable {
    public var organisation: String?
    public var defaultTarget: Int
    public var targets: [String: Target]
    public var plan: PlanSettings
    public var done: [String]
    public var exclude: [Exclusion]
    /// Action id → phase number (1-based).
    public var pins: [String: Int]
    public var source: SourceMap

    public init(organisation: String? = nil, defaultTarget: Int = 0, targets: [String: Target] = [:],
                plan: PlanSettings, done: [String] = [], exclude: [Exclusion] = [], pins: [String: Int] = [:],
                source: SourceMap = SourceMap()) {
        self.organisation = organisation
        self.defaultTarget = defaultTarget
        self.targets = targets
        self.plan = plan
        self.done = done
        self.exclude = exclude
        self.pins = pins
        self.source = source
    }

    public struct Target: Sendable, Hashable {
        public var level: Int
        /// 1…5, default 3.
        public var importance: Int

        public init(level: Int, importance: Int = 3) {
            self.level = level
            self.importance = importance
        }
    }

    public struct Exclusion: Sendable, Hashable {
        public var action: String
        public var reason: String

        public init(action: String, reason: String) {
            self.action = action
            self.reason = reason
        }
    }

    public func target(for dimension: String) -> Target {
        targets[dimension] ?? Target(level: defaultTarget)
    }
}

/// The planning horizon and capacity.
public struct PlanSettings: Sendable, Hashable {
    public var start: CalendarDate
    public var phaseMonths: Int
    public var phases: Int
    /// Person-days per phase.
    public var capacity: Double

    public init(start: CalendarDate, phaseMonths: Int, phases: Int, capacity: Double) {
        self.start = start
        self.phaseMonths = phaseMonths
        self.phases = phases
        self.capacity = capacity
    }
}
