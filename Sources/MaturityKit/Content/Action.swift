/// An improvement action of a dimension; a roadmap turns it into an objective.
public struct Action: Sendable, Hashable {
    public var id: String
    public var title: String
    /// The level this action helps reach (1…L).
    public var level: Int
    /// Person-days.
    public var effort: Double
    /// 1…5.
    public var impact: Int
    public var roles: [String]
    public var requires: [String]
    public var description: String?
    public var measures: [Measure]
    /// Optional: the action applies only where this condition on context facts holds.
    public var when: Condition?
    /// The context fact (a size band) whose option multiplies `effort`.
    public var scalesWith: String?
    /// Set once `effort` has been scaled for an organisation: how it was.
    public var scaling: EffortScaling?
    public var source: SourceMap

    public init(id: String, title: String, level: Int, effort: Double, impact: Int,
                roles: [String], requires: [String] = [], description: String? = nil,
                measures: [Measure] = [], when: Condition? = nil, scalesWith: String? = nil,
                source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.level = level
        self.effort = effort
        self.impact = impact
        self.roles = roles
        self.requires = requires
        self.description = description
        self.measures = measures
        self.when = when
        self.scalesWith = scalesWith
        self.source = source
    }
}

/// How an action's effort was scaled to an organisation: `effort = days × factor`.
public struct EffortScaling: Sendable, Hashable, Codable {
    /// The effort as declared, for a band whose factor is 1.
    public var days: Double
    public var factor: Double
    /// The fact's option label, such as "251 to 2,500 people".
    public var band: String

    public init(days: Double, factor: Double, band: String) {
        self.days = days
        self.factor = factor
        self.band = band
    }
}

/// A key performance indicator attached to an action.
public struct Measure: Sendable, Hashable, Codable {
    public var id: String
    public var name: String
    public var unit: MeasureUnit
    public var direction: MeasureDirection
    public var target: Double
    public var baseline: Double?
    /// The currency of a money measure (`unit: currency`), such as `EUR`.
    public var currency: String?
    /// Optional: the measure applies only where this condition on context facts holds.
    public var when: Condition?

    public init(id: String, name: String, unit: MeasureUnit, direction: MeasureDirection,
                target: Double, baseline: Double? = nil, currency: String? = nil, when: Condition? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.target = target
        self.baseline = baseline
        self.currency = currency
        self.when = when
    }
}

public enum MeasureUnit: String, Sendable, Hashable, Codable, CaseIterable {
    case percent, count, days, hours, score, currency, ratio
}

public enum MeasureDirection: String, Sendable, Hashable, Codable, CaseIterable {
    /// Higher is better.
    case up
    /// Lower is better.
    case down
}
