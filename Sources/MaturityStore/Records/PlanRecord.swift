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
    /// The roadmap as `ospo plan --format json` prints it.
    public var roadmap: String
    public var acceptedAt: String
    public var supersededAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
