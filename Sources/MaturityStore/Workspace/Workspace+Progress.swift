import MaturityKit

extension Workspace {
    /// Where an organisation stands on its roadmap and its maturity, as the
    /// workspace stood on `asOf`: every objective of the plan current that day
    /// with its status and its measures' readings up to that day (status and
    /// forecast from MaturityKit's progress maths), and the scores of every
    /// assessment dated by then against the targets of that plan's profile
    /// (MaturityKit starts the history at the plan's own assessment).
    /// What was recorded later (readings, status changes, assessments, a
    /// later plan) is left out, so a report as of a past day reads as it
    /// would have then.
    public func progressReport(organisation reference: String, asOf: CalendarDate) throws -> ProgressReport {
        let organisation = try organisation(reference)
        let day = asOf.description
        let dated = try assessments(organisation: organisation.slug).filter { $0.date <= day }
        let scorecards = try dated.map { try scorecard(of: $0.id ?? 0) }
        var objectives: [ObjectiveProgress] = []
        var targets: [String: Int] = [:]
        // Time stamps are ISO 8601 in UTC; their first ten characters are the day.
        func onOrBefore(_ stamp: String) -> Bool { String(stamp.prefix(10)) <= day }
        let current = try plans(organisation: organisation.slug).last { plan in
            onOrBefore(plan.acceptedAt) && !(plan.supersededAt.map(onOrBefore) ?? false)
        }
        var tracked: TrackedPlan?
        if let plan = current {
            if let from = dated.first(where: { $0.id == plan.assessmentId }).flatMap({ CalendarDate(iso: $0.date) }),
               let accepted = CalendarDate(iso: String(plan.acceptedAt.prefix(10))) {
                tracked = TrackedPlan(accepted: accepted, plannedFrom: from)
            }
            if let profile = try profile(of: plan) {
                for card in scorecards.suffix(1) {
                    for dimension in card.dimensions { targets[dimension.id] = profile.target(for: dimension.id).level }
                }
            }
            for full in try self.objectives(plan: plan.id ?? 0) {
                var summary = full
                summary.history = full.history.filter { onOrBefore($0.at) }
                let record = summary.objective
                let due = CalendarDate(iso: record.due) ?? asOf
                let tracks = summary.measures.map { measure in
                    MeasureTrack(measure: Measure(id: measure.key, name: measure.name, unit: measure.unit,
                                                  direction: measure.direction,
                                                  target: measure.target, baseline: measure.baseline,
                                                  currency: measure.currency),
                                 due: due,
                                 readings: (summary.readings[measure.key] ?? []).filter { $0.date <= day }.compactMap { reading in
                                     CalendarDate(iso: reading.date).map { MeasureReading(date: $0, value: reading.value, source: reading.source, note: reading.note) }
                                 })
                }
                objectives.append(ObjectiveProgress(id: record.actionId, title: record.title, dimension: record.dimension, phase: record.phase,
                                                    start: CalendarDate(iso: record.start), due: due, state: summary.state,
                                                    stateSince: summary.history.last.flatMap { CalendarDate(iso: String($0.at.prefix(10))) },
                                                    note: summary.history.last?.note, measures: tracks))
            }
        }
        return ProgressReport(organisation: organisation.name, asOf: asOf, objectives: objectives,
                              scorecards: scorecards, targets: targets, plan: tracked)
    }

    /// The profile a plan was made with, as it was given.
    public func profile(of plan: PlanRecord) throws -> Profile? {
        let record = try read { db in try ProfileRecord.fetchOne(db, key: plan.profileId) }
        guard let record else { return nil }
        return try ContentLoader.loadProfile(record.text, path: record.path)
    }

    /// Every organisation side by side with all its assessments, grouped by
    /// sector, for the portfolio report. The answers of every assessment are
    /// read in one pass, an assessment at a time, and each is scored and let
    /// go before the next is built: memory holds one assessment's answers,
    /// not the workspace's.
    public func portfolio() throws -> Portfolio {
        let organisations = try self.organisations()
        var cards: [Int64: Scorecard] = [:]
        try forEachAnswerSet { assessment, content, answers in
            // The portfolio shows scores, not the answers behind them, nor
            // each question's result: without those, 4,000 scorecards take
            // tens of megabytes less.
            var card = content.engine.score(answers, keepResponses: false)
            for module in card.modules.indices {
                for dimension in card.modules[module].dimensions.indices {
                    card.modules[module].dimensions[dimension].questions = []
                }
            }
            cards[assessment.id ?? 0] = card
        }
        let byOrganisation = Dictionary(grouping: try assessments(), by: \.organisationId)
        return Portfolio(entries: organisations.map { organisation in
            PortfolioEntry(organisation: organisation.name, group: organisation.sector,
                           scorecards: (byOrganisation[organisation.id ?? 0] ?? []).compactMap { cards[$0.id ?? 0] })
        })
    }
}
