import GRDB
import MaturityKit

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

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let planId = Column(CodingKeys.planId)
        public static let actionId = Column(CodingKeys.actionId)
        public static let title = Column(CodingKeys.title)
        public static let dimension = Column(CodingKeys.dimension)
        public static let level = Column(CodingKeys.level)
        public static let phase = Column(CodingKeys.phase)
        public static let start = Column(CodingKeys.start)
        public static let due = Column(CodingKeys.due)
        public static let effort = Column(CodingKeys.effort)
        public static let roles = Column(CodingKeys.roles)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}

/// One change of an objective's status, with a note; the latest is current.
public struct ObjectiveStatusRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "objectiveStatus"
    public var id: Int64?
    public var uid: String
    public var objectiveId: Int64
    public var status: ObjectiveState
    public var note: String?
    public var at: String

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let objectiveId = Column(CodingKeys.objectiveId)
        public static let status = Column(CodingKeys.status)
        public static let note = Column(CodingKeys.note)
        public static let at = Column(CodingKeys.at)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
