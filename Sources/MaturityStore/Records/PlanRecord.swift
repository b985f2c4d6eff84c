import GRDB

/// An accepted roadmap. One per organisation is current (`supersededAt` nil);
/// its predecessors are kept.
public struct PlanRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "plan"
    public var id: Int64?
    public var uid: String
    public var organisationId: Int64
    public var assessmentId: Int64
    public var profileId: Int64
    /// The roadmap as `ospo plan --format json` printed it when accepted.
    public var roadmap: String
    /// The roadmap as the planner's value, JSON-encoded (`RoadmapCoding`);
    /// nil for plans accepted before the workspace kept it (migration v4).
    public var roadmapValue: String?
    public var acceptedAt: String
    public var supersededAt: String?

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let organisationId = Column(CodingKeys.organisationId)
        public static let assessmentId = Column(CodingKeys.assessmentId)
        public static let profileId = Column(CodingKeys.profileId)
        public static let roadmap = Column(CodingKeys.roadmap)
        public static let roadmapValue = Column(CodingKeys.roadmapValue)
        public static let acceptedAt = Column(CodingKeys.acceptedAt)
        public static let supersededAt = Column(CodingKeys.supersededAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
