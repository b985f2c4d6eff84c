import MaturityKit

/// What the portfolio templates see: each organisation's latest scores per
/// dimension side by side, and every group's average.
struct PortfolioView {
    struct Organisation { var name: String; var group: String; var date: String; var overall: String; var assessments: Int }
    struct Group { var name: String; var count: Int; var overall: String }
    struct Cell { var value: String }
    struct Row { var id: String; var title: String; var module: String; var scores: [Cell]; var averages: [Cell] }

    var page: PageView
    var organisations: [Organisation]
    var groups: [Group]
    var rows: [Row]
    var overallScores: [Cell]
    var overallAverages: [Cell]
    var heatmap: String
    var chartNote: String?
    var anonymised: Bool

    /// Above this many organisations the chart shows the group averages only;
    /// the table still lists every organisation.
    static let chartLimit = 24

    init(portfolio: Portfolio, anonymised: Bool, brand: Brand, options: ReportOptions = ReportOptions()) {
        let count = portfolio.entries.count
        page = PageView(kind: .portfolio, organisation: brand.name ?? "All organisations",
                        subtitle: "\(PlanFormat.plural(count, "organisation")), latest assessment of each"
                            + (anonymised ? " · anonymised" : ""), brand: brand, options: options)
        self.anonymised = anonymised
        organisations = portfolio.entries.map { entry in
            Organisation(name: entry.organisation, group: entry.group ?? Portfolio.ungrouped,
                         date: entry.latest.map { anonymised ? Portfolio.quarter(of: $0.date) : options.dates.day($0.date) } ?? "—", overall: Fmt.score(entry.latest?.overall?.score),
                         assessments: entry.scorecards.count)
        }
        let groupNames = portfolio.groups
        groups = groupNames.map { name in
            Group(name: name, count: portfolio.entries.filter { ($0.group ?? Portfolio.ungrouped) == name }.count,
                  overall: Fmt.score(portfolio.averageOverall(group: name)))
        }
        let dimensions = portfolio.dimensions
        rows = dimensions.map { dimension in
            Row(id: dimension.id, title: dimension.title, module: dimension.module,
                scores: portfolio.entries.map { Cell(value: Fmt.score(portfolio.score($0, dimension.id))) },
                averages: groupNames.map { Cell(value: Fmt.score(portfolio.average(group: $0, dimension: dimension.id))) })
        }
        overallScores = portfolio.entries.map { Cell(value: Fmt.score($0.latest?.overall?.score)) }
        overallAverages = groupNames.map { Cell(value: Fmt.score(portfolio.averageOverall(group: $0))) }
        let showEntries = count <= Self.chartLimit
        let maxLevel = Double(portfolio.entries.compactMap { $0.latest?.modules.map(\.maxLevel).max() }.max() ?? 4)
        let columns = (showEntries ? portfolio.entries.map(\.organisation) : []) + groupNames.map { "Ø \($0)" }
        let palette = page.palette
        var previousModule: String?
        let heatRows = dimensions.map { dimension -> HeatmapChart.Row in
            let values = (showEntries ? portfolio.entries.map { portfolio.score($0, dimension.id) } : [])
                + groupNames.map { portfolio.average(group: $0, dimension: dimension.id) }
            let start = previousModule != nil && previousModule != dimension.module
            previousModule = dimension.module
            return HeatmapChart.Row(label: dimension.title, cells: values.map { value in
                HeatmapChart.Cell(intensity: value.map { max(0.02, $0 / max(1, maxLevel)) } ?? 0, text: value.map { Fmt.score($0) } ?? "n/a")
            }, groupStart: start)
        }
        heatmap = HeatmapChart(title: "Scores by dimension", columns: columns, rows: heatRows, palette: palette,
                               legend: [("Darker is more mature", palette.primary, false)],
                               columnWidth: columns.count > 8 ? 58 : 76,
                               scale: HeatmapChart.Scale(low: "score 0", high: SVG.n(maxLevel)))
            .render(description: "Latest score per dimension and organisation, with averages per group (Ø).")
        chartNote = showEntries ? nil : "With more than \(Self.chartLimit) organisations the chart shows the group averages; the table lists every organisation."
    }
}
