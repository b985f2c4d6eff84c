/// Checks the rules of content format v1 that span files: unique ids,
/// references that resolve, scales, levels and conditions. Returns every
/// problem found, errors and warnings, each at the value it concerns.
public enum LibraryValidator {
    public static let reservedAnswers: Set<String> = ["unknown", "na"]

    public static func validate(_ library: ContentLibrary) -> [Diagnostic] {
        var out: [Diagnostic] = []
        validateRubrics(library, into: &out)
        validateRoles(library, into: &out)
        validateContext(library, into: &out)
        for questionnaire in library.questionnaires {
            validate(questionnaire, in: library, into: &out)
        }
        var seen: [String: SourceLocation] = [:]
        for questionnaire in library.questionnaires {
            let at = questionnaire.source["id"]
            if let first = seen[questionnaire.id] {
                out.append(.error(at, "questionnaire '\(questionnaire.id)' is defined twice (first at \(first))"))
            } else {
                seen[questionnaire.id] = at
            }
        }
        return out
    }

    // MARK: - Rubrics

    static func validateRubrics(_ library: ContentLibrary, into out: inout [Diagnostic]) {
        var rubricIds: [String: SourceLocation] = [:]
        var dimensionIds: [String: SourceLocation] = [:]
        var actionIds: [String: SourceLocation] = [:]
        var measureIds: [String: SourceLocation] = [:]
        let roleIds = Set(library.roles.map(\.id))
        let allActions = Set(library.actions.map(\.action.id))

        for rubric in library.rubrics {
            unique(rubric.id, at: rubric.source["id"], kind: "rubric", in: &rubricIds, into: &out)
            let levels = rubric.scale.map(\.level)
            if levels.isEmpty {
                out.append(.error(rubric.source["scale"], "the scale needs at least one level"))
            } else if let gap = levels.indices.first(where: { levels[$0] != $0 }) {
                // At the first entry out of step, which is the one to edit.
                out.append(.error(rubric.source["scale.\(gap)"], "scale levels count up from 0 in steps of 1, lowest first: expected level \(gap) here, found \(levels[gap])"))
            }
            // The loader refuses levels past the limit; a rubric built in code
            // is held to it here, so no loop below counts up to an absurd level.
            let maxLevel = min(rubric.maxLevel, InputLimits.scaleLevel)
            for dimension in rubric.dimensions {
                unique(dimension.id, at: dimension.source["id"], kind: "dimension", in: &dimensionIds, into: &out)
                for level in levels where dimension.levels[level] == nil {
                    out.append(.error(dimension.source["levels"], "dimension '\(dimension.id)' has no descriptor for level \(level) (\(rubric.levelName(level)))"))
                }
                for level in dimension.levels.keys.sorted() where !levels.contains(level) {
                    out.append(.error(dimension.source["levels.\(level)"], "level \(level) is not on the scale of rubric '\(rubric.id)' (0…\(maxLevel))"))
                }
                for level in 1...max(1, maxLevel) where maxLevel >= 1 && !dimension.actions.contains(where: { $0.level == level }) {
                    out.append(.warning(dimension.source["id"], "dimension '\(dimension.id)' has no action for level \(level) (\(rubric.levelName(level))), so a roadmap cannot plan that step"))
                }
                for action in dimension.actions {
                    unique(action.id, at: action.source["id"], kind: "action", in: &actionIds, into: &out)
                    if !(1...max(1, maxLevel)).contains(action.level) {
                        out.append(.error(action.source["level"], "action '\(action.id)' has level \(action.level); it must be from 1 to \(maxLevel)"))
                    }
                    for (index, role) in action.roles.enumerated() where !roleIds.contains(role) {
                        out.append(.error(action.source["roles.\(index)"], "unknown role '\(role)' (roles are defined in a roles file, format: ospo/roles@1)\(Suggestion.didYouMean(role, roleIds))"))
                    }
                    for (index, required) in action.requires.enumerated() {
                        if required == action.id {
                            out.append(.error(action.source["requires.\(index)"], "action '\(action.id)' requires itself"))
                        } else if !allActions.contains(required) {
                            out.append(.error(action.source["requires.\(index)"], "unknown action '\(required)'\(Suggestion.didYouMean(required, allActions))"))
                        }
                    }
                    for (index, measure) in action.measures.enumerated() {
                        unique(measure.id, at: action.source["measures.\(index).id"], kind: "measure", in: &measureIds, into: &out)
                    }
                }
            }
        }
        let graph = DependencyCycles(library.actions.map { ($0.dimension.id, $0.action) })
        for cycle in graph.cycles() {
            let ids = cycle.path.map { graph.action($0).id }
            let spelled = (ids + [ids[0]]).joined(separator: " → ")
            let at = graph.action(cycle.action).source["requires.\(cycle.entry)"]
            guard cycle.levelSteps.contains(true) else {
                out.append(.error(at, "'requires' forms a cycle: \(spelled)"))
                continue
            }
            let reasons = cycle.path.indices.filter { cycle.levelSteps[$0] }.map { i -> String in
                let later = graph.action(cycle.path[i]), earlier = graph.action(cycle.path[(i + 1) % cycle.path.count])
                return "\(later.id) (level \(later.level)) comes after \(earlier.id) (level \(earlier.level)) of dimension '\(graph.dimension(cycle.path[i]))'"
            }
            out.append(.error(at, "'requires' and the level order form a cycle: \(spelled), as \(reasons.joined(separator: " and ")); change 'requires' so that no action waits for a higher level of its own dimension"))
        }
    }

    static func validateRoles(_ library: ContentLibrary, into out: inout [Diagnostic]) {
        var ids: [String: SourceLocation] = [:]
        for role in library.roles {
            unique(role.id, at: role.source["id"], kind: "role", in: &ids, into: &out)
        }
    }

    // MARK: - Questionnaires

    static func validate(_ questionnaire: Questionnaire, in library: ContentLibrary, into out: inout [Diagnostic]) {
        var rubrics: [Rubric] = []
        for (index, id) in questionnaire.rubrics.enumerated() {
            if let rubric = library.rubric(id) {
                rubrics.append(rubric)
            } else {
                let known = Set(library.rubrics.map(\.id))
                out.append(.error(questionnaire.source["rubrics.\(index)"], "unknown rubric '\(id)'\(Suggestion.didYouMean(id, known))"))
            }
        }
        if Set(rubrics.map(\.maxLevel)).count > 1 {
            let heights = rubrics.map { "\($0.id) 0…\($0.maxLevel)" }.joined(separator: ", ")
            out.append(.warning(questionnaire.source["rubrics.0"], "the rubrics use scales of different heights (\(heights)), so the overall score mixes unlike numbers"))
        }
        var scaleIds = Set<String>()
        for scale in questionnaire.scales {
            scaleIds.insert(scale.id)
            if scale.options.isEmpty { out.append(.error(scale.source.entity, "scale '\(scale.id)' has no options")) }
            var optionIds = Set<String>()
            for (index, option) in scale.options.enumerated() {
                let at = scale.source["options.\(index)"]
                if reservedAnswers.contains(option.id) {
                    out.append(.error(at, "'\(option.id)' is reserved: every question already offers 'unknown', and 'na' where allow_na is true"))
                }
                if !optionIds.insert(option.id).inserted {
                    out.append(.error(at, "option '\(option.id)' appears twice in scale '\(scale.id)'"))
                }
                if !(0...1).contains(option.value) {
                    out.append(.error(scale.source["options.\(index).value"], "option values must lie between 0 and 1; '\(option.id)' has \(formatNumber(option.value))"))
                }
            }
        }
        let respondentRoles = Set(questionnaire.roles.map(\.id))
        var sectionIds: [String: SourceLocation] = [:]
        var questionIds: [String: SourceLocation] = [:]
        var earlier: [String: Question] = [:]
        let dimensionRubric = Dictionary(rubrics.flatMap { rubric in rubric.dimensions.map { ($0.id, rubric) } }, uniquingKeysWith: { first, _ in first })
        for section in questionnaire.sections {
            unique(section.id, at: section.source["id"], kind: "section", in: &sectionIds, into: &out)
            for question in section.questions {
                unique(question.id, at: question.source["id"], kind: "question", in: &questionIds, into: &out)
                let rubric = dimensionRubric[question.dimension]
                if rubric == nil {
                    if let other = library.dimension(question.dimension) {
                        out.append(.error(question.source["dimension"], "dimension '\(question.dimension)' belongs to rubric '\(other.rubric.id)', which this questionnaire does not list in 'rubrics'"))
                    } else {
                        out.append(.error(question.source["dimension"], "unknown dimension '\(question.dimension)'\(Suggestion.didYouMean(question.dimension, Set(dimensionRubric.keys)))"))
                    }
                }
                if !scaleIds.contains(question.scale) {
                    out.append(.error(question.source["scale"], "unknown scale '\(question.scale)'\(Suggestion.didYouMean(question.scale, scaleIds))"))
                }
                if let rubric {
                    if let level = question.level, !(1...max(1, rubric.maxLevel)).contains(level) {
                        out.append(.error(question.source["level"], "level \(level) is outside 1…\(rubric.maxLevel) of rubric '\(rubric.id)'"))
                    }
                    if case .gated = rubric.scoring, question.level == nil {
                        out.append(.error(question.source["id"], "question '\(question.id)' needs a 'level': rubric '\(rubric.id)' uses gated scoring"))
                    }
                }
                for (index, role) in (question.roles ?? []).enumerated() where !respondentRoles.contains(role) {
                    out.append(.error(question.source["roles.\(index)"], respondentRoles.isEmpty
                        ? "the questionnaire declares no respondent roles, so 'roles' cannot name '\(role)'"
                        : "unknown respondent role '\(role)'\(Suggestion.didYouMean(role, respondentRoles))"))
                }
                if let help = question.help, let phrase = Self.interviewerPhrase(in: help) {
                    out.append(.warning(question.source["help"], "'help' is shown to respondents, and '\(phrase)' reads as guidance for the interviewer; move it to 'interviewer_notes'"))
                }
                if let when = question.when {
                    for reference in when.references {
                        guard let target = earlier[reference.question] else {
                            let reason = questionIds[reference.question] != nil || questionnaire.questions.contains(where: { $0.id == reference.question })
                                ? "'when' must refer to an earlier question; '\(reference.question)' comes later"
                                : "'when' refers to unknown question '\(reference.question)'"
                            out.append(.error(question.source["when"], reason))
                            continue
                        }
                        let options = Set(questionnaire.scale(target.scale)?.options.map(\.id) ?? [])
                            .union(["unknown"]).union(target.allowNA ? ["na"] : [])
                        for option in reference.options where !options.contains(option) {
                            out.append(.error(question.source["when"], "'when' names option '\(option)', which question '\(target.id)' does not offer (it offers \(options.sorted().joined(separator: ", ")))"))
                        }
                    }
                }
                earlier[question.id] = question
            }
        }
        let asked = Set(questionnaire.questions.map(\.dimension))
        for rubric in rubrics {
            for dimension in rubric.dimensions where !asked.contains(dimension.id) {
                out.append(.warning(questionnaire.source["id"], "no question evidences dimension '\(dimension.id)' of rubric '\(rubric.id)', so it will always be unassessed"))
            }
        }
    }

    /// Phrases written to an interviewer rather than to the person answering
    /// (the shipped interview once had them in `help`), lowercased.
    static let interviewerPhrases = ["red flag", "a real yes"]

    /// The first interviewer's phrase in a help text, if any.
    static func interviewerPhrase(in help: String) -> String? {
        let text = help.lowercased()
        return interviewerPhrases.first { text.contains($0) }
    }

    // MARK: - Answers

    /// Checks answers against their questionnaire. A stream of respondents
    /// is checked one at a time with `AnswerCheck.check`, which gives the
    /// diagnostics of the respondents' part of this.
    public static func validate(_ answers: AnswerSet, questionnaire: Questionnaire?) -> [Diagnostic] {
        var out: [Diagnostic] = []
        guard let questionnaire else {
            out.append(.error(answers.source["questionnaire"], "unknown questionnaire '\(answers.questionnaire)'; lint its file together with the answers, or use a shipped one"))
            return out
        }
        if let version = answers.version, version != questionnaire.version {
            out.append(.warning(answers.source["questionnaire"], "the answers were given to version \(version) of '\(questionnaire.id)', which is now at version \(questionnaire.version)"))
        }
        validateContext(answers, questionnaire: questionnaire, into: &out)
        let check = AnswerCheck(questionnaire)
        var respondentIds = Set<String>()
        for respondent in answers.respondents {
            check.check(respondent, seen: &respondentIds, into: &out)
        }
        return out
    }

    // MARK: - Profiles

    /// Checks a profile against the rubrics it plans for.
    public static func validate(_ profile: Profile, rubrics: [Rubric]) -> [Diagnostic] {
        var out: [Diagnostic] = []
        let dimensions = Dictionary(rubrics.flatMap { rubric in rubric.dimensions.map { ($0.id, rubric) } }, uniquingKeysWith: { first, _ in first })
        let actions = Set(rubrics.flatMap { $0.dimensions.flatMap { $0.actions.map(\.id) } })
        let topLevel = rubrics.map(\.maxLevel).min() ?? 0
        if profile.defaultTarget < 0 || (!rubrics.isEmpty && profile.defaultTarget > topLevel) {
            out.append(.error(profile.source["default_target"], "default_target \(profile.defaultTarget) is outside 0…\(topLevel), the levels every rubric has"))
        }
        for (id, target) in profile.targets.sorted(by: { $0.key < $1.key }) {
            let at = profile.source["targets.\(id)"]
            guard let rubric = dimensions[id] else {
                out.append(.error(at, "unknown dimension '\(id)'\(Suggestion.didYouMean(id, Set(dimensions.keys)))"))
                continue
            }
            if !(0...rubric.maxLevel).contains(target.level) {
                out.append(.error(at, "target level \(target.level) for '\(id)' is outside 0…\(rubric.maxLevel), the scale of rubric '\(rubric.id)'"))
            }
        }
        for (index, id) in profile.done.enumerated() where !actions.contains(id) {
            out.append(.error(profile.source["done.\(index)"], "unknown action '\(id)' in 'done'\(Suggestion.didYouMean(id, actions))"))
        }
        for (index, exclusion) in profile.exclude.enumerated() where !actions.contains(exclusion.action) {
            out.append(.error(profile.source["exclude.\(index)"], "unknown action '\(exclusion.action)' in 'exclude'\(Suggestion.didYouMean(exclusion.action, actions))"))
        }
        for (id, phase) in profile.pins.sorted(by: { $0.key < $1.key }) {
            let at = profile.source["pin.\(id)"]
            if !actions.contains(id) {
                out.append(.error(at, "unknown action '\(id)' in 'pin'\(Suggestion.didYouMean(id, actions))"))
            } else if phase > profile.plan.phases {
                out.append(.error(at, "'\(id)' is pinned to phase \(phase), but the plan has \(profile.plan.phases) phases"))
            }
        }
        out += validateCovered(profile, actions: actions)
        return out
    }

    /// Each `covered` entry names an action of the rubrics.
    static func validateCovered(_ profile: Profile, actions: Set<String>) -> [Diagnostic] {
        profile.covered.enumerated().filter { !actions.contains($0.element.action) }.map { index, entry in
            .error(profile.source["covered.\(index)"], "unknown action '\(entry.action)' in 'covered'\(Suggestion.didYouMean(entry.action, actions))")
        }
    }

    // MARK: - Helpers

    private static func unique(_ id: String, at location: SourceLocation, kind: String,
                               in seen: inout [String: SourceLocation], into out: inout [Diagnostic]) {
        if let first = seen[id] {
            out.append(.error(location, "\(kind) id '\(id)' is used twice (first at \(first))"))
        } else {
            seen[id] = location
        }
    }
}
