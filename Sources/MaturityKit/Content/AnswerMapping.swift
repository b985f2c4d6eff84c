/// How to read a survey tool's wide CSV (`format: ospo/mapping@1`): which
/// columns hold the respondent's id, name and role, which header texts stand
/// for which questions, which cell texts stand for which answers and roles,
/// and which columns to ignore. Texts are matched ignoring letter case and
/// white space (see `LooseText`).
public struct AnswerMapping: Sendable, Hashable {
    /// One text mapped to an id, with where both were written.
    public struct Entry: Sendable, Hashable {
        /// The text as it appears in the CSV (a header or a cell).
        public var text: String
        /// The id it stands for: a question, an option (or `unknown`, `na`) or a role.
        public var target: String
        /// Where the text was written in the mapping file.
        public var textLocation: SourceLocation
        /// Where the id was written in the mapping file.
        public var targetLocation: SourceLocation

        /// An entry built in code; locations default to `<memory>`.
        public init(text: String, target: String,
                    textLocation: SourceLocation = SourceLocation(file: "<memory>"),
                    targetLocation: SourceLocation = SourceLocation(file: "<memory>")) {
            self.text = text
            self.target = target
            self.textLocation = textLocation
            self.targetLocation = targetLocation
        }
    }

    /// The questionnaire the survey answers, when the mapping is for one.
    public var questionnaire: String?
    /// Header of the column holding respondent ids; without one, respondents
    /// are named after their row (`row-2`, `row-3`, …).
    public var respondentColumn: String?
    /// Header of the column holding respondents' names.
    public var nameColumn: String?
    /// Header of the column holding respondents' roles.
    public var roleColumn: String?
    /// Header text → question id.
    public var questions: [Entry]
    /// Header text → the question whose note the column holds.
    public var notes: [Entry]
    /// Cell text → option id (or `unknown`, `na`), for every question whose
    /// scale offers that option.
    public var options: [Entry]
    /// Question id → cell text → option id, for one question only.
    public var questionOptions: [String: [Entry]]
    /// Where each `question_options` key was written.
    public var questionOptionLocations: [String: SourceLocation]
    /// Role cell text → respondent role id.
    public var roles: [Entry]
    /// Headers of columns to leave out (timestamps, e-mail addresses, …).
    public var ignore: [String]
    /// Cell texts that mean no answer, like a blank cell (LimeSurvey writes
    /// "No answer" for a question the respondent skipped).
    public var noAnswer: [String]
    /// The justification recorded with a "not applicable" answer that brings
    /// none of its own.
    public var naJustification: String?
    /// Where the mapping and its `questionnaire` and `columns.*` values were written.
    public var source: SourceMap

    /// A mapping built in code; `ContentLoader.loadMapping` reads one from a file.
    public init(questionnaire: String? = nil, respondentColumn: String? = nil, nameColumn: String? = nil,
                roleColumn: String? = nil, questions: [Entry] = [], notes: [Entry] = [], options: [Entry] = [],
                questionOptions: [String: [Entry]] = [:], questionOptionLocations: [String: SourceLocation] = [:],
                roles: [Entry] = [], ignore: [String] = [], noAnswer: [String] = [], naJustification: String? = nil,
                source: SourceMap = SourceMap()) {
        self.questionnaire = questionnaire
        self.respondentColumn = respondentColumn
        self.nameColumn = nameColumn
        self.roleColumn = roleColumn
        self.questions = questions
        self.notes = notes
        self.options = options
        self.questionOptions = questionOptions
        self.questionOptionLocations = questionOptionLocations
        self.roles = roles
        self.ignore = ignore
        self.noAnswer = noAnswer
        self.naJustification = naJustification
        self.source = source
    }
}
