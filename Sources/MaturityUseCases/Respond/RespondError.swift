/// Why the server refused a respondent's save; the web pages show the sentence.
public enum RespondError: Error, Equatable, CustomStringConvertible {
    /// The assessment was closed: answers are read-only.
    case closed
    /// The question is not one the respondent is asked (unknown, another role's,
    /// or a follow-up whose condition does not hold on their answers).
    case notAsked(String)
    /// The answer is not one the question takes.
    case refused(question: String, reason: String)

    public var description: String {
        switch self {
        case .closed: "this assessment is closed; answers can no longer be changed"
        case .notAsked(let id): "question \(id) is not asked of you with your answers so far"
        case let .refused(_, reason): reason
        }
    }
}
