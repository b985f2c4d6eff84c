/// What-if plans: the same assessment and profile with capacity −25 %, as
/// planned, +25 % and +50 %, and with one and two more phases. Pure; a
/// report can call it as well as `ospo plan --scenarios`.
public enum ScenarioAnalysis {
    /// Importance from which a target is listed by phase in each scenario.
    public static let keyImportance = 4

    /// The six scenarios, in the order above. A variant whose pins no longer
    /// fit is planned without pins, and says so in its note.
    public static func scenarios(planner: Planner, levels: [String: Int], organisation: String? = nil,
                                 profile: Profile, context: [ContextValue] = []) -> [Scenario] {
        let variants: [(String, Double, Int)] = [
            ("capacity −25 %", 0.75, 0), ("as planned", 1, 0), ("capacity +25 %", 1.25, 0),
            ("capacity +50 %", 1.5, 0), ("1 more phase", 1, 1), ("2 more phases", 1, 2),
        ]
        return variants.map { label, factor, extra in
            var variant = profile
            variant.plan.capacity = profile.plan.capacity * factor
            variant.plan.phases = profile.plan.phases + extra
            var note: String?
            let roadmap: Roadmap
            if let planned = try? planner.plan(levels: levels, organisation: organisation, profile: variant, context: context) {
                roadmap = planned
            } else {
                variant.pins = [:]
                note = "the pins do not fit; planned without them"
                guard let planned = try? planner.plan(levels: levels, organisation: organisation, profile: variant, context: context) else {
                    return Scenario(label: label, phases: variant.plan.phases, capacity: variant.plan.capacity,
                                    targetsReached: 0, targetsPlanned: 0, value: 0, possibleValue: 0, keyTargets: [],
                                    note: "cannot be planned")
                }
                roadmap = planned
            }
            return Scenario(
                label: label, phases: variant.plan.phases, capacity: variant.plan.capacity,
                targetsReached: roadmap.targets.filter { $0.reachedInPhase != nil }.count,
                targetsPlanned: roadmap.targets.count,
                value: roadmap.value.delivered, possibleValue: roadmap.value.possible,
                keyTargets: roadmap.targets.filter { $0.importance >= keyImportance }
                    .sorted { $0.importance != $1.importance ? $0.importance > $1.importance : $0.id < $1.id }
                    .map { Scenario.KeyTarget(id: $0.id, importance: $0.importance, reachedInPhase: $0.reachedInPhase) },
                note: note)
        }
    }

    /// The scenarios of a scorecard's assessed levels.
    public static func scenarios(planner: Planner, scorecard: Scorecard, profile: Profile) -> [Scenario] {
        scenarios(planner: planner, levels: GapAnalysis.levels(of: scorecard), organisation: scorecard.organisation,
                  profile: profile, context: scorecard.context)
    }
}
