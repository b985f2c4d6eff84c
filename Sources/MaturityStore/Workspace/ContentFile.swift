import MaturityKit

/// A content file (rubric, roles or questionnaire) as text, with the path it
/// was read from; what an assessment keeps a snapshot of.
public struct ContentFile: Sendable, Hashable {
    public var path: String
    public var text: String

    public init(path: String, text: String) {
        self.path = path
        self.text = text
    }
}

/// What an assessment was answered against, rebuilt from its snapshot.
public struct AssessmentContent: Sendable {
    public var questionnaire: Questionnaire
    public var rubrics: [Rubric]
    public var roles: [Role]

    public var library: ContentLibrary {
        ContentLibrary(rubrics: rubrics, roles: roles, questionnaires: [questionnaire])
    }

    public var engine: ScoringEngine { ScoringEngine(questionnaire: questionnaire, rubrics: rubrics) }
}
