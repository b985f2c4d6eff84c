/// The checks of organisation context: facts declared once with distinct
/// options, and every `when: {context}` and `scales_with` naming a declared
/// fact and its options (docs/content-format.md, "Context").
extension LibraryValidator {
    static func validateContext(_ library: ContentLibrary, into out: inout [Diagnostic]) {
        for questionnaire in library.questionnaires {
            validateFacts(questionnaire, into: &out)
            let facts = Dictionary(questionnaire.context.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
            for section in questionnaire.sections {
                if let when = section.when {
                    if !when.references.isEmpty {
                        out.append(.error(section.source["when"], "a section's 'when' may name only context facts ({context: FACT, in: [...]}); put conditions on answers on its questions"))
                    }
                    check(when, at: section.source["when"], facts: facts, declaredIn: "questionnaire '\(questionnaire.id)'", into: &out)
                }
                for question in section.questions {
                    if let when = question.when {
                        check(when, at: question.source["when"], facts: facts, declaredIn: "questionnaire '\(questionnaire.id)'", into: &out)
                    }
                }
            }
        }
        // Actions and measures belong to rubrics, which any questionnaire
        // may score: a fact declared by one questionnaire of the library will do.
        var facts: [String: ContextFact] = [:]
        for questionnaire in library.questionnaires {
            for fact in questionnaire.context {
                if var known = facts[fact.id] {
                    known.options += fact.options.filter { option in !known.options.contains { $0.id == option.id } }
                    facts[fact.id] = known
                } else {
                    facts[fact.id] = fact
                }
            }
        }
        for (_, _, action) in library.actions {
            if let when = action.when {
                if !when.references.isEmpty {
                    out.append(.error(action.source["when"], "an action's 'when' may name only context facts ({context: FACT, in: [...]}), not questions"))
                }
                check(when, at: action.source["when"], facts: facts, declaredIn: "any questionnaire", into: &out,
                      lenient: facts.isEmpty)
            }
            for (index, measure) in action.measures.enumerated() {
                guard let when = measure.when else { continue }
                let at = action.source["measures.\(index).when"]
                if !when.references.isEmpty {
                    out.append(.error(at, "a measure's 'when' may name only context facts ({context: FACT, in: [...]}), not questions"))
                }
                check(when, at: at, facts: facts, declaredIn: "any questionnaire", into: &out, lenient: facts.isEmpty)
            }
            if let fact = action.scalesWith {
                let at = action.source["effort.scales_with"]
                if let declared = facts[fact] {
                    if !declared.scalesEffort {
                        out.append(.error(at, "action '\(action.id)' scales with context fact '\(fact)', but not every option of '\(fact)' gives an 'effort_factor'"))
                    }
                } else {
                    out.append(.error(at, "action '\(action.id)' scales with unknown context fact '\(fact)': declare it under 'context:' in a questionnaire\(Suggestion.didYouMean(fact, Set(facts.keys)))"))
                }
            }
        }
    }

    /// Fact ids and option ids unique; options neither `unknown` nor `na`.
    private static func validateFacts(_ questionnaire: Questionnaire, into out: inout [Diagnostic]) {
        var ids: [String: SourceLocation] = [:]
        for fact in questionnaire.context {
            if let first = ids[fact.id] {
                out.append(.error(fact.source["id"], "context fact id '\(fact.id)' is used twice (first at \(first))"))
            } else {
                ids[fact.id] = fact.source["id"]
            }
            var options = Set<String>()
            for (index, option) in fact.options.enumerated() {
                let at = fact.source["options.\(index)"]
                if reservedAnswers.contains(option.id) {
                    out.append(.error(at, "'\(option.id)' is reserved for answers; name the context option otherwise"))
                }
                if !options.insert(option.id).inserted {
                    out.append(.error(at, "option '\(option.id)' appears twice in context fact '\(fact.id)'"))
                }
            }
            if fact.options.contains(where: { $0.effortFactor != nil }) && !fact.scalesEffort {
                out.append(.error(fact.source["options"], "some options of context fact '\(fact.id)' give an 'effort_factor' and some do not; give one on every option, or on none"))
            }
        }
    }

    /// Each context fact a condition names is declared, with the options named.
    /// - Parameter lenient: the library declares no context at all (a
    ///   questionnaire of its own scoring shipped rubrics, say): then an
    ///   unknown fact is a warning, since nothing can state it and the
    ///   condition always holds.
    private static func check(_ condition: Condition, at: SourceLocation, facts: [String: ContextFact],
                              declaredIn place: String, into out: inout [Diagnostic], lenient: Bool = false) {
        for reference in condition.contextReferences {
            guard let fact = facts[reference.fact] else {
                if lenient {
                    out.append(.warning(at, "'when' names context fact '\(reference.fact)', which no questionnaire here declares, so it always holds"))
                    continue
                }
                out.append(.error(at, "'when' names unknown context fact '\(reference.fact)': declare it under 'context:' in \(place)\(Suggestion.didYouMean(reference.fact, Set(facts.keys)))"))
                continue
            }
            let options = fact.options.map(\.id)
            for option in reference.options where !options.contains(option) {
                out.append(.error(at, "'when' names option '\(option)', which context fact '\(fact.id)' does not offer (it offers \(options.joined(separator: ", ")))"))
            }
        }
    }

    /// The answers' context: every fact declared by the questionnaire, and
    /// every value one of its options.
    static func validateContext(_ answers: AnswerSet, questionnaire: Questionnaire, into out: inout [Diagnostic]) {
        let declared = Set(questionnaire.context.map(\.id))
        for (fact, value) in answers.context.values.sorted(by: { $0.key < $1.key }) {
            guard let definition = questionnaire.fact(fact) else {
                let hint = declared.isEmpty
                    ? "; questionnaire '\(questionnaire.id)' declares no context facts"
                    : Suggestion.didYouMean(fact, declared) + " (it declares \(questionnaire.context.map(\.id).joined(separator: ", ")))"
                out.append(.error(answers.source["context.\(fact)"], "unknown context fact '\(fact)'\(hint)"))
                continue
            }
            if definition.option(value) == nil {
                out.append(.error(answers.source["context.\(fact).value"], "'\(value)' is not a value of context fact '\(fact)'; it offers \(definition.options.map(\.id).joined(separator: ", "))"))
            }
        }
        // A fact a condition reads but the answers do not state: what
        // depends on it is scored as if it applied.
        // A file that states no context at all predates it: everything
        // applies, as it did, without a note.
        var unstated: [String] = []
        for section in questionnaire.sections where !answers.context.isEmpty {
            for reference in ([section.when] + section.questions.map(\.when)).compactMap({ $0 }).flatMap(\.contextReferences)
            where answers.context[reference.fact] == nil && !unstated.contains(reference.fact) {
                unstated.append(reference.fact)
            }
        }
        for fact in unstated {
            out.append(.warning(answers.source.entity, "context fact '\(fact)' is not stated, so the questions that depend on it count as if they applied; add it under 'context:'"))
        }
        // Answers to questions that do not apply are kept but not scored.
        let applies = questionnaire.applicability(in: answers.context)
        var notApplying = Set<String>()
        for (index, question) in questionnaire.questions.enumerated() where !applies[index] { notApplying.insert(question.id) }
        guard !notApplying.isEmpty else { return }
        for respondent in answers.respondents {
            for question in respondent.answerOrder where notApplying.contains(question) {
                out.append(.warning(respondent.location(ofAnswer: question), "\(question) does not apply to this organisation's context, so this answer is not scored; remove it or correct the context"))
            }
        }
    }
}
