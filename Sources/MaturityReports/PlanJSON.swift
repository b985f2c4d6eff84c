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
        enum Keys: String, CodingKey { case organisation, plan, gaps, phases, backlog, projection, totals }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(roadmap.organisation, forKey: .organisation)
            try c.encode(Settings(settings: roadmap.settings), forKey: .plan)
            try c.encode(roadmap.gaps.map(Gap.init), forKey: .gaps)
            try c.encode(roadmap.phases.map { Phase(phase: $0, roadmap: roadmap) }, forKey: .phases)
            try c.encode(roadmap.backlog.map(Backlog.init), forKey: .backlog)
            try c.encode(roadmap.projection.map(Projection.init), forKey: .projection)
            try c.encode(Totals(totals: roadmap.totals, roadmap: roadmap), forKey: .totals)
        }
    }

    struct Settings: Encodable {
        let settings: PlanSettings
        enum Keys: String, CodingKey { case start, phase_months, phases, capacity }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(settings.start, forKey: .start)
            try c.encode(settings.phaseMonths, forKey: .phase_months)
            try c.encode(settings.phases, forKey: .phases)
            try c.encode(settings.capacity, forKey: .capacity)
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
        enum Keys: String, CodingKey { case number, start, end, capacity, effort, actions, staffing }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(phase.number, forKey: .number)
            try c.encode(phase.start, forKey: .start)
            try c.encode(phase.end, forKey: .end)
            try c.encode(phase.capacity, forKey: .capacity)
            try c.encode(phase.effort, forKey: .effort)
            try c.encode(phase.actions.map(Action.init), forKey: .actions)
            try c.encode(phase.staffing.map { Staffing(entry: $0, roadmap: roadmap) }, forKey: .staffing)
        }
    }

    struct Action: Encodable {
        let action: ScheduledAction
        init(_ action: ScheduledAction) { self.action = action }
        enum Keys: String, CodingKey { case id, title, dimension, level, effort, impact, priority, roles, reason, measures }
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
        }
    }

    struct MeasureJSON: Encodable {
        let measure: ScheduledMeasure
        init(_ measure: ScheduledMeasure) { self.measure = measure }
        enum Keys: String, CodingKey { case id, name, unit, direction, target, baseline, due }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(measure.id, forKey: .id)
            try c.encode(measure.name, forKey: .name)
            try c.encode(measure.measure.unit, forKey: .unit)
            try c.encode(measure.measure.direction, forKey: .direction)
            try c.encode(measure.target, forKey: .target)
            try c.encodeIfPresent(measure.measure.baseline, forKey: .baseline)
            try c.encode(measure.due, forKey: .due)
        }
    }

    struct Staffing: Encodable {
        let entry: RoleEffort
        let roadmap: Roadmap
        enum Keys: String, CodingKey { case role, title, effort }
        func encode(to encoder: Encoder) throws {
            var c = encoder.container(keyedBy: Keys.self)
            try c.encode(entry.role, forKey: .role)
            try c.encode(roadmap.roleTitle(entry.role), forKey: .title)
            try c.encode(entry.effort, forKey: .effort)
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
