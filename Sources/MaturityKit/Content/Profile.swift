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
    /// Actions whose purpose is met another way, each with the justification;
    /// planning counts them as satisfied, like `done`.
    public var covered: [Coverage]
    public var source: SourceMap

    public init(organisation: String? = nil, defaultTarget: Int = 0, targets: [String: Target] = [:],
                plan: PlanSettings, done: [String] = [], exclude: [Exclusion] = [], pins: [String: Int] = [:],
                covered: [Coverage] = [], source: SourceMap = SourceMap()) {
        self.organisation = organisation
        self.defaultTarget = defaultTarget
        self.targets = targets
        self.plan = plan
        self.done = done
        self.exclude = exclude
        self.pins = pins
        self.covered = covered
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

    /// An action covered by something the organisation already does.
    public struct Coverage: Sendable, Hashable {
        public var action: String
        /// What covers it, as the plan shows it.
        public var by: String

        public init(action: String, by: String) {
            self.action = action
            self.by = by
        }
    }

    public func target(for dimension: String) -> Target {
        targets[dimension] ?? Target(level: defaultTarget)
    }
}

/// The planning horizon and capacity.
public struct PlanSettings: Sendable, Hashable, Codable {
    public var start: CalendarDate
    public var phaseMonths: Int
    public var phases: Int
    /// Person-days per phase.
    public var capacity: Double
    /// The largest share of a phase's capacity one action may take
    /// (`plan.max_share_per_action`, in (0, 1], default 1). A larger action
    /// runs across consecutive phases.
    public var maxSharePerAction: Double
    /// Cost of one person-day (`plan.day_rate`), when the profile gives one.
    public var dayRate: Double?
    /// The currency of `dayRate` (`plan.currency`), e.g. `EUR`.
    public var currency: String?

    public init(start: CalendarDate, phaseMonths: Int, phases: Int, capacity: Double,
                maxSharePerAction: Double = 1, dayRate: Double? = nil, currency: String? = nil) {
        self.start = start
        self.phaseMonths = phaseMonths
        self.phases = phases
        self.capacity = capacity
        self.maxSharePerAction = maxSharePerAction
        self.dayRate = dayRate
        self.currency = currency
    }

    /// Person-days one action may take in one phase.
    public var perActionLimit: Double { capacity * min(1, max(maxSharePerAction, 0.01)) }
}
