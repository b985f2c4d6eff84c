import MaturityKit

/// What the progress templates see: first what needs attention, then every
/// current objective with its status and flags, each measure as one figure
/// explained in a sentence, the objectives finished long ago in a short
/// table, and maturity since the assessment the roadmap was planned from.
/// Public so that the web workspace shows the same values through its own
/// template (its pages allow no inline style).
public struct ProgressView {
    struct StatusCount { var label: String; var status: String; var count: Int }
    struct Attention { var title: String; var id: String; var status: String; var reasons: String; var due: String }
    struct Reading { var date: String; var value: String; var source: String?; var note: String? }
    struct Measure {
        var id: String
        var name: String
        /// The one figure: the share of the way from baseline to target.
        var figure: String
        /// The sentence that explains the figure.
        var sentence: String
        var status: String
        var statusLabel: String
        var chart: String
        var readings: [Reading]
        var hasReadings: Bool
        /// Whether any reading has a note: the HTML table leaves out an empty Note column.
        var hasNotes: Bool
    }
    struct Objective {
        var id: String
        var title: String
        var phase: String
        var due: String
        var state: String
        var status: String
        /// The status in words, with a late flag: "overdue by 135 days", "done 12 days late".
        var statusLabel: String
        var note: String?
        var measures: [Measure]
        var hasMeasures: Bool
    }
    struct Finished { var title: String; var id: String; var outcome: String; var finished: String; var due: String }
    struct Snapshot { var date: String; var overall: String; var percentage: String }
    struct Cell { var value: String }
    struct DimensionRow { var title: String; var scores: [Cell]; var target: String; var progress: String }

    var page: PageView
    var asOf: String
    var attentionSummary: String
    var attention: [Attention]
    var hasAttention: Bool
    var stalePlan: [String]
    var counts: [StatusCount]
    var objectives: [Objective]
    var hasObjectives: Bool
    var finished: [Finished]
    var hasFinished: Bool
    var finishedSummary: String
    var snapshots: [Snapshot]
    var hasMaturity: Bool
    var maturityHeading: String
    var dimensions: [DimensionRow]
    var historyChart: String
    var progressToDate: String
    var maturitySummary: String

    public init(report: ProgressReport, brand: Brand, options: ReportOptions = ReportOptions()) {
        let date = options.dates.day
        page = PageView(kind: .progress, organisation: report.organisation,
                        subtitle: "As of \(date(report.asOf))", brand: brand, options: options)
        asOf = date(report.asOf)
        let items = report.needsAttention
        attention = items.map { item in
            Attention(title: item.objective.title, id: item.objective.id, status: item.objective.status.rawValue,
                      reasons: item.reasons.map { ProgressWording.reason($0, item.objective, asOf: report.asOf, date: date) }.joined(separator: "; "),
                      due: date(item.objective.due))
        }
        hasAttention = !items.isEmpty
        stalePlan = report.stalePlan.map { ProgressWording.stale($0, date: date) }
        let open = report.objectives.filter(\.isOpen).count
        attentionSummary = report.objectives.isEmpty
            ? "No accepted roadmap yet: nothing to track."
            : items.isEmpty
            ? "Nothing needs attention as of \(asOf): every open objective is on track or waiting for its phase, with recent readings."
            : "\(items.count) of \(open) open objective\(open == 1 ? "" : "s") need\(items.count == 1 ? "s" : "") attention as of \(asOf)."
        counts = report.statusCounts.filter { $0.count > 0 }.map { StatusCount(label: $0.status.label, status: $0.status.rawValue, count: $0.count) }
        let palette = page.palette
        objectives = report.currentObjectives.map { objective in
            Objective(id: objective.id, title: objective.title,
                      phase: objective.phase.map(String.init) ?? "—", due: date(objective.due),
                      state: objective.state.label, status: objective.status.rawValue,
                      statusLabel: ProgressWording.status(objective),
                      note: objective.note,
                      measures: objective.measures.map { track in
                          let unit = track.measure.unit
                          return Measure(
                              id: track.measure.id, name: track.measure.name, figure: ProgressWording.figure(track),
                              sentence: ProgressWording.sentence(track, asOf: report.asOf, date: date),
                              status: track.status.rawValue, statusLabel: track.status.label,
                              chart: TrendChart(title: track.measure.name, track: track, palette: palette).render(),
                              readings: track.readings.map { Reading(date: date($0.date), value: ProgressWording.quantity($0.value, unit, currency: track.measure.currency),
                                                                     source: $0.source, note: $0.note) },
                              hasReadings: !track.readings.isEmpty,
                              hasNotes: track.readings.contains { $0.note != nil })
                      },
                      hasMeasures: !objective.measures.isEmpty)
        }
        hasObjectives = !objectives.isEmpty
        let folded = report.longFinished
        finished = folded.map { objective in
            Finished(title: objective.title, id: objective.id,
                     outcome: objective.state == .dropped ? "dropped" : ProgressWording.flag(objective) ?? "done on time",
                     finished: objective.stateSince.map(date) ?? "—", due: date(objective.due))
        }
        hasFinished = !folded.isEmpty
        finishedSummary = "Finished more than \(ProgressReport.foldFinishedAfterDays) days before \(asOf); their measures and readings are in the JSON and CSV formats."
        let history = report.maturity
        snapshots = history.snapshots.map { snapshot in
            Snapshot(date: date(snapshot.date), overall: Fmt.score(snapshot.overall),
                     percentage: snapshot.percentageToTarget.map(Fmt.percent) ?? "—")
        }
        hasMaturity = !history.snapshots.isEmpty
        maturityHeading = report.plan == nil ? "Maturity over assessments" : "Maturity since the roadmap was planned"
        dimensions = history.dimensions.map { dimension in
            DimensionRow(title: dimension.title, scores: dimension.scores.map { Cell(value: Fmt.score($0)) },
                         target: dimension.target > 0 ? String(dimension.target) : "—",
                         progress: dimension.progressToDate.map(Fmt.percent) ?? "—")
        }
        historyChart = hasMaturity ? HistoryChart(title: maturityHeading, history: history, palette: palette).render() : ""
        progressToDate = history.progressToDate.map(Fmt.percent) ?? "—"
        let origin = report.plan.map { "The roadmap was planned from the assessment of \(date($0.plannedFrom)). " } ?? ""
        if let first = history.baseline, let last = history.latest, history.snapshots.count > 1 {
            maturitySummary = origin
                + "From \(date(first.date)) to \(date(last.date)) the overall score went from \(Fmt.score(first.overall)) to \(Fmt.score(last.overall)) levels; "
                + "percentage to target from \(first.percentageToTarget.map(Fmt.percent) ?? "—") to \(last.percentageToTarget.map(Fmt.percent) ?? "—"), "
                + "closing \(progressToDate) of the gap the first of them showed."
        } else if let only = history.latest {
            maturitySummary = origin + (origin.isEmpty ? "One assessment so far" : "No reassessment since")
                + " (\(date(only.date))): overall \(Fmt.score(only.overall)) levels, \(only.percentageToTarget.map(Fmt.percent) ?? "—") of the way to target."
        } else {
            maturitySummary = "No assessment yet."
        }
    }
}
