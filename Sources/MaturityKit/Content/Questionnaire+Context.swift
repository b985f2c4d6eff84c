/// Applicability: what of a questionnaire concerns an organisation with a
/// given context (docs/scoring.md, "Applicability").
extension Questionnaire {
    /// Whether a question applies to an organisation with this context: its
    /// section's `when` and its own can hold, whatever respondents answer. A
    /// question that does not apply is left out of scores, forms and reports.
    public func applies(_ question: Question, in section: Section, context: OrganisationContext) -> Bool {
        (section.when?.applies(in: context) ?? true) && (question.when?.applies(in: context) ?? true)
    }

    /// For each question of `questions` in order: whether it applies.
    public func applicability(in context: OrganisationContext) -> [Bool] {
        sections.flatMap { section in section.questions.map { applies($0, in: section, context: context) } }
    }

    /// This questionnaire with only the sections and questions that apply to
    /// the context; a section left without questions is dropped.
    public func applying(_ context: OrganisationContext) -> Questionnaire {
        guard !context.isEmpty else { return self }
        var result = self
        result.sections = sections.compactMap { section in
            guard section.when?.applies(in: context) ?? true else { return nil }
            var kept = section
            kept.questions = section.questions.filter { $0.when?.applies(in: context) ?? true }
            return kept.questions.isEmpty ? nil : kept
        }
        return result
    }

    /// The stated facts this questionnaire declares, in its order, with
    /// their labels and effort factors; facts it does not declare are left out.
    public func contextValues(_ context: OrganisationContext) -> [ContextValue] {
        self.context.compactMap { fact in
            guard let value = context[fact.id] else { return nil }
            let option = fact.option(value)
            return ContextValue(fact: fact.id, text: fact.text, value: value, label: option?.label ?? value,
                                effortFactor: option?.effortFactor)
        }
    }
}
