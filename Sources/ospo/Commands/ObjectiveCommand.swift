import ArgumentParser
import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

struct ObjectiveCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "objective",
        abstract: "List objectives and move them through planned → in-progress → done | dropped.",
        subcommands: [List.self, Show.self, Start.self, Done.self, Drop.self]
    )

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "The objectives of an organisation's current plan.")

        @Option(name: .customLong("org"), help: "The organisation.") var organisation: String
        @Option(help: "Output format.") var format: ReadFormat = .text
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let opened = try workspace.open(.read)
                let plan = try opened.currentPlan(organisation: organisation)
                let objectives = try opened.objectives(plan: plan.id ?? 0)
                switch format {
                case .json:
                    Console.out(try JSONOutput.encode(objectives.map { summary in
                        ["id": String(summary.objective.id ?? 0), "action": summary.objective.actionId, "title": summary.objective.title,
                         "phase": String(summary.objective.phase), "due": summary.objective.due, "status": summary.state.rawValue]
                    }))
                case .text:
                    for summary in objectives {
                        let objective = summary.objective
                        Console.out("\(objective.id ?? 0)  phase \(objective.phase)  due \(objective.due)  \(Self.pad(summary.state.rawValue, 11))  \(objective.actionId): \(objective.title)\n")
                    }
                }
            }
        }

        static func pad(_ text: String, _ width: Int) -> String { text + String(repeating: " ", count: max(0, width - text.count)) }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An objective with its status history, measures and readings.")

        @Argument(help: "The objective: its number, or its action id within --org's current plan.") var objective: String
        @Option(name: .customLong("org"), help: "The organisation, when an action id is given.") var organisation: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let summary = try workspace.open(.read).objective(objective, organisation: organisation)
                let record = summary.objective
                var lines = ["\(record.id ?? 0)  \(record.actionId): \(record.title)",
                             "  \(record.dimension) level \(record.level), phase \(record.phase) (\(record.start) to \(record.due)), \(formatNumber(record.effort)) person-days, roles \(record.roles.replacingOccurrences(of: ",", with: ", "))",
                             "  status: \(summary.state.rawValue)"]
                for change in summary.history {
                    lines.append("    \(change.at)  \(change.status)\(change.note.map { ": \($0)" } ?? "")")
                }
                for measure in summary.measures {
                    lines.append("  measure \(measure.key): \(measure.name), target \(formatNumber(measure.target)) \(measure.unit) (\(measure.direction))")
                    for reading in summary.readings[measure.key] ?? [] {
                        lines.append("    \(reading.date)  \(formatNumber(reading.value))\(reading.source.map { "  from \($0)" } ?? "")\(reading.note.map { "  \($0)" } ?? "")")
                    }
                }
                Console.out(lines.joined(separator: "\n") + "\n")
            }
        }
    }

    struct Start: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an objective in progress.")
        @OptionGroup var change: StatusChange
        func run() async throws { try await change.apply(.inProgress) }
    }

    struct Done: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Mark an objective done.")
        @OptionGroup var change: StatusChange
        func run() async throws { try await change.apply(.done) }
    }

    struct Drop: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Drop an objective (say why with --note).")
        @OptionGroup var change: StatusChange
        func run() async throws { try await change.apply(.dropped) }
    }
}

struct StatusChange: ParsableArguments {
    @Argument(help: "The objective: its number, or its action id within --org's current plan.") var objective: String
    @Option(name: .customLong("org"), help: "The organisation, when an action id is given.") var organisation: String?
    @Option(help: "Why, or what happened.") var note: String?
    @OptionGroup var workspace: WorkspaceOptions

    func apply(_ state: ObjectiveState) async throws {
        try await runReportingFailures {
            let opened = try workspace.open()
            try opened.setStatus(state, objective: objective, organisation: organisation, note: note)
            Console.out("objective \(objective) is now \(state.rawValue)\n")
        }
    }
}
