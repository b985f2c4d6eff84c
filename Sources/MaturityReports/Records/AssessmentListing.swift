import MaturityKit

/// One assessment of the workspace, as `ospo assessment list` and `ospo org
/// show` show it.
public struct AssessmentListing: Sendable, Hashable {
    public var id: Int64
    /// The organisation's short name.
    public var organisation: String
    /// YYYY-MM-DD.
    public var date: String
    public var questionnaire: String
    public var version: String
    /// `open` or `closed`.
    public var status: String
    public var label: String?
    /// Its overall score, where the listing shows it (`ospo org show`).
    public var overall: LevelScore?

    public init(id: Int64, organisation: String, date: String, questionnaire: String, version: String,
                status: String, label: String?, overall: LevelScore? = nil) {
        self.id = id
        self.organisation = organisation
        self.date = date
        self.questionnaire = questionnaire
        self.version = version
        self.status = status
        self.label = label
        self.overall = overall
    }
}
