import MaturityKit

/// The reports as JSON for scripts: `kind` and `organisation` at the top,
/// then the report's data; numbers as numbers, unknowns as `null`, keys
/// sorted. Assessment and executive embed the scorecard document of
/// `ospo score --format json`, roadmap and executive the roadmap document of
/// `ospo plan --format json`, so their keys stay the same.
enum ReportJSON {
    static func assessment(_ card: Scorecard, _ view: AssessmentView) -> JSONValue {
        .object([
            "kind": .string("assessment"),
            "organisation": .string(card.organisation),
            "date": .string(card.date.description),
            "scorecard": .document(ScorecardJSON.Document(card, explain: true)),
            "dimensions": .array(view.dimensions.map { row in
                .object(["id": .string(row.id), "title": .string(row.title), "current_descriptor": .string(row.current),
                         "next_level": .string(row.nextLevel), "next_descriptor": .string(row.next),
                         "target": .string(row.target), "gap": .string(row.gap)])
            }),
            "strengths": .array(view.strengths.map { .string($0.id) }),
            "gaps": .array(view.gaps.map { .string($0.id) }),
            "dissent": .array(view.dissent.map { .object(["dimension": .string($0.dimensionId), "question": .string($0.question)]) }),
        ])
    }

    static func executive(_ card: Scorecard, _ roadmap: Roadmap, _ view: ExecutiveView) -> JSONValue {
        .object([
            "kind": .string("executive"),
            "organisation": .string(view.page.organisation),
            "scorecard": .document(ScorecardJSON.Document(card, explain: false)),
            "roadmap": .document(PlanJSON.Document(roadmap: roadmap)),
            "largest_gaps": .array(view.largest.map { entry in
                .object(["dimension": .string(entry.gap.id), "score": .number(entry.score), "target": .int(entry.gap.target),
                         "gap": .number(Fmt.reading(entry.size)), "importance": .int(entry.gap.importance)])
            }),
            "measures": .array(view.measures.map { measure in
                .object(["id": .string(measure.id), "name": .string(measure.name), "action": .string(measure.actionId),
                         "target": .string(measure.goal), "due": .string(measure.due.description)])
            }),
        ])
    }

    static func roadmap(_ roadmap: Roadmap, rubrics: [Rubric]) -> JSONValue {
        let scheduled = Set(roadmap.scheduledActions.map(\.id) + roadmap.backlog.map(\.id))
        var requires: [String: JSONValue] = [:]
        for action in rubrics.flatMap({ $0.dimensions.flatMap(\.actions) }) where scheduled.contains(action.id) {
            requires[action.id] = .array(action.requires.map { .string($0) })
        }
        return .object([
            "kind": .string("roadmap"),
            "organisation": .string(roadmap.organisation),
            "roadmap": .document(PlanJSON.Document(roadmap: roadmap)),
            "requires": .object(requires),
        ])
    }

    static func progress(_ report: ProgressReport) -> JSONValue {
        .object([
            "kind": .string("progress"),
            "organisation": .string(report.organisation),
            "as_of": .string(report.asOf.description),
            "plan": report.plan.map { plan in
                .object(["accepted": .string(plan.accepted.description), "planned_from": .string(plan.plannedFrom.description)])
            } ?? .null,
            "needs_attention": .array(report.needsAttention.map { item in
                .object(["id": .string(item.objective.id), "reasons": .array(item.reasons.map { .string($0.rawValue) })])
            }),
            "stale_plan": .array(report.stalePlan.map { reason in
                switch reason {
                case .newerAssessment(let day):
                    return .object(["reason": .string("newer-assessment"), "date": .string(day.description)])
                case .horizonPassed(let day):
                    return .object(["reason": .string("horizon-passed"), "date": .string(day.description)])
                }
            }),
            "objectives": .array(report.objectives.map { objective in
                .object([
                    "id": .string(objective.id), "title": .string(objective.title), "dimension": .string(objective.dimension),
                    "phase": .int(objective.phase), "start": .string(objective.start?.description), "due": .string(objective.due.description),
                    "state": .string(objective.state.rawValue), "state_since": .string(objective.stateSince?.description),
                    "status": .string(objective.status.rawValue),
                    "overdue": .bool(objective.isOverdue), "done_late": .bool(objective.isDoneLate), "days_late": .int(objective.daysLate),
                    "folded": .bool(report.isLongFinished(objective)),
                    "note": .string(objective.note),
                    "measures": .array(objective.measures.map { track in
                        .object([
                            "id": .string(track.measure.id), "name": .string(track.measure.name),
                            "unit": .string(track.measure.unit.rawValue), "direction": .string(track.direction.rawValue),
                            "target": .number(track.target), "baseline": .number(track.baseline),
                            "latest": .number(track.latest?.value), "progress": .number(track.progress),
                            "forecast": .number(track.forecast), "due": .string(track.due.description),
                            "status": .string(track.status.rawValue),
                            "readings": .array(track.readings.map { reading in
                                .object(["date": .string(reading.date.description), "value": .number(reading.value),
                                         "source": .string(reading.source), "note": .string(reading.note)])
                            }),
                        ])
                    }),
                ])
            }),
            "maturity": .object([
                "assessments": .array(report.maturity.snapshots.map { snapshot in
                    .object(["date": .string(snapshot.date.description), "questionnaire": .string(snapshot.questionnaire),
                             "overall": .number(snapshot.overall), "percentage_to_target": .number(snapshot.percentageToTarget)])
                }),
                "dimensions": .array(report.maturity.dimensions.map { dimension in
                    .object(["id": .string(dimension.id), "title": .string(dimension.title), "module": .string(dimension.module),
                             "target": .int(dimension.target), "scores": .array(dimension.scores.map(JSONValue.number)),
                             "progress_to_date": .number(dimension.progressToDate)])
                }),
                "progress_to_date": .number(report.maturity.progressToDate),
            ]),
        ])
    }

    static func portfolio(_ portfolio: Portfolio, anonymised: Bool) -> JSONValue {
        let dimensions = portfolio.dimensions
        return .object([
            "kind": .string("portfolio"),
            "anonymised": .bool(anonymised),
            "dimensions": .array(dimensions.map { .object(["id": .string($0.id), "title": .string($0.title), "module": .string($0.module)]) }),
            "organisations": .array(portfolio.entries.map { entry in
                .object([
                    "name": .string(entry.organisation), "group": .string(entry.group),
                    "assessments": .array(entry.scorecards.map { card in
                        .object(["date": .string(anonymised ? Portfolio.quarter(of: card.date) : card.date.description),
                                 "overall": .number(card.overall?.score)])
                    }),
                    "scores": .object(Dictionary(dimensions.map { ($0.id, JSONValue.number(portfolio.score(entry, $0.id))) },
                                                 uniquingKeysWith: { first, _ in first })),
                ])
            }),
            "groups": .array(portfolio.groups.map { group in
                .object([
                    "name": .string(group),
                    "organisations": .int(portfolio.entries.filter { ($0.group ?? Portfolio.ungrouped) == group }.count),
                    "overall": .number(portfolio.averageOverall(group: group)),
                    "averages": .object(Dictionary(dimensions.map { ($0.id, JSONValue.number(portfolio.average(group: group, dimension: $0.id))) },
                                                   uniquingKeysWith: { first, _ in first })),
                ])
            }),
        ])
    }
}
