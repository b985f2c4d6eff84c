import Foundation
import Testing
import MaturityKit
import MaturityReports
import MaturityStore
@testable import MaturityUseCases

/// The use cases, called as a front end calls them, without the CLI.
struct UseCaseTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let kestrel = root.appendingPathComponent("samples/kestrel-logistics").path
    static let options = AnswerFileOptions(date: CalendarDate(year: 2026, month: 11, day: 9))

    @Test func anAnswersFileScoresAgainstTheShippedContent() throws {
        let input = try ScoringInput.load(.file(Self.kestrel + "/answers.yaml", Self.options), libraryFolders: [])
        #expect(input.answers.questionnaire == "ospo-interview")
        #expect(input.engine.rubrics.map(\.id) == ["assessment", "deployment", "adoption", "cra"])
        #expect(input.assessment == nil)
        // The same file scored through the engine directly gives the same card.
        let card = input.engine.score(input.answers)
        #expect(card.overall != nil)
    }

    @Test func anAssessmentOfTheWorkspaceScoresAgainstItsSnapshot() throws {
        let workspace = try Workspace.inMemory()
        let answers = try ContentLoader.loadAnswers(try FileAccess.readText(Self.kestrel + "/answers.yaml"), path: "answers.yaml")
        let files = try ContentSources.contentFiles(questionnaire: "ospo-interview", libraryFolders: [])
        let imported = try workspace.importAnswers(answers, content: files, source: "answers.yaml")
        let fromWorkspace = try ScoringInput.load(.assessment(imported.assessment, in: workspace), libraryFolders: [])
        let fromFile = try ScoringInput.load(.file(Self.kestrel + "/answers.yaml", Self.options), libraryFolders: [])
        #expect(fromWorkspace.engine.score(fromWorkspace.answers).overall?.score == fromFile.engine.score(fromFile.answers).overall?.score)
    }

    @Test func anUnknownQuestionnaireIsNamedWithTheKnownOnes() throws {
        #expect(throws: UseCaseError.unknownQuestionnaire("nope", known: ["ospo-interview", "ospo-pulse", "todo-stages"])) {
            try ContentSources.contentFiles(questionnaire: "nope", libraryFolders: [])
        }
        #expect(UseCaseError.unknownQuestionnaire("nope", known: ["a", "b"]).description
                == "unknown questionnaire 'nope'; known: a, b. Pass the folder that holds it with --library")
    }

    @Test func csvAnswersNeedTheirQuestionnaire() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("usecase-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let csv = folder.appendingPathComponent("answers.csv").path
        try "respondent,role,question,answer\nr1,executive,STR-01,yes\n".write(toFile: csv, atomically: true, encoding: .utf8)
        #expect(throws: UseCaseError.questionnaireNotNamed(wide: false)) {
            try ScoringInput.load(.file(csv, Self.options), libraryFolders: [])
        }
        var wide = Self.options
        wide.wide = true
        #expect(throws: UseCaseError.questionnaireNotNamed(wide: true)) {
            try ScoringInput.load(.file(csv, wide), libraryFolders: [])
        }
    }

    @Test func reportsFromFilesSayWhatTheyNeed() throws {
        let answers = Self.kestrel + "/answers.yaml"
        #expect(throws: UseCaseError.noAnswers) {
            try ReportSubjects.make(.assessment, from: .files(answers: [], profile: nil), libraryFolders: [], reading: Self.options)
        }
        #expect(throws: UseCaseError.profileNeeded(report: "executive")) {
            try ReportSubjects.make(.executive, from: .files(answers: [answers], profile: nil), libraryFolders: [], reading: Self.options)
        }
        #expect(throws: UseCaseError.progressNeedsWorkspace) {
            try ReportSubjects.make(.progress, from: .files(answers: [answers], profile: nil), libraryFolders: [], reading: Self.options)
        }
        let build = try ReportSubjects.make(.roadmap, from: .files(answers: [answers], profile: Self.kestrel + "/profile.yaml"),
                                            libraryFolders: [], reading: Self.options)
        guard case .roadmap(let roadmap, _) = build.subject else {
            Issue.record("expected a roadmap subject")
            return
        }
        #expect(!roadmap.phases.isEmpty)
    }

    @Test func aWorkspaceReportWithoutAnAcceptedRoadmapSaysHowToMakeOne() throws {
        let workspace = try Workspace.inMemory()
        let answers = try ContentLoader.loadAnswers(try FileAccess.readText(Self.kestrel + "/answers.yaml"), path: "answers.yaml")
        let imported = try workspace.importAnswers(answers, content: try ContentSources.contentFiles(questionnaire: "ospo-interview", libraryFolders: []),
                                                   source: "answers.yaml")
        let slug = imported.addedOrganisation?.slug ?? ""
        #expect(throws: UseCaseError.noAcceptedRoadmap(organisation: slug, assessment: nil, report: "executive")) {
            try ReportSubjects.fromWorkspace(.executive, workspace: workspace, organisation: slug, assessment: nil, profilePath: nil,
                                             asOf: CalendarDate(year: 2026, month: 12, day: 1))
        }
        #expect(throws: UseCaseError.noSubject) {
            try ReportSubjects.fromWorkspace(.assessment, workspace: workspace, organisation: nil, assessment: nil, profilePath: nil,
                                             asOf: CalendarDate(year: 2026, month: 12, day: 1))
        }
    }
}
