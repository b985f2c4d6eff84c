import MaturityKit

/// The roadmap as JSON for scripts. Keys other tools rely on:
/// `phases[].number`, `.start`, `.end`, `.capacity`, `.effort`,
/// `phases[].actions[].id`, `backlog[].id`, `backlog[].reason`,
/// `projection[].phase`, `projection[].levels` (dimension id → level).
public enum PlanJSON {
    public static func render(_ roadmap: Roadmap) throws -> String {
        try JSONOutput.encode(Document(roadmap: roadmap))
    }

    struct Document: Encodable {
        let roadmap: Roadmap
        enum Keys: String, CodingKey { case organisation, plan, gaps, phases, backlog, projection, totals, targets, covered, warnings, value, scenarios }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(roadmap.organisation, forKey: .organisation)
            try c.encode(Settings(settings: roadmap.settings), forKey: .plan)
            try c.encode(roadmap.gaps.map(Gap.init), forKey: .gaps)
            try c.encode(roadmap.phases.map { Phase(phase: $0, roadmap: roadmap) }, forKey: .phases)
            try c.encode(roadmap.backlog.map(Backlog.init), forKey: .backlog)
            try c.encode(roadmap.projection.map(Projection.init), forKey: .projection)
            try c.encode(Totals(totals: roadmap.totals, roadmap: roadmap), forKey: .totals)
            try c.encode(roadmap.targets.map(Target.init), forKey: .targets)
            try c.encode(roadmap.covered.map { ["id": $0.id, "dimension": $0.dimension, "by": $0.by, "title": $0.title] }, forKey: .covered)
            try c.encode(roadmap.warnings, forKey: .warnings)
            try c.encode(["delivered": roadmap.value.delivered, "possible": roadmap.value.possible, "earliness": roadmap.value.earliness], forKey: .value)
            try c.encode(roadmap.scenarios.map(ScenarioJSON.init), forKey: .scenarios)
        }
    }

    struct Target: Encodable {
        let target: TargetOutcome
        init(_ target: TargetOutcome) { self.target = target }
        enum Keys: String, CodingKey { case id, importance, current, target, projected, reached_in_phase, shortfall_reason }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(target.id, forKey: .id)
            try c.encode(target.importance, forKey: .importance)
            try c.encode(target.current, forKey: .current)
            try c.encode(target.target, forKey: .target)
            try c.encode(target.projected, forKey: .projected)
            try c.encode(target.reachedInPhase, forKey: .reached_in_phase)
            try c.encode(target.shortfall?.description, forKey: .shortfall_reason)
        }
    }

    struct ScenarioJSON: Encodable {
        let scenario: Scenario
        init(_ scenario: Scenario) { self.scenario = scenario }
        enum Keys: String, CodingKey { case label, phases, capacity, targets_reached, targets_planned, value, possible_value, key_targets, note }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(scenario.label, forKey: .label)
            try c.encode(scenario.phases, forKey: .phases)
            try c.encode(scenario.capacity, forKey: .capacity)
            try c.encode(scenario.targetsReached, forKey: .targets_reached)
            try c.encode(scenario.targetsPlanned, forKey: .targets_planned)
            try c.encode(scenario.value, forKey: .value)
            try c.encode(scenario.possibleValue, forKey: .possible_value)
            try c.encode(Dictionary(uniqueKeysWithValues: scenario.keyTargets.map { ($0.id, $0.reachedInPhase) }), forKey: .key_targets)
            try c.encode(scenario.note, forKey: .note)
        }
    }

    struct Settings: Encodable {
        let settings: PlanSettings
        enum Keys: String, CodingKey { case start, phase_months, phases, capacity, max_share_per_action, day_rate, currency }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(settings.start, forKey: .start)
            try c.encode(settings.phaseMonths, forKey: .phase_months)
            try c.encode(settings.phases, forKey: .phases)
            try c.encode(settings.capacity, forKey: .capacity)
            try c.encode(settings.maxSharePerAction, forKey: .max_share_per_action)
            try c.encode(settings.dayRate, forKey: .day_rate)
            try c.encode(settings.currency, forKey: .currency)
        }
    }

    struct Gap: Encodable {
        let gap: DimensionGap
        init(_ gap: DimensionGap) { self.gap = gap }
        enum Keys: String, CodingKey { case dimension, title, module, current, target, importance, gap, planned }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(gap.id, forKey: .dimension)
            try c.encode(gap.title, forKey: .title)
            try c.encode(gap.module, forKey: .module)
            try c.encode(gap.current, forKey: .current)
            try c.encode(gap.target, forKey: .target)
            try c.encode(gap.importance, forKey: .importance)
            try c.encode(gap.gap, forKey: .gap)
            try c.encode(gap.isPlanned, forKey: .planned)
        }
    }

    struct Phase: Encodable {
        let phase: RoadmapPhase
        let roadmap: Roadmap
        enum Keys: String, CodingKey { case number, start, end, capacity, effort, actions, staffing, continuing, working_days, fte, cost }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(phase.number, forKey: .number)
            try c.encode(phase.start, forKey: .start)
            try c.encode(phase.end, forKey: .end)
            try c.encode(phase.capacity, forKey: .capacity)
            try c.encode(phase.effort, forKey: .effort)
            try c.encode(phase.actions.map(Action.init), forKey: .actions)
            try c.encode(phase.staffing.map { Staffing(entry: $0, roadmap: roadmap, phase: phase) }, forKey: .staffing)
            try c.encode(phase.continuing.map { Continuing(part: $0) }, forKey: .continuing)
            try c.encode(phase.workingDays, forKey: .working_days)
            try c.encode(phase.fte(phase.effort), forKey: .fte)
            try c.encode(roadmap.settings.dayRate.map { $0 * phase.effort }, forKey: .cost)
        }
    }

    struct Continuing: Encodable {
        let part: ContinuingAction
        enum Keys: String, CodingKey { case id, title, dimension, effort, part, parts }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(part.id, forKey: .id)
            try c.encode(part.title, forKey: .title)
            try c.encode(part.dimension, forKey: .dimension)
            try c.encode(part.effort, forKey: .effort)
            try c.encode(part.part, forKey: .part)
            try c.encode(part.parts, forKey: .parts)
        }
    }

    struct Action: Encodable {
        let action: ScheduledAction
        init(_ action: ScheduledAction) { self.action = action }
        enum Keys: String, CodingKey { case id, title, dimension, level, effort, impact, priority, roles, reason, measures, first_phase, last_phase, phase_efforts, effort_scaling }
        enum ScalingKeys: String, CodingKey { case days, factor, band }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(action.id, forKey: .id)
            try c.encode(action.title, forKey: .title)
            try c.encode(action.dimension, forKey: .dimension)
            try c.encode(action.level, forKey: .level)
            try c.encode(action.effort, forKey: .effort)
            try c.encode(action.impact, forKey: .impact)
            try c.encode(action.priority, forKey: .priority)
            try c.encode(action.roles, forKey: .roles)
            try c.encode(action.reason.description, forKey: .reason)
            try c.encode(action.measures.map(MeasureJSON.init), forKey: .measures)
            try c.encode(action.firstPhase, forKey: .first_phase)
            try c.encode(action.lastPhase, forKey: .last_phase)
            try c.encode(action.phaseEfforts, forKey: .phase_efforts)
            if let scaling = action.scaling {
                var s = c.nestedContainer(keyedBy: ScalingKeys.self, forKey: .effort_scaling)
                try s.encode(scaling.days, forKey: .days)
                try s.encode(scaling.factor, forKey: .factor)
                try s.encode(scaling.band, forKey: .band)
            }
        }
    }

    struct MeasureJSON: Encodable {
        let measure: ScheduledMeasure
        init(_ measure: ScheduledMeasure) { self.measure = measure }
        enum Keys: String, CodingKey { case id, name, unit, direction, target, baseline, due, currency }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(measure.id, forKey: .id)
            try c.encode(measure.name, forKey: .name)
            try c.encode(measure.measure.unit, forKey: .unit)
            try c.encode(measure.measure.direction, forKey: .direction)
            try c.encode(measure.target, forKey: .target)
            try c.encodeIfPresent(measure.measure.baseline, forKey: .baseline)
            try c.encodeIfPresent(measure.measure.currency, forKey: .currency)
            try c.encode(measure.due, forKey: .due)
        }
    }

    struct Staffing: Encodable {
        let entry: RoleEffort
        let roadmap: Roadmap
        var phase: RoadmapPhase? = nil
        enum Keys: String, CodingKey { case role, title, effort, fte }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entry.role, forKey: .role)
            try c.encode(roadmap.roleTitle(entry.role), forKey: .title)
            try c.encode(entry.effort, forKey: .effort)
            if let phase { try c.encode(phase.fte(entry.effort), forKey: .fte) }
        }
    }

    struct Backlog: Encodable {
        let item: BacklogItem
        init(_ item: BacklogItem) { self.item = item }
        enum Keys: String, CodingKey { case id, title, dimension, level, effort, impact, priority, reason }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(item.id, forKey: .id)
            try c.encode(item.title, forKey: .title)
            try c.encode(item.dimension, forKey: .dimension)
            try c.encode(item.level, forKey: .level)
            try c.encode(item.effort, forKey: .effort)
            try c.encode(item.impact, forKey: .impact)
            try c.encode(item.priority, forKey: .priority)
            try c.encode(item.reason.description, forKey: .reason)
        }
    }

    struct Projection: Encodable {
        let projection: LevelProjection
        init(_ projection: LevelProjection) { self.projection = projection }
        enum Keys: String, CodingKey { case phase, end, levels }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(projection.phase, forKey: .phase)
            try c.encode(projection.end, forKey: .end)
            try c.encode(projection.levels, forKey: .levels)
        }
    }

    struct Totals: Encodable {
        let totals: PlanTotals
        let roadmap: Roadmap
        enum Keys: String, CodingKey {
            case needed_actions, scheduled_actions, scheduled_effort, capacity, utilisation, backlog_actions, backlog_effort, staffing
        }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(totals.neededActions, forKey: .needed_actions)
            try c.encode(totals.scheduledActions, forKey: .scheduled_actions)
            try c.encode(totals.scheduledEffort, forKey: .scheduled_effort)
            try c.encode(totals.capacity, forKey: .capacity)
            try c.encode(totals.utilisation, forKey: .utilisation)
            try c.encode(totals.backlogActions, forKey: .backlog_actions)
            try c.encode(totals.backlogEffort, forKey: .backlog_effort)
            try c.encode(totals.staffing.map { Staffing(entry: $0, roadmap: roadmap) }, forKey: .staffing)
        }
    }
}
