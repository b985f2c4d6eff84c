/// One loaded content file, of any of the six kinds.
public enum ContentDocument: Sendable {
    case rubric(Rubric)
    case roles(RoleCatalog)
    case questionnaire(Questionnaire)
    case answers(AnswerSet)
    case profile(Profile)
    case mapping(AnswerMapping)

    /// The `format:` values this version reads, by kind.
    public enum Kind: String, Sendable, CaseIterable {
        case rubric = "ospo/rubric@1"
        case roles = "ospo/roles@1"
        case questionnaire = "ospo/questionnaire@1"
        case answers = "ospo/answers@1"
        case profile = "ospo/profile@1"
        case mapping = "ospo/mapping@1"

        public var name: String {
            switch self {
            case .rubric: return "rubric"
            case .roles: return "roles"
            case .questionnaire: return "questionnaire"
            case .answers: return "answers"
            case .profile: return "profile"
            case .mapping: return "mapping"
            }
        }
    }

    public var kind: Kind {
        switch self {
        case .rubric: return .rubric
        case .roles: return .roles
        case .questionnaire: return .questionnaire
        case .answers: return .answers
        case .profile: return .profile
        case .mapping: return .mapping
        }
    }
}
