import GRDB

/// An objective: a scheduled action of an accepted plan, tracked over time.
public struct ObjectiveRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "objective"
    public var id: Int64?
    public var uid: String
    public var planId: Int64
    public var actionId: String
    public var title: String
    public var dimension: String
    public var level: Int
    public var phase: Int
    public var start: String
    public var due: String
    public var effort: Double
    /// Role ids, comma-separated.
    public var roles: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One change of an objective's status, with a note; the latest is current.
public struct ObjectiveStatusRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "objectiveStatus"
    public var id: Int64?
    public var uid: String
    public var objectiveId: Int64
    /// `planned`, `in-progress`, `done` or `dropped`.
    public var status: String
    public var note: String?
    public var at: String

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
