import ArgumentParser
import Foundation
import MaturityKit
import MaturityUseCases
import MaturityReports

struct PlanCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plan",
        abstract: "Plan a phased roadmap from an assessment and a profile of targets.",
        discussion: """
        Scores the answers, compares each dimension with its target in the profile \
        (format: ospo/profile@1), and schedules the actions that close the gaps into \
        the profile's phases so that the value delivered by the last phase \
        (importance × levels reached, up to each target) is as high as possible: \
        prerequisites first, levels in order, within each phase's capacity. \
        Actions that cannot be scheduled go to the backlog with the reason. See \
        docs/planning.md.
        """
    )

    @Argument(help: ArgumentHelp("Answers: YAML (format: ospo/answers@1), long CSV, or wide CSV with --wide. Or use --assessment / --org.", valueName: "answers"))
    var answersPath: String?

    @Option(name: .customLong("profile"), help: ArgumentHelp("Targets and planning capacity (format: ospo/profile@1).", valueName: "profile"))
    var profilePath: String

    @Option(help: "Output format.")
    var format: FormatOption<PlanRenderer> = .init(.text)

    @Flag(help: "Also plan with capacity −25 %, +25 %, +50 % and with one and two more phases, and compare.")
    var scenarios = false

    @Flag(name: .customLong("timing"), help: .hidden)
    var timing = false

    @OptionGroup var library: LibraryOptions
    @OptionGroup var csv: CSVAnswerOptions
    @OptionGroup var selection: AssessmentSelection
    @OptionGroup var workspace: WorkspaceOptions
    @OptionGroup var destination: OutputOption
    @OptionGroup var wide: WideCSVOptions

    func run() async throws {
        try await runReportingFailures {
            let clock = ContinuousClock()
            let loadStart = clock.now
            let input = try ScoringInput.load(try scoringSource(file: answersPath, selection: selection, workspace: workspace, csv: csv, wide: wide),
                                              libraryFolders: library.folders)
            let profile = try ContentLoader.loadProfile(try FileAccess.readText(profilePath), path: profilePath)
            let (answers, engine, roles, diagnostics) = (input.answers, input.engine, input.roles, input.diagnostics)
            let scoreStart = clock.now
            let scorecard = engine.score(answers)
            let planStart = clock.now
            let roadmap: Roadmap
            do {
                let planner = Planner(rubrics: engine.rubrics, roles: roles)
                var planned = try planner.plan(scorecard, profile: profile)
                if scenarios {
                    planned.scenarios = ScenarioAnalysis.scenarios(planner: planner, scorecard: scorecard, profile: profile)
                }
                roadmap = planned
            } catch let error as PlanningError {
                throw ContentError(error.diagnostics)
            }
            let renderStart = clock.now
            Console.print(diagnostics + scorecard.warnings)
            let output = try PlanRenderer.render(roadmap, as: format.format)
            let end = clock.now
            try destination.emit(output)
            if timing {
                let ms = Console.milliseconds
                Console.err("timing: load \(ms(scoreStart - loadStart)), score \(ms(planStart - scoreStart)), plan \(ms(renderStart - planStart)), render \(ms(end - renderStart)); \(roadmap.totals.neededActions) needed actions, \(roadmap.phases.count) phases")
            }
        }
    }
}
