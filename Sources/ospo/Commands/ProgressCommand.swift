import ArgumentParser
import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

struct ProgressCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "progress",
        abstract: "Where an organisation stands on its roadmap and its maturity, over time.",
        discussion: """
        Every objective of the current plan with its status: done, on-track (the \
        least-squares forecast of its measures' readings meets the target by the due \
        date), at-risk (the forecast gets at least 80% of the way), off-track, or \
        no-data (fewer than two readings). And the maturity of every dimension over \
        every assessment, with percentage to target and progress to date. The html, \
        md and csv formats are the progress report (see 'ospo report').
        """
    )

    @Argument(help: "The organisation.") var organisation: String
    @Option(help: "Output format: text, json, md, csv or html.") var format: ProgressFormat = .text
    @Option(help: ArgumentHelp("The day to report as of (YYYY-MM-DD; default today).", valueName: "date"),
            transform: { text in
                guard let date = CalendarDate(iso: text) else { throw ValidationError("--as-of takes YYYY-MM-DD, found '\(text)'") }
                return date
            })
    var asOf: CalendarDate?
    @OptionGroup var workspace: WorkspaceOptions

    func run() async throws {
        try await runReportingFailures {
            let report = try workspace.open(.read).progressReport(organisation: organisation, asOf: asOf ?? Today.date)
            switch format {
            case .text: Console.out(Self.text(report))
            case .json: Console.out(try ReportRenderer().render(.progress(report), as: .json))
            case .md: Console.out(try ReportRenderer().render(.progress(report), as: .md))
            case .csv: Console.out(try ReportRenderer().render(.progress(report), as: .csv))
            case .html: Console.out(try ReportRenderer().render(.progress(report), as: .html))
            }
        }
    }

    static func text(_ report: ProgressReport) -> String {
        var lines = ["\(report.organisation): progress as of \(report.asOf)", ""]
        if report.objectives.isEmpty {
            lines.append("No accepted roadmap yet: accept one with 'ospo roadmap accept --org ORG --profile PROFILE'.")
        } else {
            let counts = report.statusCounts.map { "\($0.count) \($0.status.label)" }.joined(separator: ", ")
            lines.append("Objectives: \(counts)")
            for objective in report.objectives {
                lines.append("  \(pad(objective.status.rawValue, 9))  phase \(objective.phase.map(String.init) ?? "-")  due \(objective.due)  \(objective.state.rawValue)  \(objective.id): \(objective.title)")
                for track in objective.measures {
                    let latest = track.latest.map { "latest \(formatNumber($0.value)) on \($0.date)" } ?? "no reading"
                    let forecast = track.forecast.map { String(format: "forecast %.1f", $0) } ?? "no forecast"
                    lines.append("      \(track.measure.id): \(latest), \(forecast), target \(formatNumber(track.target)) (\(track.status.rawValue))")
                }
            }
        }
        lines.append("")
        lines.append("Maturity over \(report.maturity.snapshots.count) assessment\(report.maturity.snapshots.count == 1 ? "" : "s"):")
        let dates = report.maturity.snapshots.map(\.date.description)
        lines.append("  \(pad("dimension", 20))  " + dates.map { pad($0, 10) }.joined(separator: "  ") + "  target  progress to date")
        for dimension in report.maturity.dimensions {
            let scores = dimension.scores.map { pad($0.map { String(format: "%.2f", $0) } ?? "—", 10) }.joined(separator: "  ")
            let progress = dimension.progressToDate.map { String(format: "%.0f%%", $0 * 100) } ?? "—"
            lines.append("  \(pad(dimension.id, 20))  \(scores)  \(pad(String(dimension.target), 6))  \(progress)")
        }
        if let latest = report.maturity.latest, let share = latest.percentageToTarget {
            lines.append("")
            lines.append(String(format: "Percentage to target: %.0f%%", share * 100)
                         + (report.maturity.progressToDate.map { String(format: "; progress to date since the first assessment: %.0f%%", $0 * 100) } ?? ""))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
}

enum ProgressFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, md, csv, html
}
