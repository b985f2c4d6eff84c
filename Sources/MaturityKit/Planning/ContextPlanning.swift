/// Rubrics as they concern one organisation (docs/planning.md, "Context"):
/// actions and measures whose `when` cannot hold for its context are left
/// out, a requirement on an action left out is dropped (there is nothing to
/// wait for), and efforts that scale with a stated size band are multiplied
/// by its factor.
public enum ContextPlanning {
    public static func rubrics(_ rubrics: [Rubric], context facts: [ContextValue]) -> [Rubric] {
        guard !facts.isEmpty else { return rubrics }
        let context = facts.context
        let byFact = Dictionary(facts.map { ($0.fact, $0) }, uniquingKeysWith: { first, _ in first })
        var removed: Set<String> = []
        for rubric in rubrics {
            for dimension in rubric.dimensions {
                for action in dimension.actions where !(action.when?.applies(in: context) ?? true) {
                    removed.insert(action.id)
                }
            }
        }
        return rubrics.map { rubric in
            var rubric = rubric
            rubric.dimensions = rubric.dimensions.map { dimension in
                var dimension = dimension
                dimension.actions = dimension.actions.compactMap { action in
                    guard !removed.contains(action.id) else { return nil }
                    var action = action
                    action.requires = action.requires.filter { !removed.contains($0) }
                    action.measures = action.measures.filter { $0.when?.applies(in: context) ?? true }
                    // A factor of 1 changes nothing and is not worth a note in the plan.
                    if let fact = action.scalesWith, let stated = byFact[fact], let factor = stated.effortFactor, factor != 1 {
                        action.scaling = EffortScaling(days: action.effort, factor: factor, band: stated.label)
                        action.effort *= factor
                    }
                    return action
                }
                return dimension
            }
            return rubric
        }
    }
}
