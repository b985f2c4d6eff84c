import GRDB

/// A measure (KPI) of an objective, with its target.
public struct MeasureRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "measure"
    public var id: Int64?
    public var objectiveId: Int64
    /// The measure id of the rubric.
    public var key: String
    public var name: String
    public var unit: String
    public var direction: String
    public var target: Double
    public var baseline: Double?

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

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
