import ArgumentParser

@main
struct Ospo: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ospo",
        abstract: "Assess an Open Source Program Office's maturity and plan its roadmap.",
        discussion: """
        Scores answers to a questionnaire against modular maturity rubrics, plans \
        a roadmap, writes blank answer forms, and checks content files. Run \
        'ospo help SUBCOMMAND' for details.
        """,
        version: OspoVersion.current,
        subcommands: [
            LintCommand.self, ScoreCommand.self, PlanCommand.self,
            InitCommand.self, OrgCommand.self, AssessmentCommand.self, AnswersCommand.self,
            RoadmapCommand.self, ObjectiveCommand.self, MeasureCommand.self,
            ProgressCommand.self, CompareCommand.self, ExportCommand.self, ImportCommand.self, ReportCommand.self, FormCommand.self,
            InterviewCommand.self, InviteCommand.self, ServeCommand.self,
            ConvertCommand.self, BenchmarkCommand.self,
            UserCommand.self, HistoryCommand.self, BackupCommand.self,
            DemoCommand.self, PortfolioBenchmarkCommand.self,
        ]
    )
}

enum OspoVersion {
    static let current = "0.1.0"
}
