import GRDB
import MaturityKit

/// A measure (KPI) of an objective, with its target.
public struct MeasureRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "measure"
    public var id: Int64?
    public var objectiveId: Int64
    /// The measure id of the rubric.
    public var key: String
    public var name: String
    public var unit: MeasureUnit
    public var direction: MeasureDirection
    public var target: Double
    public var baseline: Double?
    /// The currency of a money measure; nil when its content names none.
    public var currency: String? = nil

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let objectiveId = Column(CodingKeys.objectiveId)
        public static let key = Column(CodingKeys.key)
        public static let name = Column(CodingKeys.name)
        public static let unit = Column(CodingKeys.unit)
        public static let direction = Column(CodingKeys.direction)
        public static let target = Column(CodingKeys.target)
        public static let baseline = Column(CodingKeys.baseline)
        public static let currency = Column(CodingKeys.currency)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One reading of a measure.
public struct ReadingRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "reading"
    public var id: Int64?
    public var uid: String
    public var measureId: Int64
    public var value: Double
    public var date: String
    public var source: String?
    public var note: String?
    public var recordedAt: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let measureId = Column(CodingKeys.measureId)
        public static let value = Column(CodingKeys.value)
        public static let date = Column(CodingKeys.date)
        public static let source = Column(CodingKeys.source)
        public static let note = Column(CodingKeys.note)
        public static let recordedAt = Column(CodingKeys.recordedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
