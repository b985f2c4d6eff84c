/// What one column of a wide CSV holds, decided from its header.
enum WideColumn: Hashable {
    case respondent
    case name
    case role
    /// Answers to the question at this index of `Questionnaire.questions`.
    case question(Int)
    /// Notes on the question at this index.
    case note(Int)
    /// The value of the context fact at this index of `Questionnaire.context`.
    case context(Int)
    /// Listed under `ignore` in the mapping.
    case ignored
    /// No header text: the column must stay empty.
    case blank
    /// Already reported (a mapping entry with an unknown question, a question
    /// in two columns); its cells are skipped without further errors.
    case broken
}
