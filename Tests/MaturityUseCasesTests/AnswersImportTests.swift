import Foundation
import Testing
import MaturityKit
import MaturityStore
@testable import MaturityUseCases

/// `AnswersImport`, as `ospo assessment import` and a web form call it.
struct AnswersImportTests {
    @Test func theFileKindPicksTheReader() {
        #expect(AnswersImport.kind(of: "answers.yaml", wide: false) == .yaml)
        #expect(AnswersImport.kind(of: "Answers.CSV", wide: false) == .longCSV)
        #expect(AnswersImport.kind(of: "export.csv", wide: true) == .wideCSV)
    }

    @Test func aCSVWithoutAnAssessmentIsRefusedBeforeAnyFileIsRead() throws {
        // The file does not exist: the refusal comes before reading it.
        #expect(throws: UseCaseError.csvNeedsAssessment) {
            try AnswersImport.prepare(file: "/nowhere/answers.csv", assessment: nil, libraryFolders: [])
        }
        #expect(throws: UseCaseError.csvNeedsAssessment) {
            try AnswersImport.prepare(file: "/nowhere/export.txt", assessment: nil, wide: true, libraryFolders: [])
        }
        #expect(UseCaseError.csvNeedsAssessment.description
                == "a CSV carries no organisation or questionnaire: give --assessment ID (see 'ospo assessment new')")
    }

    @Test func aMissingMappingIsRefusedBeforeTheWorkspace() throws {
        #expect(throws: FileAccess.Failure(description: "/nowhere/map.yaml: error: no such file; check the path")) {
            try AnswersImport.prepare(file: "/nowhere/export.csv", assessment: 1, wide: true, mappingPath: "/nowhere/map.yaml",
                                      libraryFolders: [])
        }
    }

    @Test func aYAMLFileStartsAnAssessmentThenRevisesIt() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("acme.yaml", Samples.acmeAnswers)
        let workspace = try Workspace.inMemory()

        let first = try AnswersImport.prepare(file: file, assessment: nil, libraryFolders: [])
        #expect(first.startsAssessment)
        let started = try first.run(in: workspace)
        #expect(started.assessment == 1)
        #expect(started.started)
        #expect(started.addedOrganisation?.slug == "acme-works")
        // Two answers of one new respondent.
        #expect(started.line == "assessment 1: 2 answers recorded, 0 unchanged; 1 new and 0 existing respondent")

        // The same file into the assessment: nothing changed, one respondent known.
        let again = try AnswersImport.prepare(file: file, assessment: 1, libraryFolders: [])
        #expect(!again.startsAssessment)
        let revised = try again.run(in: workspace)
        #expect(revised.line == "assessment 1: 0 answers recorded, 2 unchanged; 0 new and 1 existing respondent")
        #expect(revised.addedOrganisation == nil)
    }

    @Test func aLongCSVGoesIntoTheNamedAssessmentWithProgress() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let yaml = try folder.write("acme.yaml", Samples.acmeAnswers)
        let csv = try folder.write("more.csv", "respondent,role,question,answer\nbo,executive,STR-01,no\n")
        let workspace = try Workspace.inMemory()
        _ = try AnswersImport.prepare(file: yaml, assessment: nil, libraryFolders: []).run(in: workspace)

        let job = try AnswersImport.prepare(file: csv, assessment: 1, libraryFolders: [])
        #expect(job.kind == .longCSV)
        // "respondent,role,question,answer\n" is 10+1+4+1+8+1+6+1 = 32 bytes, "bo,executive,STR-01,no\n" 2+1+9+1+6+1+2+1 = 23: 55.
        #expect(job.fileSize == 55)
        var rowsSeen = 0
        let result = try job.run(in: workspace) { rows, _ in rowsSeen = rows }
        #expect(result.line == "assessment 1: 1 answer recorded, 0 unchanged; 1 new and 0 existing respondent")
        #expect(rowsSeen == 1)
    }

    @Test func aClosedAssessmentTakesNoAnswers() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let yaml = try folder.write("acme.yaml", Samples.acmeAnswers)
        let workspace = try Workspace.inMemory()
        _ = try AnswersImport.prepare(file: yaml, assessment: nil, libraryFolders: []).run(in: workspace)
        try AssessmentClosing.close(1, in: workspace)
        #expect(throws: WorkspaceError.assessmentClosed(1)) {
            try AnswersImport.prepare(file: yaml, assessment: 1, libraryFolders: []).run(in: workspace)
        }
    }
}
