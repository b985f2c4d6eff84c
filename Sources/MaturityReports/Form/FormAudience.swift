/// Who a printable form is for. A question's `help` is written for the
/// person answering and is on every form; its `interviewer_notes` (what a
/// real answer looks like, the red flags to probe) would lead or embarrass a
/// respondent filling in the form alone, so only the interviewer's form has them.
public enum FormAudience: String, Sendable, CaseIterable {
    /// Questions, their help, answers, conditions and room for notes; no
    /// interviewer's notes, no interviewer's line. The default: a form handed
    /// out never shows the interviewer's notes by accident.
    case respondent
    /// Everything: the help and the interviewer's notes under each question,
    /// the evidence to ask for, and a line for the interviewer's name.
    case interviewer

    /// Whether the form shows each question's notes for the interviewer.
    var showsInterviewerNotes: Bool { self == .interviewer }

    /// How the evidence line starts.
    var evidenceLead: String { self == .interviewer ? "Evidence to ask for:" : "Evidence, if you have it:" }

    /// The sentence on how to answer, addressed to the reader.
    var howToAnswer: String {
        switch self {
        case .respondent:
            return "Tick one box per question. “Don't know” is always a fair answer. “Not applicable” is offered only where the question allows it, for what cannot apply to the organisation; write why in the notes. “Not yet” is “No”, not “Not applicable”. A question marked Only if is asked only when its condition holds: skip it otherwise. Write anything worth keeping, and the evidence you can point to, under Notes."
        case .interviewer:
            return "Tick one box per question. “Don't know” is always a fair answer. “Not applicable” is offered only where the question allows it, for what cannot apply to the organisation; write why in the notes. “Not yet” is “No”, not “Not applicable”. A question marked Only if is asked only when its condition holds: skip it otherwise. Write anything worth keeping, and the evidence seen, under Notes. The help under a question is written for the respondent and may be read out; the notes marked For the interviewer, with their red flags, are for you only."
        }
    }
}
