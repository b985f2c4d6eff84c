/// A set of rubrics, roles and questionnaires read together, so references
/// between files can be resolved and checked.
public struct ContentLibrary: Sendable {
    public private(set) var rubrics: [Rubric] = []
    public private(set) var roles: [Role] = []
    public private(set) var questionnaires: [Questionnaire] = []

    public init(rubrics: [Rubric] = [], roles: [Role] = [], questionnaires: [Questionnaire] = []) {
        self.rubrics = rubrics
        self.roles = roles
        self.questionnaires = questionnaires
    }

    /// A library of the rubrics, roles and questionnaires among `documents`;
    /// answers, profiles and mappings are ignored here.
    public init(documents: [ContentDocument]) {
        for document in documents {
            switch document {
            case .rubric(let rubric): rubrics.append(rubric)
            case .roles(let catalog): roles.append(contentsOf: catalog.roles)
            case .questionnaire(let questionnaire): questionnaires.append(questionnaire)
            case .answers, .profile, .mapping: break
            }
        }
    }

    public func rubric(_ id: String) -> Rubric? { rubrics.first { $0.id == id } }
    public func questionnaire(_ id: String) -> Questionnaire? { questionnaires.first { $0.id == id } }
    public func role(_ id: String) -> Role? { roles.first { $0.id == id } }

    /// The rubric and dimension with this id.
    public func dimension(_ id: String) -> (rubric: Rubric, dimension: Dimension)? {
        for rubric in rubrics {
            if let dimension = rubric.dimensions.first(where: { $0.id == id }) { return (rubric, dimension) }
        }
        return nil
    }

    /// Every action with its dimension and rubric, in file order.
    public var actions: [(rubric: Rubric, dimension: Dimension, action: Action)] {
        rubrics.flatMap { rubric in
            rubric.dimensions.flatMap { dimension in dimension.actions.map { (rubric, dimension, $0) } }
        }
    }

    // MARK: - Resolution

    /// What one questionnaire needs to score answers: the questionnaire, its
    /// rubrics and the roles, taken from this library first and `fallback`
    /// (the shipped content) for whatever this one lacks.
    public func resolving(questionnaire id: String, fallback: ContentLibrary) -> ContentLibrary? {
        guard let questionnaire = questionnaire(id) ?? fallback.questionnaire(id) else { return nil }
        let rubrics = questionnaire.rubrics.compactMap { rubric($0) ?? fallback.rubric($0) }
        return ContentLibrary(rubrics: rubrics, roles: mergedRoles(with: fallback), questionnaires: [questionnaire])
    }

    /// This library completed from `fallback`: rubrics and questionnaires it
    /// lacks whose ids do not clash with its own, and roles it does not define.
    /// Lint uses this so that a single file can refer to shipped content.
    public func completed(with fallback: ContentLibrary) -> ContentLibrary {
        var result = self
        let dimensionIds = Set(rubrics.flatMap { $0.dimensions.map(\.id) })
        let actionIds = Set(actions.map(\.action.id))
        for rubric in fallback.rubrics where self.rubric(rubric.id) == nil {
            let clashes = rubric.dimensions.contains { dimensionIds.contains($0.id) || $0.actions.contains { actionIds.contains($0.id) } }
            if !clashes { result.rubrics.append(rubric) }
        }
        for questionnaire in fallback.questionnaires where self.questionnaire(questionnaire.id) == nil {
            result.questionnaires.append(questionnaire)
        }
        result.roles = mergedRoles(with: fallback)
        return result
    }

    private func mergedRoles(with fallback: ContentLibrary) -> [Role] {
        let own = Set(roles.map(\.id))
        return roles + fallback.roles.filter { !own.contains($0.id) }
    }
}
