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
    public var source: SourceMap

    public init(id: String, title: String, level: Int, effort: Double, impact: Int,
                roles: [String], requires: [String] = [], description: String? = nil,
                measures: [Measure] = [], source: SourceMap = SourceMap()) {
        self.id = id
        self.title = title
        self.level = level
        self.effort = effort
        self.impact = impact
        self.roles = roles
        self.requires = requires
        self.description = description
        self.measures = measures
        self.source = source
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

    public init(id: String, name: String, unit: MeasureUnit, direction: MeasureDirection,
                target: Double, baseline: Double? = nil) {
        self.id = id
        self.name = name
        self.unit = unit
        self.direction = direction
        self.target = target
        self.baseline = baseline
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
