import MaturityKit

/// What an answers file does not say about itself: for CSV, the
/// questionnaire, organisation and date; for a survey's wide CSV, also the
/// mapping file. YAML answers carry all of it.
public struct AnswerFileOptions: Sendable, Hashable {
    public var questionnaire: String?
    public var organisation: String?
    /// The assessment date of CSV answers: the one given, else today.
    public var date: CalendarDate
    /// The CSV has one row per respondent and one column per question.
    public var wide: Bool
    public var mappingPath: String?
    /// The survey tool's export layout (docs/surveys.md); nil reads one header row.
    public var layout: SurveyLayout?
    /// With a layout: import the responses the tool marks unfinished.
    public var includeIncomplete: Bool

    public init(questionnaire: String? = nil, organisation: String? = nil, date: CalendarDate,
                wide: Bool = false, mappingPath: String? = nil, layout: SurveyLayout? = nil, includeIncomplete: Bool = false) {
        self.questionnaire = questionnaire
        self.organisation = organisation
        self.date = date
        self.wide = wide
        self.mappingPath = mappingPath
        self.layout = layout
        self.includeIncomplete = includeIncomplete
    }
}
