import MaturityKit

/// Small rubrics and profiles built in code for the planner's tests. Every
/// rubric uses the scale 0…3 unless told otherwise.
enum PlanningFixtures {
    static func action(_ id: String, level: Int, effort: Double, impact: Int = 3, roles: [String] = ["lead"],
                       requires: [String] = [], measures: [Measure] = []) -> Action {
        Action(id: id, title: "Do \(id)", level: level, effort: effort, impact: impact, roles: roles,
               requires: requires, measures: measures)
    }

    static func dimension(_ id: String, _ actions: [Action], maxLevel: Int = 3) -> Dimension {
        Dimension(id: id, title: "Dimension \(id)",
                  levels: Dictionary(uniqueKeysWithValues: (0...maxLevel).map { ($0, "Level \($0) of \(id)") }),
                  actions: actions)
    }

    static func rubric(_ dimensions: [Dimension], id: String = "module", maxLevel: Int = 3) -> Rubric {
        Rubric(id: id, title: "Module \(id)",
               scale: (0...maxLevel).map { ScaleLevel(level: $0, name: "L\($0)") },
               dimensions: dimensions)
    }

    static func profile(targets: [String: Profile.Target] = [:], defaultTarget: Int = 0, phases: Int = 4,
                        capacity: Double = 20, start: CalendarDate = CalendarDate(year: 2026, month: 1, day: 1),
                        months: Int = 3, done: [String] = [], exclude: [Profile.Exclusion] = [],
                        pins: [String: Int] = [:]) -> Profile {
        Profile(organisation: "Test Org", defaultTarget: defaultTarget, targets: targets,
                plan: PlanSettings(start: start, phaseMonths: months, phases: phases, capacity: capacity),
                done: done, exclude: exclude, pins: pins)
    }

    /// Plans `rubrics` from `levels` with `profile`.
    static func plan(_ rubrics: [Rubric], levels: [String: Int] = [:], _ profile: Profile) throws -> Roadmap {
        try Planner(rubrics: rubrics).plan(levels: levels, profile: profile)
    }
}

extension Roadmap {
    /// Action ids per phase, for compact expectations.
    var idsByPhase: [[String]] { phases.map { $0.actions.map(\.id) } }

    func scheduled(_ id: String) -> ScheduledAction? { scheduledActions.first { $0.id == id } }

    func backlogReason(_ id: String) -> String? { backlog.first { $0.id == id }?.reason.description }

    /// Projected levels of one dimension, phase by phase.
    func projected(_ dimension: String) -> [Int] { projection.map { $0.levels[dimension] ?? -1 } }
}
