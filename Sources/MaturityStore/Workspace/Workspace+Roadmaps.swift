import GRDB
import MaturityKit

extension Workspace {
    /// Accepts a roadmap for an organisation: keeps the profile and the plan,
    /// turns every scheduled action into an objective (status `planned`) with
    /// its measures and due date, and marks the previous accepted plan as
    /// superseded (it is kept, with its objectives and their history).
    @discardableResult
    public func acceptRoadmap(_ roadmap: Roadmap, json: String, organisation reference: String, assessment assessmentId: Int64,
                              profile: ContentFile) throws -> PlanRecord {
        try write { db in
            let organisation = try Self.organisation(reference, in: db)
            let assessment = try Self.assessment(assessmentId, in: db)
            guard assessment.organisationId == organisation.id else {
                throw WorkspaceError.assessmentOfAnotherOrganisation(assessmentId)
            }
            let stamp = now
            var profileRecord = ProfileRecord(id: nil, uid: Self.newUID(), organisationId: organisation.id ?? 0,
                                              path: profile.path, text: profile.text, createdAt: stamp)
            try profileRecord.insert(db)
            try db.execute(sql: "UPDATE plan SET supersededAt = ? WHERE organisationId = ? AND supersededAt IS NULL",
                           arguments: [stamp, organisation.id])
            var plan = PlanRecord(id: nil, uid: Self.newUID(), organisationId: organisation.id ?? 0, assessmentId: assessmentId,
                                  profileId: profileRecord.id ?? 0, roadmap: json, roadmapValue: try RoadmapCoding.encode(roadmap),
                                  acceptedAt: stamp, supersededAt: nil)
            try plan.insert(db)
            for phase in roadmap.phases {
                for action in phase.actions {
                    var objective = ObjectiveRecord(id: nil, uid: Self.newUID(), planId: plan.id ?? 0, actionId: action.id,
                                                    title: action.title, dimension: action.dimension, level: action.level,
                                                    phase: phase.number, start: phase.start.description,
                                                    // A long action is due when its last phase ends.
                                                    due: (roadmap.phases.first { $0.number == action.lastPhase } ?? phase).end.description,
                                                    effort: action.effort, roles: action.roles.joined(separator: ","))
                    try objective.insert(db)
                    var status = ObjectiveStatusRecord(id: nil, uid: Self.newUID(), objectiveId: objective.id ?? 0,
                                                       status: .planned, note: nil, at: stamp)
                    try status.insert(db)
                    for scheduled in action.measures {
                        var measure = MeasureRecord(id: nil, objectiveId: objective.id ?? 0, key: scheduled.measure.id,
                                                    name: scheduled.measure.name, unit: scheduled.measure.unit,
                                                    direction: scheduled.measure.direction,
                                                    target: scheduled.measure.target, baseline: scheduled.measure.baseline,
                                                    currency: scheduled.measure.currency)
                        try measure.insert(db)
                    }
                }
            }
            return plan
        }
    }

    /// The organisation's current accepted plan.
    public func currentPlan(organisation reference: String) throws -> PlanRecord {
        try read { db in
            let organisation = try Self.organisation(reference, in: db)
            guard let plan = try PlanRecord.filter(PlanRecord.Columns.organisationId == organisation.id && PlanRecord.Columns.supersededAt == nil)
                .fetchOne(db) else {
                throw WorkspaceError.noAcceptedRoadmap(organisation: organisation.slug)
            }
            return plan
        }
    }

    /// The roadmap a plan accepted, as the planner's value; nil for a plan
    /// accepted before the workspace kept it (it has only the printed text).
    public func acceptedRoadmap(of plan: PlanRecord) throws -> Roadmap? {
        try plan.roadmapValue.map { try RoadmapCoding.decode($0, path: path) }
    }

    public func plans(organisation reference: String) throws -> [PlanRecord] {
        try read { db in
            let organisation = try Self.organisation(reference, in: db)
            return try PlanRecord.filter(PlanRecord.Columns.organisationId == organisation.id).order(PlanRecord.Columns.id).fetchAll(db)
        }
    }

    /// The objectives of a plan with their current status.
    public func objectives(plan planId: Int64) throws -> [ObjectiveSummary] {
        try read { db in
            try ObjectiveRecord.filter(ObjectiveRecord.Columns.planId == planId).order(ObjectiveRecord.Columns.phase, ObjectiveRecord.Columns.id).fetchAll(db).map { objective in
                try summary(objective, in: db)
            }
        }
    }

    /// One objective, found by its number or, within the organisation's current
    /// plan, by its action id.
    public func objective(_ reference: String, organisation: String? = nil) throws -> ObjectiveSummary {
        try read { db in try summary(try Self.objectiveRecord(reference, organisation: organisation, in: db), in: db) }
    }

    static func objectiveRecord(_ reference: String, organisation: String?, in db: Database) throws -> ObjectiveRecord {
        if let number = Int64(reference), let found = try ObjectiveRecord.fetchOne(db, key: number) { return found }
        let organisationId = try organisation.map { try Self.organisation($0, in: db).id }
        let found = try ObjectiveRecord.fetchAll(db, sql: """
            SELECT objective.* FROM objective JOIN plan ON plan.id = objective.planId
            WHERE objective.actionId = ? AND plan.supersededAt IS NULL AND (? IS NULL OR plan.organisationId = ?)
            """, arguments: [reference, organisationId, organisationId])
        if found.count == 1, let only = found.first { return only }
        if found.count > 1 {
            throw WorkspaceError.ambiguousObjective(reference)
        }
        throw WorkspaceError.unknownObjective(reference)
    }

    private func summary(_ objective: ObjectiveRecord, in db: Database) throws -> ObjectiveSummary {
        let history = try ObjectiveStatusRecord.filter(ObjectiveStatusRecord.Columns.objectiveId == objective.id).order(ObjectiveStatusRecord.Columns.id).fetchAll(db)
        let measures = try MeasureRecord.filter(MeasureRecord.Columns.objectiveId == objective.id).order(MeasureRecord.Columns.id).fetchAll(db)
        var readings: [String: [ReadingRecord]] = [:]
        for measure in measures {
            readings[measure.key] = try ReadingRecord.filter(ReadingRecord.Columns.measureId == measure.id).order(ReadingRecord.Columns.date, ReadingRecord.Columns.id).fetchAll(db)
        }
        return ObjectiveSummary(objective: objective, history: history, measures: measures, readings: readings)
    }

    /// Moves an objective to a new status, with a note; the history keeps every change.
    public func setStatus(_ state: ObjectiveState, objective reference: String, organisation: String? = nil, note: String?) throws {
        try write { db in
            let objective = try Self.objectiveRecord(reference, organisation: organisation, in: db)
            let current = try ObjectiveStatusRecord.filter(ObjectiveStatusRecord.Columns.objectiveId == objective.id).order(ObjectiveStatusRecord.Columns.id.desc).fetchOne(db)
            if let from = current?.status {
                guard from.canMove(to: state) else {
                    throw WorkspaceError.statusChangeRefused(objective: objective.id ?? 0, action: objective.actionId, from: from.rawValue, to: state.rawValue)
                }
            }
            var record = ObjectiveStatusRecord(id: nil, uid: Self.newUID(), objectiveId: objective.id ?? 0, status: state, note: note, at: now)
            try record.insert(db)
        }
    }

    /// Records a reading of a measure of an objective.
    @discardableResult
    public func recordReading(objective reference: String, organisation: String? = nil, measure key: String, value: Double,
                              date: CalendarDate, source: String?, note: String?) throws -> ReadingRecord {
        guard value.isFinite else { throw WorkspaceError.readingRefused(measure: key, problem: "a reading must be a finite number") }
        return try write { db in
            let objective = try Self.objectiveRecord(reference, organisation: organisation, in: db)
            let measures = try MeasureRecord.filter(MeasureRecord.Columns.objectiveId == objective.id).fetchAll(db)
            guard let measure = measures.first(where: { $0.key == key }) else {
                throw WorkspaceError.unknownMeasure(objective: objective.id ?? 0, action: objective.actionId, measure: key,
                                                    known: measures.map(\.key))
            }
            if let problem = ReadingCheck.problem(value: value, date: date, today: today, unit: measure.unit,
                                                  target: measure.target, baseline: measure.baseline) {
                throw WorkspaceError.readingRefused(measure: key, problem: problem)
            }
            var reading = ReadingRecord(id: nil, uid: Self.newUID(), measureId: measure.id ?? 0, value: value,
                                        date: date.description, source: source, note: note, recordedAt: now)
            try reading.insert(db)
            return reading
        }
    }
}

/// An objective with its status history, measures and readings.
public struct ObjectiveSummary: Sendable, Hashable {
    public var objective: ObjectiveRecord
    public var history: [ObjectiveStatusRecord]
    public var measures: [MeasureRecord]
    /// Measure key → readings, oldest first.
    public var readings: [String: [ReadingRecord]]

    public var state: ObjectiveState { history.last?.status ?? .planned }
}
