import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// The use cases that add organisations, move objectives and record
/// readings, called without the CLI.
struct RecordingUseCaseTests {
    @Test func anOrganisationIsAddedOnceUnderItsShortName() throws {
        let workspace = try Workspace.inMemory()
        #expect(try WorkspaceCheck.line(for: workspace) == "workspace :memory:: 0 organisations")
        let record = try OrganisationAdding.add(name: "Acme Works", sector: "manufacturing", in: workspace)
        #expect(OrganisationAdding.line(for: record) == "added organisation acme-works (Acme Works)")
        #expect(try WorkspaceCheck.line(for: workspace) == "workspace :memory:: 1 organisation")
        #expect(throws: WorkspaceError.organisationExists(slug: "acme-works")) {
            try OrganisationAdding.add(name: "Acme Works", in: workspace)
        }
    }

    @Test func readingsAreNumbersAsPeopleTypeThem() throws {
        #expect(try MeasureReading.number("42") == 42)
        #expect(try MeasureReading.number("0,75") == 0.75)
        #expect(try MeasureReading.number("-1.5") == -1.5)
        for text in ["forty", "", "inf", "nan", "1e999"] {
            #expect(throws: UseCaseError.notANumber(text)) { try MeasureReading.number(text) }
        }
        #expect(UseCaseError.notANumber("forty").description
                == "'forty' is not a number; give the reading as a number such as 42 or 0.75")
        // The reading is refused as it is made, before any workspace is named.
        #expect(throws: UseCaseError.notANumber("lots")) {
            try MeasureReading(objective: "1", measure: "m", value: "lots", date: Samples.day)
        }
    }

    @Test func anObjectiveMovesAndTakesReadings() throws {
        let workspace = try Samples.kestrelWorkspace()
        let detail = try ObjectiveQueries.detail(workspace, objective: "1", organisation: nil)
        let measure = try #require(detail.measures.first).id

        #expect(try ObjectiveStatusChange.apply(.inProgress, objective: "1", note: "kick-off", in: workspace)
                == "objective 1 is now in-progress")
        let reading = try MeasureReading(objective: "1", measure: measure, value: "0,5", date: Samples.day, source: "dashboard")
        #expect(try reading.record(in: workspace) == "recorded 0.5 for \(measure)")

        let after = try ObjectiveQueries.detail(workspace, objective: "1", organisation: nil)
        #expect(after.objective.state == .inProgress)
        #expect(after.measures.first?.readings.map(\.value) == [0.5])
        #expect(after.history.last?.note == "kick-off")
    }

    @Test func anUnknownObjectiveIsRefused() throws {
        let workspace = try Samples.kestrelWorkspace()
        #expect(throws: WorkspaceError.unknownObjective("999")) {
            try ObjectiveStatusChange.apply(.done, objective: "999", in: workspace)
        }
        #expect(throws: WorkspaceError.unknownObjective("999")) {
            try MeasureReading(objective: "999", measure: "m", value: "1", date: Samples.day).record(in: workspace)
        }
    }
}
