import Foundation
import Testing
@testable import MaturityKit

/// Survey exports in each tool's layout (Tests/Fixtures/surveys), read as they come.
struct SurveyExportTests {
    static let folder = ConversionTests.root.appendingPathComponent("Tests/Fixtures/surveys")

    static func text(_ name: String) throws -> String {
        // Read as bytes, so that the byte order mark stays for the reader to handle.
        String(decoding: try Data(contentsOf: folder.appendingPathComponent(name)), as: UTF8.self)
    }

    static func questionnaire() throws -> Questionnaire {
        try ContentLoader.loadQuestionnaire(try text("survey-mini.questionnaire.yaml"), path: "survey-mini.questionnaire.yaml")
    }

    static func mapping(_ name: String = "surveymonkey.mapping.yaml") throws -> AnswerMapping {
        try ContentLoader.loadMapping(try text(name), path: name)
    }

    static func answers(_ name: String, layout: SurveyLayout? = nil, mapping: AnswerMapping? = nil) throws -> (SurveyExport, ImportedAnswers) {
        let q = try questionnaire()
        let export = try SurveyExport.read(try text(name), path: name, layout: layout, questionnaire: q, mapping: mapping)
        let imported = try SurveyImport.answers(export, path: name, questionnaire: q, mapping: mapping, organisation: "Test Org",
                                                date: CalendarDate(year: 2026, month: 1, day: 12), defaultRole: "respondent")
        return (export, imported)
    }

    static func choices(_ respondent: Respondent) -> [String: String] {
        respondent.answers.mapValues(\.choice.id)
    }

    @Test func surveyMonkeyWithBOMAndCRLFMatrixAndMultiSelect() throws {
        let (export, imported) = try Self.answers("surveymonkey.csv", mapping: try Self.mapping())
        #expect(export.layout == .surveymonkey)
        let respondents = imported.answers.respondents
        #expect(respondents.map(\.id) == ["11800001", "11800002", "11800003"])
        #expect(Self.choices(respondents[0]) == ["S-01": "yes", "S-02": "agree", "S-03": "disagree", "S-04": "yes", "S-05": "no"])
        #expect(Self.choices(respondents[1]) == ["S-01": "no", "S-02": "strongly-agree", "S-03": "neutral", "S-04": "yes", "S-05": "yes"])
        // Nothing ticked in the multiple-choice question: no answer, not "no".
        #expect(Self.choices(respondents[2]) == ["S-01": "yes"])
    }

    @Test func surveyMonkeyMissingItsSecondHeaderRowIsOneLocatedError() throws {
        let q = try Self.questionnaire()
        #expect(throws: ContentError([.error(SourceLocation(file: "sm.csv", line: 2, column: 1),
            "a SurveyMonkey export has a second header row under the question texts ('Response', 'Open-Ended Response' or the options), but row 2 holds a response ('11800001' under 'Respondent ID'); export the responses again as expanded CSV, or name the layout the file has with --layout")])) {
            try SurveyExport.read(try Self.text("surveymonkey-one-header-row.csv"), path: "sm.csv", layout: nil, questionnaire: q, mapping: nil)
        }
    }

    @Test func aColumnMappedTwiceIsOneLocatedError() throws {
        let q = try Self.questionnaire()
        let mapping = try Self.mapping("surveymonkey-twice.mapping.yaml")
        let export = try SurveyExport.read(try Self.text("surveymonkey.csv"), path: "sm.csv", layout: .surveymonkey, questionnaire: q, mapping: mapping)
        #expect(throws: ContentError([.error(SourceLocation(file: "sm.csv", line: 1, column: 11),
            "column 'Do you have a written open source policy?' holds the answers to S-01, like column 10; keep one of them, or list the other under 'ignore' in the mapping")])) {
            try SurveyImport.answers(export, path: "sm.csv", questionnaire: q, mapping: mapping, organisation: "Test Org",
                                     date: CalendarDate(year: 2026, month: 1, day: 12), defaultRole: "respondent")
        }
    }

    @Test func qualtricsThreeHeaderRowsAndUnfinishedResponsesLeftOut() throws {
        let (export, imported) = try Self.answers("qualtrics.csv")
        #expect(export.layout == .qualtrics)
        #expect(imported.answers.respondents.map(\.id) == ["R_1aBcDeFgHiJkLmN"])
        #expect(Self.choices(imported.answers.respondents[0]) == ["S-01": "yes", "S-02": "agree", "S-03": "strongly-agree"])
        #expect(imported.warnings.map(\.description) == ["qualtrics.csv:5:7: warning: an unfinished response (Finished is False) is left out; --include-incomplete imports it"])
    }

    @Test func googleFormsGridRows() throws {
        let (export, imported) = try Self.answers("google-forms.csv")
        #expect(export.layout == .googleForms)
        #expect(imported.answers.respondents.map(\.id) == ["row-2", "row-3"])
        #expect(Self.choices(imported.answers.respondents[1]) == ["S-01": "no", "S-02": "neutral", "S-03": "strongly-agree"])
    }

    @Test func microsoftFormsMetadataIsNeverAnAnswer() throws {
        let (export, imported) = try Self.answers("ms-forms.csv")
        #expect(export.layout == .msForms)
        #expect(imported.answers.respondents.map(\.id) == ["1", "2"])
        #expect(Self.choices(imported.answers.respondents[0]) == ["S-01": "yes", "S-02": "agree", "S-03": "agree"])
    }

    @Test func populationOneAnswerSetPerOrganisation() throws {
        let q = try Self.questionnaire()
        let mapping = try Self.mapping()
        let export = try SurveyExport.read(try Self.text("surveymonkey.csv"), path: "sm.csv", layout: nil, questionnaire: q, mapping: mapping)
        let (sets, _) = try SurveyImport.population(export, path: "sm.csv", questionnaire: q, mapping: mapping, organisationColumn: "Company",
                                                    date: CalendarDate(year: 2026, month: 1, day: 12), defaultRole: "respondent")
        #expect(sets.map(\.organisation) == ["Acme Tools", "Globex Shipping", "Initech"])
        #expect(throws: ContentError([.error(SourceLocation(file: "sm.csv", line: 1, column: 1),
            "no column 'Organisation' in the header; give the header of the column that names each organisation with --organisation-column, as the export writes it")])) {
            try SurveyImport.population(export, path: "sm.csv", questionnaire: q, mapping: mapping, organisationColumn: "Organisation",
                                        date: CalendarDate(year: 2026, month: 1, day: 12), defaultRole: "respondent")
        }
    }

    @Test func googleFormsChoicesJoinedWithCommasAreSplit() throws {
        let (export, imported) = try Self.answers("google-forms-choices.csv")
        // The joined column is left out; its two options are columns 5 and 6, after the file's four.
        #expect(export.header.suffix(2) == ["A software inventory", "A licence scanner"])
        #expect(export.metadata.contains("Which of these do you use?"))
        let respondents = imported.answers.respondents
        #expect(Self.choices(respondents[0]) == ["S-01": "yes", "S-04": "yes", "S-05": "yes"])
        #expect(Self.choices(respondents[1]) == ["S-01": "no", "S-04": "no", "S-05": "yes"])
        // An empty cell chose nothing: no answer, not "no".
        #expect(Self.choices(respondents[2]) == ["S-01": "yes"])
    }

    @Test func microsoftFormsChoicesJoinedWithSemicolonsAreSplit() throws {
        let (_, imported) = try Self.answers("ms-forms-choices.csv")
        let respondents = imported.answers.respondents
        #expect(Self.choices(respondents[0]) == ["S-01": "yes", "S-04": "yes", "S-05": "yes"])
        // Respondent 2 chose the inventory only: the scanner, chosen by respondent 1, is "no".
        #expect(Self.choices(respondents[1]) == ["S-01": "no", "S-04": "yes", "S-05": "no"])
    }

    @Test func qualtricsChoicesJoinedWithCommasFollowTheMapping() throws {
        // The options are spelt otherwise than the questions: the mapping names them.
        let mapping = try ContentLoader.loadMapping("""
            format: ospo/mapping@1
            questionnaire: survey-mini
            questions:
              "An inventory, kept up to date": S-04
              "A scanner": S-05
            """, path: "q.mapping.yaml")
        let text = """
            StartDate,Finished,ResponseId,S-01,Q4
            Start Date,Finished,Response ID,We have a written open source policy.,Which of these do you use? - Selected Choice
            "{""ImportId"":""startDate""}","{""ImportId"":""finished""}","{""ImportId"":""_recordId""}","{""ImportId"":""QID1""}","{""ImportId"":""QID4""}"
            2026-01-12 09:00:00,True,R_1,Yes,"An inventory, kept up to date,A scanner"
            2026-01-12 10:00:00,True,R_2,No,A scanner

            """
        let q = try Self.questionnaire()
        let export = try SurveyExport.read(text, path: "q.csv", layout: .qualtrics, questionnaire: q, mapping: mapping)
        let imported = try SurveyImport.answers(export, path: "q.csv", questionnaire: q, mapping: mapping, organisation: "Test Org",
                                                date: CalendarDate(year: 2026, month: 1, day: 12), defaultRole: "respondent")
        #expect(Self.choices(imported.answers.respondents[0]) == ["S-01": "yes", "S-04": "yes", "S-05": "yes"])
        #expect(Self.choices(imported.answers.respondents[1]) == ["S-01": "no", "S-04": "no", "S-05": "yes"])
    }

    @Test func aColumnWhoseAnswersAreNotOptionsIsNotSplit() throws {
        // "Yes" names no question: the column stays one column, read as it is.
        #expect(SurveyChoiceList.choices("Yes, A licence scanner", separator: ",",
                                         options: ["a licence scanner": "A licence scanner"]) == nil)
        // An option whose own text holds the separator is found whole.
        #expect(SurveyChoiceList.choices("Yes, always;A scanner;", separator: ";",
                                         options: ["yes, always": "Yes, always", "a scanner": "A scanner"]) == ["yes, always", "a scanner"])
        #expect(SurveyChoiceList.choices("Yes, always, A scanner", separator: ",",
                                         options: ["yes, always": "Yes, always", "a scanner": "A scanner"]) == ["yes, always", "a scanner"])
    }
}
