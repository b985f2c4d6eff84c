import ArgumentParser
import Foundation
import MaturityKit
import MaturityReports
import MaturityStore

struct OrgCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "org",
        abstract: "Add, list and show the organisations of the workspace.",
        subcommands: [Add.self, List.self, Show.self]
    )

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Add an organisation.")

        @Argument(help: "The organisation's name.") var name: String
        @Option(help: "The short name commands will use (default: made from the name).") var slug: String?
        @Option(help: "Sector or archetype, for portfolio comparisons.") var sector: String?
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let record = try await workspace.creating { try $0.addOrganisation(name: name, slug: slug, sector: sector) }
                Console.out("added organisation \(record.slug) (\(record.name))\n")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the organisations.")

        @Option(help: "Output format.") var format: ReadFormat = .text
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let opened = try workspace.open(.read)
                let organisations = try opened.organisations()
                switch format {
                case .json:
                    Console.out(try JSONOutput.encode(organisations.map { ["slug": $0.slug, "name": $0.name, "sector": $0.sector ?? ""] }))
                case .text:
                    if organisations.isEmpty { Console.err("no organisations yet; add one with 'ospo org add NAME'") }
                    for organisation in organisations {
                        let count = try opened.assessments(organisation: organisation.slug).count
                        Console.out("\(organisation.slug)  \(organisation.name)\(organisation.sector.map { "  [\($0)]" } ?? "")  \(count) assessment\(count == 1 ? "" : "s")\n")
                    }
                }
            }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show an organisation, its assessments and its plan.")

        @Argument(help: "The organisation: short name, name or number.") var organisation: String
        @OptionGroup var workspace: WorkspaceOptions

        func run() async throws {
            try await runReportingFailures {
                let opened = try workspace.open(.read)
                let record = try opened.organisation(organisation)
                var lines = ["\(record.name) (\(record.slug))" + (record.sector.map { ", \($0)" } ?? ""), "", "Assessments:"]
                for assessment in try opened.assessments(organisation: record.slug) {
                    let card = try opened.scorecard(of: assessment.id ?? 0)
                    lines.append("  \(assessment.id ?? 0)  \(assessment.date)  \(assessment.questionnaireId) \(assessment.questionnaireVersion)  \(assessment.status)  overall \(card.overall.map { String(format: "%.2f", $0.score) } ?? "unassessed")")
                }
                let plans = try opened.plans(organisation: record.slug)
                lines.append("")
                lines.append("Plans: \(plans.count)" + (plans.last.map { $0.supersededAt == nil ? " (current: plan \($0.id ?? 0), accepted \($0.acceptedAt))" : "" } ?? ""))
                Console.out(lines.joined(separator: "\n") + "\n")
            }
        }
    }
}
