/// The export layouts of the survey tools `--layout` names. Each is read
/// into one header text per column, keeping the file's rows and columns, so
/// that every diagnostic points at the cell as the file has it.
public enum SurveyLayout: String, Sendable, Hashable, CaseIterable {
    /// SurveyMonkey "expanded" CSV: question texts on row 1 (written over the
    /// first of a question's columns only), then "Response", "Open-Ended
    /// Response", an option or a matrix row on row 2; sometimes a row of
    /// question numbers above them.
    case surveymonkey
    /// Qualtrics CSV: export tags (`Q1`, `Q3_2`), question texts, then
    /// `{"ImportId":"QID1"}` cells: three header rows.
    case qualtrics
    /// Google Forms: one header row, `Timestamp` first, grid rows as `Question [Row]`.
    case googleForms = "google-forms"
    /// Microsoft Forms: one header row, `ID`, `Start time`, `Completion time`, `Email`, `Name` first.
    case msForms = "ms-forms"
    /// LimeSurvey, or any export with one header row: read as it is.
    case limesurvey

    /// Header rows above the first answer.
    var headerRows: Int {
        switch self {
        case .surveymonkey: return 2
        case .qualtrics: return 3
        case .googleForms, .msForms, .limesurvey: return 1
        }
    }

    /// Columns that hold what the tool records about a response, never an
    /// answer, by loose header text.
    var metadata: Set<String> {
        let texts: [String]
        switch self {
        case .surveymonkey:
            texts = ["Respondent ID", "Collector ID", "Start Date", "End Date", "IP Address", "Email Address",
                     "First Name", "Last Name", "Custom Data", "Custom Data 1"]
        case .qualtrics:
            texts = ["StartDate", "EndDate", "Status", "IPAddress", "Progress", "Duration (in seconds)", "Finished",
                     "RecordedDate", "ResponseId", "RecipientLastName", "RecipientFirstName", "RecipientEmail",
                     "ExternalReference", "LocationLatitude", "LocationLongitude", "DistributionChannel", "UserLanguage"]
        case .googleForms:
            texts = ["Timestamp", "Email Address", "Email address", "Score"]
        case .msForms:
            texts = ["ID", "Start time", "Completion time", "Email", "Name", "Last modified time"]
        case .limesurvey:
            texts = []
        }
        return Set(texts.map(LooseText.key))
    }

    /// The metadata column that identifies a response, read as the respondent's id.
    var respondentColumn: String? {
        switch self {
        case .surveymonkey: return "Respondent ID"
        case .qualtrics: return "ResponseId"
        case .msForms: return "ID"
        case .googleForms, .limesurvey: return nil
        }
    }

    /// Which layout a file has, from its first rows; nil when none fits
    /// (then it is read as one header row).
    static func detect(_ rows: [[String]]) -> SurveyLayout? {
        func has(_ row: Int, _ texts: [String]) -> Bool {
            guard row < rows.count else { return false }
            let keys = Set(rows[row].map(LooseText.key))
            return texts.allSatisfy { keys.contains(LooseText.key($0)) }
        }
        if rows.count > 2, rows[2].contains(where: { $0.hasPrefix("{\"ImportId\"") }) { return .qualtrics }
        if has(0, ["ResponseId"]) || has(0, ["StartDate", "EndDate", "Finished"]) { return .qualtrics }
        if has(0, ["Respondent ID", "Collector ID"]) || has(1, ["Respondent ID", "Collector ID"]) { return .surveymonkey }
        if let first = rows.first?.first, LooseText.key(first) == LooseText.key("Timestamp") { return .googleForms }
        if has(0, ["ID", "Start time", "Completion time"]) { return .msForms }
        return nil
    }
}
