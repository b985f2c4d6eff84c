import MaturityKit

/// What the progress templates see: objective statuses, every measure's
/// readings against its target and forecast, and maturity over every
/// assessment.
struct ProgressView {
    struct StatusCount { var label: String; var status: String; var count: Int }
    struct Reading { var date: String; var value: String; var source: String?; var note: String? }
    struct Measure {
        var id: String
        var name: String
        var baseline: String
        var latest: String
        var target: String
        var due: String
        var forecast: String
        var progress: String
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
        var dimension: String
        var phase: String
        var due: String
        var state: String
        var status: String
        var statusLabel: String
        var note: String?
        var measures: [Measure]
        var hasMeasures: Bool
    }
    struct Snapshot { var date: String; var overall: String; var percentage: String }
    struct Cell { var value: String }
    struct DimensionRow { var title: String; var scores: [Cell]; var target: String; var progress: String }

    var page: PageView
    var asOf: String
    var counts: [StatusCount]
    var objectives: [Objective]
    var hasObjectives: Bool
    var snapshots: [Snapshot]
    var hasMaturity: Bool
    var dimensions: [DimensionRow]
    var historyChart: String
    var progressToDate: String
    var maturitySummary: String

    init(report: ProgressReport, brand: Brand) {
        page = PageView(kind: .progress, organisation: report.organisation,
                        subtitle: "As of \(ReportDates.long(report.asOf))", brand: brand)
        asOf = report.asOf.description
        counts = report.statusCounts.filter { $0.count > 0 }.map { StatusCount(label: $0.status.label, status: $0.status.rawValue, count: $0.count) }
        let palette = page.palette
        objectives = report.objectives.map { objective in
            Objective(id: objective.id, title: objective.title, dimension: objective.dimension ?? "—",
                      phase: objective.phase.map(String.init) ?? "—", due: objective.due.description,
                      state: objective.state.label, status: objective.status.rawValue, statusLabel: objective.status.label,
                      note: objective.note,
                      measures: objective.measures.map { track in
                          let unit = track.measure.unit
                          func quantity(_ value: Double?) -> String {
                              value.map { Fmt.quantity(Fmt.reading($0), unit, currency: track.measure.currency) } ?? "—"
                          }
                          return Measure(
                              id: track.measure.id, name: track.measure.name, baseline: quantity(track.baseline),
                              latest: quantity(track.latest?.value),
                              target: (track.direction == .up ? "at least " : "at most ") + quantity(track.target),
                              due: track.due.description, forecast: track.status == .done ? "target met" : quantity(track.shownForecast),
                              progress: track.progress.map(Fmt.percent) ?? "—",
                              status: track.status.rawValue, statusLabel: track.status.label,
                              chart: TrendChart(title: track.measure.name, track: track, palette: palette).render(),
                              readings: track.readings.map { Reading(date: $0.date.description, value: quantity($0.value), source: $0.source, note: $0.note) },
                              hasReadings: !track.readings.isEmpty,
                              hasNotes: track.readings.contains { $0.note != nil })
                      },
                      hasMeasures: !objective.measures.isEmpty)
        }
        hasObjectives = !objectives.isEmpty
        let history = report.maturity
        snapshots = history.snapshots.map { snapshot in
            Snapshot(date: snapshot.date.description, overall: Fmt.score(snapshot.overall),
                     percentage: snapshot.percentageToTarget.map(Fmt.percent) ?? "—")
        }
        hasMaturity = !history.snapshots.isEmpty
        dimensions = history.dimensions.map { dimension in
            DimensionRow(title: dimension.title, scores: dimension.scores.map { Cell(value: Fmt.score($0)) },
                         target: dimension.target > 0 ? String(dimension.target) : "—",
                         progress: dimension.progressToDate.map(Fmt.percent) ?? "—")
        }
        historyChart = hasMaturity ? HistoryChart(title: "Maturity over assessments", history: history, palette: palette).render() : ""
        progressToDate = history.progressToDate.map(Fmt.percent) ?? "—"
        if let first = history.baseline, let last = history.latest, history.snapshots.count > 1 {
            maturitySummary = "From \(ReportDates.long(first.date)) to \(ReportDates.long(last.date)) the overall score went from \(Fmt.score(first.overall)) to \(Fmt.score(last.overall)); "
                + "percentage to target from \(first.percentageToTarget.map(Fmt.percent) ?? "—") to \(last.percentageToTarget.map(Fmt.percent) ?? "—"), "
                + "closing \(progressToDate) of the gap the first assessment showed."
        } else if let only = history.latest {
            maturitySummary = "One assessment so far (\(ReportDates.long(only.date))): overall \(Fmt.score(only.overall)), \(only.percentageToTarget.map(Fmt.percent) ?? "—") of the way to target."
        } else {
            maturitySummary = "No assessment yet."
        }
    }
}
