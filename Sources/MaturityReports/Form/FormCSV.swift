import MaturityKit

/// A blank wide CSV to fill in a spreadsheet and import back as it is with
/// `ospo score FILE --wide --questionnaire ID` (no mapping needed).
///
/// Row 1 is the header `respondent,name,role,<context facts…>,<question ids…>`,
/// a context fact headed `context: ID` (stated on the first respondent's row). Two rows
/// follow whose first cell starts with `#`, which the importer skips:
/// `#allowed` lists what each column accepts (`no|yes|unknown`, and
/// `na: why` where "not applicable" is allowed; the roles in the role
/// column), and `#question` gives each question's text, with its condition
/// and, without a role, the roles it is put to. Respondents go on the rows
/// below, one per row. Lines end with CRLF, as spreadsheets write them.
public enum FormCSV {
    /// - Parameter role: a respondent role id: only the questions put to that
    ///   role, and only that role in the `#allowed` row.
    public static func render(_ questionnaire: Questionnaire, role: String? = nil) -> String {
        let questions = FormContent.sections(questionnaire, role: role).flatMap(\.questions)
        let roles = role.map { [$0] } ?? questionnaire.roles.map(\.id)
        var header = ["respondent", "name", "role"]
        var allowed = ["#allowed", "", roles.isEmpty ? "any role id" : roles.joined(separator: "|")]
        var texts = ["#question", "", ""]
        // The organisation's context first, stated on the first respondent's row.
        for fact in questionnaire.context {
            header.append("context: \(fact.id)")
            allowed.append(fact.options.map(\.id).joined(separator: "|"))
            texts.append(FormContent.oneLine(fact.text) + " (once, on the first respondent's row)")
        }
        for question in questions {
            header.append(question.id)
            allowed.append(FormContent.choices(question, in: questionnaire)
                .map { $0.id == "na" ? "na: why" : $0.id }.joined(separator: "|"))
            var text = FormContent.oneLine(question.text)
            if let when = question.when {
                text += " (only if \(FormContent.describe(when, in: questionnaire, labels: false)))"
            }
            if role == nil, let asked = question.roles {
                text += " (asked of: \(asked.joined(separator: ", ")))"
            }
            texts.append(text)
        }
        // PlanCSV.field quotes per RFC 4180 and keeps a spreadsheet from
        // reading a cell as a formula.
        return [header, allowed, texts].map { $0.map(PlanCSV.field).joined(separator: ",") }.joined(separator: "\r\n") + "\r\n"
    }
}
