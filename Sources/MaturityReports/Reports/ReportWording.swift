import MaturityKit

/// The planner's reasons in a client's words: titles instead of ids, and
/// what a reason means instead of how it was computed ("comes after
/// “Written open source strategy”" rather than "after strategy.written-strategy
/// (phase 1)", "high value for its effort" rather than "priority 3.0").
/// With `showIds`, the consultant's working copy, each title is followed by
/// its id.
struct ReportWording {
    /// Action id → title, from the rubrics and the roadmap.
    var actions: [String: String]
    /// Dimension id → title.
    var dimensions: [String: String]
    var showIds: Bool

    init(roadmap: Roadmap?, rubrics: [Rubric], showIds: Bool) {
        var actions: [String: String] = [:], dimensions: [String: String] = [:]
        for rubric in rubrics {
            for dimension in rubric.dimensions {
                dimensions[dimension.id] = dimensions[dimension.id] ?? dimension.title
                for action in dimension.actions { actions[action.id] = actions[action.id] ?? action.title }
            }
        }
        for gap in roadmap?.gaps ?? [] { dimensions[gap.id] = dimensions[gap.id] ?? gap.title }
        for action in roadmap?.scheduledActions ?? [] { actions[action.id] = actions[action.id] ?? action.title }
        for item in roadmap?.backlog ?? [] { actions[item.id] = actions[item.id] ?? item.title }
        self.actions = actions
        self.dimensions = dimensions
        self.showIds = showIds
    }

    /// An action by its title in quotes: “Publish a usage policy”.
    func action(_ id: String) -> String {
        guard let title = actions[id] else { return id }
        return "“\(title)”" + (showIds ? " (\(id))" : "")
    }

    func dimension(_ id: String) -> String { dimensions[id] ?? id }

    /// Why an action sits in its phase, as a short sentence.
    func placement(_ reason: PlacementReason) -> String {
        var text: String
        switch reason.kind {
        case .pinned(let phase):
            return "Agreed for phase \(phase) in the profile."
        case let .prerequisite(of: action, pinnedTo: phase):
            text = "Needed before \(self.action(action)), agreed for phase \(phase)"
        case let .reaches(dimension, level, _, nil):
            text = "Takes \(self.dimension(dimension)) to level \(level)"
        case let .reaches(dimension, level, _, via?):
            text = "Needed by \(action(via)) to take \(self.dimension(dimension)) to level \(level)"
        case let .spare(dimension, level):
            return "Uses spare capacity to start level \(level) of \(self.dimension(dimension)), which the plan does not finish."
        }
        switch reason.timing {
        case .earliest:
            text += "; high value for its effort, so as early as it can start"
        case let .after(action, _):
            text += "; comes after \(self.action(action))"
        case .noRoomFrom:
            text += "; earlier phases went to work of higher value"
        }
        return text + "."
    }

    /// Why a needed action is not scheduled.
    func backlog(_ reason: BacklogReason) -> String {
        switch reason {
        case .excluded(let why):
            return "Left out by agreement: \(why)"
        case let .needsExcluded(action, _, why):
            return "Needs \(self.action(action)), which is left out by agreement: \(why)"
        case let .longerThanHorizon(effort, phases, _):
            return "Its \(PlanFormat.days(effort)) person-days do not fit in the \(PlanFormat.plural(phases, "phase")) of the plan."
        case let .waitsFor(action, .requires):
            return "Comes after \(self.action(action)), which is not scheduled either."
        case let .waitsFor(action, .lowerLevel):
            return "Comes after \(self.action(action)) (the level below), which is not scheduled either."
        case .beyondHorizon:
            return "No room left in the plan's phases; more capacity or time would reach it."
        }
    }

    /// Why a planned target is not reached, in words.
    func shortfall(_ shortfall: TargetOutcome.Shortfall?) -> String {
        switch shortfall {
        case .noAction(let level)?:
            return "the rubric has no action for level \(level)"
        case let .excluded(level, action, why)?:
            return "level \(level) needs \(self.action(action)), which is left out by agreement: \(why)"
        case let .blocked(level, action, _)?:
            return "level \(level) needs \(self.action(action)), which cannot be scheduled"
        case let .horizon(needed, phases)?:
            return "its actions, one after another, need \(needed) phases; the plan has \(phases)"
        case let .capacity(days, _)?:
            return "about \(PlanFormat.days((days * 10).rounded() / 10)) more person-days would reach it"
        case nil:
            return "not planned"
        }
    }

    /// What an action requires, in words: “Write the strategy” (phase 1),
    /// or (already in place) when it needs no scheduling.
    func requirement(_ id: String, in roadmap: Roadmap) -> String {
        action(id) + (roadmap.phase(of: id).map { " (phase \($0))" } ?? " (already in place)")
    }
}
