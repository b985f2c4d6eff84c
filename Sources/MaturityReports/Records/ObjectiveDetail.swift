import MaturityKit

/// An objective with its status history, measures and readings, as `ospo
/// objective show` shows it.
public struct ObjectiveDetail: Sendable, Hashable {
    /// One recorded change of status.
    public struct StatusChange: Sendable, Hashable {
        public var at: String
        public var status: String
        public var note: String?

        public init(at: String, status: String, note: String?) {
            self.at = at
            self.status = status
            self.note = note
        }
    }

    /// One reading of a measure.
    public struct Reading: Sendable, Hashable {
        public var date: String
        public var value: Double
        public var source: String?
        public var note: String?

        public init(date: String, value: Double, source: String?, note: String?) {
            self.date = date
            self.value = value
            self.source = source
            self.note = note
        }
    }

    /// A measure with its target and readings, oldest first.
    public struct Measure: Sendable, Hashable {
        public var id: String
        public var name: String
        public var unit: MeasureUnit
        public var direction: MeasureDirection
        public var target: Double
        public var readings: [Reading]

        public init(id: String, name: String, unit: MeasureUnit, direction: MeasureDirection, target: Double, readings: [Reading]) {
            self.id = id
            self.name = name
            self.unit = unit
            self.direction = direction
            self.target = target
            self.readings = readings
        }
    }

    public var objective: ObjectiveListing
    public var dimension: String
    public var level: Int
    /// YYYY-MM-DD: the start of its phase.
    public var start: String
    /// Person-days.
    public var effort: Double
    /// Role ids.
    public var roles: [String]
    /// Oldest first.
    public var history: [StatusChange]
    public var measures: [Measure]

    public init(objective: ObjectiveListing, dimension: String, level: Int, start: String, effort: Double, roles: [String],
                history: [StatusChange], measures: [Measure]) {
        self.objective = objective
        self.dimension = dimension
        self.level = level
        self.start = start
        self.effort = effort
        self.roles = roles
        self.history = history
        self.measures = measures
    }
}
