import MaturityKit

/// The reports as CSV, one table per kind (see `CSVText` for quoting and
/// formula neutralisation): scores for the assessment, gaps and targets for
/// the executive summary, scheduled actions for the roadmap, readings for
/// progress, and scores per organisation and assessment for the portfolio.
enum ReportCSV {
    static func assessment(_ card: Scorecard, gaps: [DimensionGap]) -> String {
        let header = ["module", "dimension", "title", "score", "level", "level_name", "coverage", "dissent", "target", "gap"]
        let rows = card.modules.flatMap { module in
            module.dimensions.map { dimension -> [String] in
                let gap = gaps.first { $0.id == dimension.id }
                return [module.id, dimension.id, dimension.title, number(dimension.score), dimension.level.map(String.init) ?? "",
                        dimension.levelName ?? "", number(dimension.coverage), String(dimension.dissentCount),
                        gap.map { String($0.target) } ?? "", gap?.gap.map(String.init) ?? ""]
            }
        }
        return CSVText.table(header: header, rows: rows)
    }

    static func executive(_ card: Scorecard, _ roadmap: Roadmap) -> String {
        let header = ["dimension", "title", "module", "score", "level", "target", "gap", "importance", "projected_level", "scheduled_actions", "scheduled_effort"]
        let final = roadmap.projection.last
        let rows = roadmap.gaps.map { gap -> [String] in
            let actions = roadmap.scheduledActions.filter { $0.dimension == gap.id }
            return [gap.id, gap.title, gap.module, number(card.dimension(gap.id)?.score), gap.current.map(String.init) ?? "",
                    String(gap.target), gap.gap.map(String.init) ?? "", String(gap.importance),
                    final.map { String($0.levels[gap.id] ?? gap.planningLevel) } ?? "", String(actions.count),
                    formatNumber(actions.reduce(0) { $0 + $1.effort })]
        }
        return CSVText.table(header: header, rows: rows)
    }

    static func progress(_ report: ProgressReport) -> String {
        let header = ["objective", "title", "phase", "due", "state", "objective_status", "measure", "measure_name", "unit",
                      "direction", "baseline", "target", "date", "value", "source", "note", "progress", "forecast", "measure_status", "objective_flag", "days_late"]
        var rows: [[String]] = []
        for objective in report.objectives {
            let head = [objective.id, objective.title, objective.phase.map(String.init) ?? "", objective.due.description,
                        objective.state.rawValue, objective.status.rawValue]
            let flag = [objective.isOverdue ? "overdue" : objective.isDoneLate ? "done-late" : "", objective.daysLate.map(String.init) ?? ""]
            if objective.measures.isEmpty {
                rows.append(head + Array(repeating: "", count: header.count - head.count - flag.count) + flag)
            }
            for track in objective.measures {
                let measure = [track.measure.id, track.measure.name, track.measure.unit.rawValue, track.direction.rawValue,
                               number(track.baseline), formatNumber(track.target)]
                let tail = [number(track.progress), number(track.forecast), track.status.rawValue] + flag
                if track.readings.isEmpty { rows.append(head + measure + ["", "", "", ""] + tail) }
                for reading in track.readings {
                    rows.append(head + measure + [reading.date.description, formatNumber(reading.value), reading.source ?? "", reading.note ?? ""] + tail)
                }
            }
        }
        return CSVText.table(header: header, rows: rows)
    }

    /// Anonymised, the date is the quarter ("2026 Q4").
    static func portfolio(_ portfolio: Portfolio, anonymised: Bool = false) -> String {
        let header = ["organisation", "group", "date", "module", "dimension", "title", "score", "level"]
        var rows: [[String]] = []
        for entry in portfolio.entries {
            for card in entry.scorecards {
                for dimension in card.dimensions {
                    let date = anonymised ? Portfolio.quarter(of: card.date) : card.date.description
                    rows.append([entry.organisation, entry.group ?? "", date, dimension.module, dimension.id,
                                 dimension.title, number(dimension.score), dimension.level.map(String.init) ?? ""])
                }
            }
        }
        return CSVText.table(header: header, rows: rows)
    }

    /// Up to four decimals, no trailing zeros; empty when unknown.
    static func number(_ value: Double?) -> String {
        guard let value else { return "" }
        return formatNumber((value * 10000).rounded() / 10000)
    }
}
