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
    public var status: AssessmentStatus
    public var createdAt: String
    public var closedAt: String?

    /// The table's columns, named by the coding keys so a renamed property cannot drift from its column.
    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let uid = Column(CodingKeys.uid)
        public static let organisationId = Column(CodingKeys.organisationId)
        public static let questionnaireId = Column(CodingKeys.questionnaireId)
        public static let questionnaireVersion = Column(CodingKeys.questionnaireVersion)
        public static let date = Column(CodingKeys.date)
        public static let label = Column(CodingKeys.label)
        public static let status = Column(CodingKeys.status)
        public static let createdAt = Column(CodingKeys.createdAt)
        public static let closedAt = Column(CodingKeys.closedAt)
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
