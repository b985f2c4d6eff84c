import Foundation
import Testing
@testable import MaturityKit

/// The wide CSV importer: headers, cells, mappings, dialects, and every
/// problem reported at its row and column with nothing returned.
struct WideCSVLoaderTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let date = CalendarDate(year: 2026, month: 3, day: 1)

    static let questionnaire: Questionnaire = {
        let text = """
        format: ospo/questionnaire@1
        id: wq
        title: Wide test
        version: 1.0.0
        rubrics: [mod]
        scales:
          yesno:
            - { id: "no", label: "No", value: 0 }
            - { id: "yes", label: "Yes", value: 1 }
          coverage:
            - { id: none, label: "No", value: 0 }
            - { id: some, label: "Yes, in some teams", value: 0.25 }
            - { id: all, label: "Yes, everywhere", value: 1 }
        roles:
          executive: { title: Executive sponsor, weight: 2 }
          engineer: { title: Engineer }
        sections:
          - id: s
            title: S
            questions:
              - { id: STR-01, text: Does the organisation have a written open source strategy?, dimension: alpha, scale: yesno }
              - { id: STR-02, text: How many teams follow it?, dimension: alpha, scale: coverage, allow_na: true }
              - { id: POL-01, text: Is there a usage policy?, dimension: beta, scale: yesno, roles: [executive] }
        """
        do {
            return try ContentLoader.loadQuestionnaire(text, path: "wq.yaml")
        } catch {
            fatalError("the test questionnaire does not load: \(error)")
        }
    }()

    static func pulse() throws -> Questionnaire {
        let url = root.appendingPathComponent("questionnaires/ospo-pulse.yaml")
        return try ContentLoader.loadQuestionnaire(try String(contentsOf: url, encoding: .utf8), path: "questionnaires/ospo-pulse.yaml")
    }

    static func fixture(_ name: String) throws -> String {
        let url = root.appendingPathComponent("Tests/Fixtures/wide/\(name)")
        // Read the bytes as they are: the BOM and CRLF must reach the loader.
        return String(decoding: try Data(contentsOf: url), as: UTF8.self)
    }

    static func load(_ csv: String, mapping: String? = nil, questionnaire: Questionnaire = questionnaire) throws -> ImportedAnswers {
        let map = try mapping.map { try ContentLoader.loadMapping($0, path: "map.yaml") }
        return try WideCSVLoader.load(csv, path: "w.csv", questionnaire: questionnaire, mapping: map,
                                      organisation: "Org", date: date)
    }

    /// The messages of the ContentError `body` throws, as printed.
    static func errors(_ body: () throws -> Void) -> [String] {
        do {
            try body()
            return ["no error thrown"]
        } catch let error as ContentError {
            return error.diagnostics.sortedForDisplay().map(\.description)
        } catch {
            return ["unexpected error \(error)"]
        }
    }

    static func choices(_ respondent: Respondent) -> [String: String] {
        respondent.answers.mapValues(\.choice.id)
    }

    // MARK: - Headers and cells

    @Test func headersAreIdsTextsLooseTextsOrBracketedIds() throws {
        let csv = """
        respondent,ROLE,STR-01,"  how many   TEAMS follow it? ",Usage policy in place? [POL-01]
        r1,executive,yes,all,no

        """
        let answers = try Self.load(csv).answers
        let r1 = try #require(answers.respondents.first)
        #expect(r1.role == "executive")
        #expect(Self.choices(r1) == ["STR-01": "yes", "STR-02": "all", "POL-01": "no"])
        // Answers are located at their cells, for the validator's messages.
        #expect(r1.location(ofAnswerValue: "POL-01") == SourceLocation(file: "w.csv", line: 2, column: 5))
    }

    @Test func cellsAreOptionIdsOrLabelsInAnyCaseAndTheUsualSpellingsOfDontKnowAndNA() throws {
        let csv = """
        respondent,name,role,STR-01,STR-02
        r1,Ada Lovelace,Executive Sponsor,YES,"yes, IN some  teams"
        r2,,engineer,Don’t know,N/A: no team has started yet
        r3,,engineer,,not applicable:   only one team
        r4,,engineer,no,Unknown

        """
        let answers = try Self.load(csv).answers
        #expect(answers.respondents.map(\.id) == ["r1", "r2", "r3", "r4"])
        #expect(answers.respondents.map(\.role) == ["executive", "engineer", "engineer", "engineer"])
        #expect(answers.respondents[0].name == "Ada Lovelace")
        #expect(answers.respondents[1].name == nil)
        #expect(Self.choices(answers.respondents[0]) == ["STR-01": "yes", "STR-02": "some"])
        #expect(Self.choices(answers.respondents[1]) == ["STR-01": "unknown", "STR-02": "na"])
        #expect(answers.respondents[1].answers["STR-02"]?.justification == "no team has started yet")
        // A blank cell is no answer.
        #expect(Self.choices(answers.respondents[2]) == ["STR-02": "na"])
        #expect(answers.respondents[2].answers["STR-02"]?.justification == "only one team")
        #expect(Self.choices(answers.respondents[3]) == ["STR-01": "no", "STR-02": "unknown"])
    }

    @Test func hashRowsBlankRowsAndMissingRespondentIdsAreHandled() throws {
        let csv = """
        respondent,role,STR-01
        #allowed,executive|engineer,no|yes|unknown
        ,engineer,no
        ,,
        r9,executive,yes

        """
        let answers = try Self.load(csv).answers
        // Without an id, a respondent is named after its row (row 3 here).
        #expect(answers.respondents.map(\.id) == ["row-3", "r9"])
    }

    @Test func everyBadCellIsReportedAtOnceAndNothingIsReturned() {
        let csv = """
        respondent,role,STR-01,Colour,STR-02,,POL-01
        r1,ceo,maybe,blue,na,,yes
        r1,,yes,,"some",stray,not applicable
        bad id!,engineer,yes,,,,,extra

        """
        let messages = Self.errors { _ = try Self.load(csv) }
        #expect(messages == [
            "w.csv:1:4: error: column 'Colour' matches no question of 'wq' by id or text; map it under 'questions' in a mapping file (--mapping), or list it under 'ignore'",
            "w.csv:2:2: error: unknown role 'ceo'; questionnaire 'wq' has executive (Executive sponsor), engineer (Engineer). Map other texts under 'roles' in a mapping file (--mapping)",
            "w.csv:2:3: error: 'maybe' is not an answer to STR-01; it offers no (No), yes (Yes), unknown (Don't know). Map other texts under 'options' or 'question_options' in a mapping file (--mapping)",
            "w.csv:2:5: error: 'not applicable' on STR-02 needs a justification: write 'na: why' in the cell, add a note column for STR-02 under 'notes' in the mapping, or set 'na_justification' in the mapping",
            "w.csv:3:1: error: respondent 'r1' already answered on row 2; give each respondent one row",
            "w.csv:3:2: error: row 3 has no role; fill in one of executive (Executive sponsor), engineer (Engineer)",
            "w.csv:3:6: error: 'stray' is in a column with no header; give the column a header, or clear it",
            "w.csv:3:7: error: POL-01 does not allow 'not applicable'; answer 'unknown' (don't know) if nobody knows",
            "w.csv:4:1: error: 'bad id!' is not a valid respondent id (letters, digits, '.', '_' and '-', starting with a letter or digit); fix the cell or name another column under 'columns: { respondent: ... }' in the mapping",
            "w.csv:4:8: error: this cell lies beyond the last column of the header row (7 columns); add a header or clear it",
        ])
    }

    @Test func aFileWithoutARoleColumnSaysHowToNameIt() {
        let messages = Self.errors { _ = try Self.load("respondent,STR-01\nr1,yes\n") }
        #expect(messages == ["w.csv:1:1: error: no column holds the respondents' roles: add a 'role' column, or name the column that holds them under 'columns: { role: ... }' in a mapping file (--mapping)"])
    }

    @Test func aQuestionInTwoColumnsIsAnError() {
        let csv = "role,STR-01,Does the organisation have a written open source strategy?\nengineer,yes,no\n"
        #expect(Self.errors { _ = try Self.load(csv) } == [
            "w.csv:1:3: error: column 'Does the organisation have a written open source strategy?' holds the answers to STR-01, like column 2; keep one of them, or list the other under 'ignore' in the mapping",
        ])
    }

    // MARK: - Mapping

    static let mapping = """
    format: ospo/mapping@1
    questionnaire: wq
    columns: { respondent: Response ID, name: Full name, role: Your job }
    ignore: [Timestamp, E-mail]
    questions:
      Strategy written down?: STR-01
    notes:
      Comments on the strategy: STR-01
      Comments on coverage: STR-02
    options:
      Y: "yes"
      N: "no"
      Not sure: unknown
    question_options:
      STR-02: { "Nobody": none, "Everybody": all }
    roles:
      Boss: executive
    no_answer: [No answer]
    na_justification: Marked not applicable in the staff survey.
    """

    @Test func aMappingReadsOtherHeadersCellsAndRolesAndCarriesNotes() throws {
        let csv = """
        Response ID,Timestamp,E-mail,Full name,Your job,Strategy written down?,Comments on the strategy,STR-02,Comments on coverage
        1,2026-03-01 10:00,a@x.example,Ada,Boss,Y,"Signed off
        in January",Everybody,
        2,2026-03-01 11:00,b@x.example,,Engineer,not sure,,N/A,
        3,2026-03-01 12:00,c@x.example,,engineer,No answer,Nobody asked,Nobody,

        """
        let imported = try Self.load(csv, mapping: Self.mapping)
        let respondents = imported.answers.respondents
        #expect(respondents.map(\.id) == ["1", "2", "3"])
        #expect(respondents.map(\.role) == ["executive", "engineer", "engineer"])
        #expect(respondents[0].name == "Ada")
        #expect(Self.choices(respondents[0]) == ["STR-01": "yes", "STR-02": "all"])
        // A note with a line break inside its quoted cell.
        #expect(respondents[0].answers["STR-01"]?.note == "Signed off\nin January")
        #expect(Self.choices(respondents[1]) == ["STR-01": "unknown", "STR-02": "na"])
        #expect(respondents[1].answers["STR-02"]?.justification == "Marked not applicable in the staff survey.")
        #expect(Self.choices(respondents[2]) == ["STR-02": "none"])
        // Row 4 wrote a note on STR-01 but left it unanswered ("No answer").
        #expect(imported.warnings.map(\.description) == [
            "w.csv:4:7: warning: a note on STR-01, which row 4 leaves unanswered; the note is left out",
        ])
    }

    @Test func aNoteColumnJustifiesNotApplicable() throws {
        let mapping = "format: ospo/mapping@1\nnotes: { Why: STR-02 }\n"
        let answers = try Self.load("role,STR-02,Why\nengineer,na,We have one team.\n", mapping: mapping).answers
        #expect(answers.respondents[0].answers["STR-02"] == Answer(.notApplicable, justification: "We have one team."))
    }

    @Test func mappingProblemsAreLocatedInTheMappingFileWithTheCSVsOwn() {
        let mapping = """
        format: ospo/mapping@1
        questionnaire: wq
        columns: { role: Job title }
        questions: { Strategy?: STR-1 }
        options: { Maybe: perhaps }
        question_options:
          POL-01: { Partly: some }
          XYZ-9: { A: "yes" }
        roles: { Chief: ceo }
        """
        let messages = Self.errors { _ = try Self.load("Strategy?,STR-02\nmost,\n", mapping: mapping) }
        // "columns: { role: " is 17 characters, so 'Job title' starts at column 18.
        #expect(messages == [
            "map.yaml:3:18: error: column 'Job title' is not in the header row of w.csv; copy the header text exactly as the file writes it",
            "map.yaml:4:25: error: unknown question 'STR-1' in questionnaire 'wq'; did you mean 'STR-01'?",
            "map.yaml:5:19: error: 'perhaps' is not an answer to any question of 'wq'; the answers are all, na, no, none, some, unknown, yes",
            "map.yaml:7:21: error: 'some' is not an answer to POL-01; it offers no, yes, unknown",
            "map.yaml:8:3: error: unknown question 'XYZ-9' in questionnaire 'wq'",
            "map.yaml:9:17: error: unknown role 'ceo' (questionnaire 'wq' has executive, engineer)",
        ])
    }

    @Test func aMappingForAnotherQuestionnaireIsRefused() {
        let messages = Self.errors { _ = try Self.load("role,STR-01\nengineer,yes\n", mapping: "format: ospo/mapping@1\nquestionnaire: other\n") }
        #expect(messages == ["map.yaml:2:16: error: this mapping is for questionnaire 'other', but the answers are to 'wq'; use the mapping made for 'wq'"])
    }

    @Test func aMappingFileHasItsOwnStructuralChecks() {
        let text = """
        format: ospo/mapping@1
        columns: { role: Job, colour: x }
        ignore: [Job]
        options:
          Yes please: "yes"
          "yes  PLEASE": "no"
          "": "no"
        questions:
          A header: not an id
        """
        #expect(Self.errors { _ = try ContentLoader.loadMapping(text, path: "m.yaml") } == [
            "m.yaml:2:23: error: unknown key 'colour'",
            "m.yaml:3:10: error: column 'Job' is already mapped at line 2 (letter case and spaces do not count); map each column once",
            "m.yaml:6:3: error: 'yes  PLEASE' is already mapped at line 5 (letter case and spaces do not count)",
            "m.yaml:7:3: error: an empty text cannot be mapped; a blank cell is always no answer",
            "m.yaml:9:13: error: 'not an id' is not a valid identifier (letters, digits, '.', '_' and '-', starting with a letter or digit)",
        ])
    }

    // MARK: - Survey tools' exports (Tests/Fixtures/wide)

    @Test func limeSurveyExportWithBracketedCodesImportsWithItsMapping() throws {
        let mapping = try ContentLoader.loadMapping(try Self.fixture("limesurvey-mapping.yaml"), path: "limesurvey-mapping.yaml")
        let imported = try WideCSVLoader.load(try Self.fixture("limesurvey.csv"), path: "limesurvey.csv",
                                              questionnaire: try Self.pulse(), mapping: mapping, organisation: "Org", date: Self.date)
        #expect(imported.warnings.isEmpty)
        let respondents = imported.answers.respondents
        #expect(respondents.map(\.id) == ["1", "2", "3"])
        #expect(respondents.map(\.role) == ["manager", "engineer", "other"])
        #expect(Self.choices(respondents[0]) == ["P-01": "agree", "P-02": "strongly-agree", "P-07": "yes", "P-08": "agree", "P-17": "no"])
        #expect(respondents[0].answers["P-01"]?.note == "We discussed this\nat the offsite in March.")
        // "No answer" is a skipped question; "I don't know" is unknown.
        #expect(Self.choices(respondents[1]) == ["P-01": "neutral", "P-02": "disagree", "P-07": "no", "P-17": "yes", "P-18": "unknown"])
        #expect(Self.choices(respondents[2]) == ["P-02": "agree", "P-07": "yes", "P-08": "strongly-disagree", "P-17": "yes", "P-18": "agree"])
    }

    @Test func microsoftFormsExportWithQuestionTitlesAndChoiceTextsImportsWithItsMapping() throws {
        let mapping = try ContentLoader.loadMapping(try Self.fixture("microsoft-forms-mapping.yaml"), path: "microsoft-forms-mapping.yaml")
        let imported = try WideCSVLoader.load(try Self.fixture("microsoft-forms.csv"), path: "microsoft-forms.csv",
                                              questionnaire: try Self.pulse(), mapping: mapping, organisation: "Org", date: Self.date)
        #expect(imported.warnings.isEmpty)
        let respondents = imported.answers.respondents
        #expect(respondents.map(\.id) == ["1", "2", "3"])
        #expect(respondents.map(\.role) == ["engineer", "manager", "engineer"])
        #expect(respondents.map(\.name) == [nil, "Priya Raman", nil])
        #expect(Self.choices(respondents[0]) == ["P-03": "strongly-agree", "P-12": "disagree", "P-14": "unknown", "P-22": "yes"])
        #expect(respondents[0].answers["P-12"]?.note == "Only for the big releases,\nnot for patches.")
        #expect(Self.choices(respondents[1]) == ["P-03": "agree", "P-12": "agree", "P-14": "agree", "P-22": "no"])
        #expect(Self.choices(respondents[2]) == ["P-03": "agree", "P-12": "neutral", "P-14": "strongly-disagree", "P-22": "yes"])
    }

    @Test func semicolonSeparatedFileWithABOMAndCRLFImports() throws {
        let text = try Self.fixture("semicolon-bom-crlf.csv")
        #expect(text.hasPrefix("\u{FEFF}") && text.contains("\r\n"), "the fixture must keep its BOM and CRLF line ends")
        let mapping = try ContentLoader.loadMapping(try Self.fixture("semicolon-mapping.yaml"), path: "semicolon-mapping.yaml")
        let imported = try WideCSVLoader.load(text, path: "semicolon-bom-crlf.csv", questionnaire: try Self.pulse(),
                                              mapping: mapping, organisation: "Org", date: Self.date)
        let respondents = imported.answers.respondents
        #expect(respondents.map(\.id) == ["m1", "e1"])
        #expect(respondents.map(\.role) == ["manager", "engineer"])
        #expect(Self.choices(respondents[0]) == ["P-01": "strongly-agree", "P-02": "agree", "P-07": "yes", "P-17": "no"])
        // The semicolon and the CRLF inside the quoted note stay in it.
        #expect(respondents[0].answers["P-01"]?.note == "Strategie liegt vor;\nwird im Mai überarbeitet.")
        #expect(Self.choices(respondents[1]) == ["P-01": "disagree", "P-02": "unknown", "P-07": "no", "P-17": "yes"])
    }

    @Test func brokenExportFailsWithEveryProblemLocated() throws {
        let text = try Self.fixture("broken.csv")
        let pulse = try Self.pulse()
        let messages = Self.errors {
            _ = try WideCSVLoader.load(text, path: "broken.csv", questionnaire: pulse, organisation: "Org", date: Self.date)
        }
        let agreement = "strongly-disagree (Strongly disagree), disagree (Disagree), neutral (Neither agree nor disagree), agree (Agree), strongly-agree (Strongly agree), unknown (Don't know)"
        let yesno = "no (No), yes (Yes), unknown (Don't know)"
        let tail = "Map other texts under 'options' or 'question_options' in a mapping file (--mapping)"
        #expect(messages == [
            "broken.csv:1:4: error: column 'Favourite colour' matches no question of 'ospo-pulse' by id or text; map it under 'questions' in a mapping file (--mapping), or list it under 'ignore'",
            "broken.csv:3:2: error: row 3 has no role; fill in one of manager (Manager or team lead), engineer (Engineer, developer or technical specialist), other (Other role)",
            "broken.csv:3:5: error: 'Maybe' is not an answer to P-07; it offers \(yesno). \(tail)",
            "broken.csv:4:3: error: 'Totally' is not an answer to P-01; it offers \(agreement). \(tail)",
            "broken.csv:4:6: error: 'Nope' is not an answer to P-17; it offers \(yesno). \(tail)",
        ])
    }

    // MARK: - Dialect

    @Test func separatorsInsideQuotesDoNotDecideTheDialect() {
        #expect(CSVDialect.detectDelimiter("\"Is it a, b, or c?\";\"x, y\";z\n1,2,3\n") == ";")
        #expect(CSVDialect.detectDelimiter("a,b;c,d\n") == ",")
        #expect(CSVDialect.detectDelimiter("\"multi\nline; header\",b\n") == ",")
        #expect(CSVDialect.detectDelimiter("respondent\trole\t\"Is it a, b?\"\n") == "\t")
    }

    @Test func aTabSeparatedExportImports() throws {
        let answers = try Self.load("respondent\trole\tSTR-01\r\nr1\tengineer\tYes\r\n").answers
        #expect(Self.choices(answers.respondents[0]) == ["STR-01": "yes"])
    }

    @Test func aQuoteLeftOpenIsPointedOut() {
        let messages = Self.errors { _ = try Self.load("respondent,role,STR-01\nr1,engineer,\"yes\nr2,engineer,no\n") }
        #expect(messages == ["w.csv:2:3: error: the quote that opens this cell is never closed; close it, and write a quote inside a quoted cell as two (\"\")"])
    }
}
