import GRDB

/// One assessment of an organisation: a questionnaire answered at a date.
public struct AssessmentRecord: Codable, Sendable, Hashable, FetchableRecord, MutablePersistableRecord {
    public static let databaseTableName = "assessment"
    public var id: Int64?
    public var uid: String
    public var organisationId: Int64
    public var questionnaireId: String
    public var questionnaireVersion: String
    public var date: String
    public var label: String?
    /// `open` or `closed`.
    public var status: String
    public var createdAt: String
    public var closedAt: String?

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
