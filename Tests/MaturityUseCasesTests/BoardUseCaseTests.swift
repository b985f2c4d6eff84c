import Foundation
import MaturityKit
import MaturityReports
import MaturityStore
import Testing
@testable import MaturityUseCases

/// The lead's board use cases: what they show, and that their changes are
/// those of `ospo objective` and `ospo measure record`, refused alike.
struct BoardUseCaseTests {
    /// Kestrel's workspace (one roadmap), another organisation without one,
    /// and the desk with a lead's yes for `action` on `organisation`.
    static func desk(_ action: WorkspaceAction, on organisation: String? = nil) throws -> (Workspace, TeamDesk, Authorised) {
        let workspace = try Samples.kestrelWorkspace()
        workspace.fixedToday = Samples.day
        try workspace.addOrganisation(name: "Other Co")
        let slug = try #require(try workspace.organisations().first?.slug)
        let desk = try TeamDesk(workspace: workspace)
        let lead = SignedInAccount(name: "lee", role: .lead, scope: .allOrganisations)
        return (workspace, desk, try desk.authorise(lead, action, organisation: organisation ?? slug))
    }

    @Test func theBoardHoldsEveryObjectiveWithItsProgress() throws {
        let (workspace, desk, yes) = try Self.desk(.viewObjectives)
        let slug = try yes.organisationSlug()
        let board = try desk.objectiveBoard(asOf: Samples.day, under: yes)
        let listed = try ObjectiveQueries.list(workspace, organisation: slug)
        let report = try ProgressQueries.progress(workspace, organisation: slug, asOf: Samples.day)
        #expect(board.objectives.map(\.detail.objective) == listed)
        #expect(board.objectives.map { $0.progress?.status } == listed.map { listing in report.objectives.first { $0.id == listing.action }?.status })
        #expect(!board.objectives.isEmpty)
    }

    @Test func anOrganisationWithoutARoadmapHasAnEmptyBoard() throws {
        let (_, desk, yes) = try Self.desk(.viewObjectives, on: "other-co")
        #expect(try desk.objectiveBoard(asOf: Samples.day, under: yes).objectives.isEmpty)
    }

    @Test func aMoveIsTheCommandLinesWithTheAccountAsWho() throws {
        let (workspace, desk, yes) = try Self.desk(.moveObjective)
        #expect(try desk.moveObjective(1, move: "start", note: "kick-off", under: yes) == "objective 1 is now in-progress")
        let view = try desk.authorise(yes.account, .viewObjectives, organisation: try yes.organisationSlug())
        let page = try desk.objectivePage(1, asOf: Samples.day, under: view)
        #expect(page.history.map { "\($0.status) \($0.note ?? "-") \($0.by ?? "-")" } == ["planned - -", "in-progress kick-off account:lee"])
        // The command line refuses going back, and so does the board, with its words.
        #expect(throws: WorkspaceError.statusChangeRefused(objective: 1, action: page.objective.detail.objective.action,
                                                            from: "in-progress", to: "in-progress")) {
            try desk.moveObjective(1, move: "start", note: nil, under: yes)
        }
        #expect(throws: BoardError.unknownMove("restart")) { try desk.moveObjective(1, move: "restart", note: nil, under: yes) }
        #expect(try ObjectiveQueries.detail(workspace, objective: "1", organisation: nil).history.count == 2)
    }

    @Test func aReadingHasTheCommandLinesChecks() throws {
        let (workspace, desk, yes) = try Self.desk(.recordReading)
        let measure = try #require(try ObjectiveQueries.detail(workspace, objective: "1", organisation: nil).measures.first)
        #expect(throws: UseCaseError.notANumber("lots")) {
            try desk.recordReading(1, measure: measure.id, value: "lots", date: "", source: nil, note: nil, under: yes)
        }
        #expect(throws: BoardError.notADate("20-11-2026")) {
            try desk.recordReading(1, measure: measure.id, value: "1", date: "20-11-2026", source: nil, note: nil, under: yes)
        }
        #expect(BoardError.notADate("x").description == "the date takes YYYY-MM-DD, found 'x'")
        // Samples.day is today: a reading of the next day is refused as the command line refuses it.
        let tomorrow = CalendarDate(dayNumber: Samples.day.dayNumber + 1)
        let line = try desk.recordReading(1, measure: measure.id, value: "1", date: "", source: "dashboard", note: nil, under: yes)
        #expect(line == "recorded 1 for \(measure.id)")
        #expect(throws: WorkspaceError.readingRefused(measure: measure.id, problem: "the reading is dated \(tomorrow), after today (\(Samples.day)); record readings on or after the day they were taken")) {
            try desk.recordReading(1, measure: measure.id, value: "1", date: tomorrow.description, source: nil, note: nil, under: yes)
        }
        let readings = try ObjectiveQueries.detail(workspace, objective: "1", organisation: nil).measures.first?.readings
        #expect(readings?.map { "\($0.date) \($0.value) \($0.source ?? "-")" } == ["\(Samples.day) 1.0 dashboard"])
    }

    @Test func anObjectiveOfAnotherOrganisationIsNotFound() throws {
        let (workspace, desk, yes) = try Self.desk(.moveObjective, on: "other-co")
        // The plans hold objectives, statuses and readings (the export's stamp is the clock's).
        let before = try workspace.export().plans
        #expect(throws: TeamError.notFound) { try desk.moveObjective(1, move: "start", note: nil, under: yes) }
        let reading = try desk.authorise(yes.account, .recordReading, organisation: "other-co")
        #expect(throws: TeamError.notFound) {
            try desk.recordReading(1, measure: "m", value: "1", date: "", source: nil, note: nil, under: reading)
        }
        let view = try desk.authorise(yes.account, .viewObjectives, organisation: "other-co")
        #expect(throws: TeamError.notFound) { try desk.objectivePage(1, asOf: Samples.day, under: view) }
        #expect(try workspace.export().plans == before)
        // A weaker yes does not reach a change.
        #expect(throws: TeamError.notFound) { try desk.moveObjective(1, move: "start", note: nil, under: view) }
    }

    @Test func theHistoryIsTheTrailNewestFirst() throws {
        let (_, desk, yes) = try Self.desk(.moveObjective)
        try desk.moveObjective(1, move: "drop", note: "no budget", under: yes)
        let history = try desk.authorise(yes.account, .viewHistory, organisation: try yes.organisationSlug())
        let entries = try desk.history(under: history)
        #expect(entries.map(\.action) == ["moveObjective", "acceptRoadmap", "importAnswers", "startAssessment"])
        #expect(entries.first?.actor == "account:lee")
        #expect(entries.first?.note == "no budget")
    }
}
