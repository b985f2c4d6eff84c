import Foundation
import GRDB
import MaturityKit

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
    /// The context facts stated with the answers, as a JSON object of fact
    /// id → option id; nil when none were (see `organisationContext`).
    public var context: String? = nil

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
        public static let context = Column(CodingKeys.context)
    }

    /// The stored context; empty when none was stated (or it cannot be read,
    /// which only a hand-edited workspace could cause).
    public var organisationContext: OrganisationContext {
        get {
            guard let context, let data = context.data(using: .utf8),
                  let decoded = try? JSONDecoder().decode(OrganisationContext.self, from: data) else { return OrganisationContext() }
            return decoded
        }
        set {
            guard !newValue.isEmpty else {
                context = nil
                return
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = .sortedKeys
            context = (try? encoder.encode(newValue)).flatMap { String(data: $0, encoding: .utf8) }
        }
    }

    public mutating func didInsert(_ inserted: InsertionSuccess) { id = inserted.rowID }
}
