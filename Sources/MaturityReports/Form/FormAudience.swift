/// Who a printable form is for. The questionnaire's `help` is guidance for
/// the interviewer (what a real answer looks like, the red flags to probe),
/// which would lead or embarrass a respondent filling in the form alone.
public enum FormAudience: String, Sendable, CaseIterable {
    /// Questions, answers, conditions and room for notes; no help, no
    /// interviewer's line. The default: a form handed out never shows the
    /// interviewer's notes by accident.
    case respondent
    /// Everything: the help under each question with its red flags, the
    /// evidence to ask for, and a line for the interviewer's name.
    case interviewer

    /// Whether the form shows each question's help (the interviewer's notes).
    var showsHelp: Bool { self == .interviewer }

    /// How the evidence line starts.
    var evidenceLead: String { self == .interviewer ? "Evidence to ask for:" : "Evidence, if you have it:" }

    /// The sentence on how to answer, addressed to the reader.
    var howToAnswer: String {
        switch self {
        case .respondent:
            return "Tick one box per question. “Don't know” is always a fair answer. “Not applicable” is offered only where the question allows it, for what cannot apply to the organisation; write why in the notes. “Not yet” is “No”, not “Not applicable”. A question marked Only if is asked only when its condition holds: skip it otherwise. Write anything worth keeping, and the evidence you can point to, under Notes."
        case .interviewer:
            return "Tick one box per question. “Don't know” is always a fair answer. “Not applicable” is offered only where the question allows it, for what cannot apply to the organisation; write why in the notes. “Not yet” is “No”, not “Not applicable”. A question marked Only if is asked only when its condition holds: skip it otherwise. Write anything worth keeping, and the evidence seen, under Notes. The help under each question, with its red flags, is for you: do not read it out."
        }
    }
}
