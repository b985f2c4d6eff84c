import Testing
@testable import MaturityKit

struct LoaderTests {
    @Test func optionIdsStayTextNotBooleans() throws {
        let text = """
        format: ospo/answers@1
        questionnaire: q
        organisation: Org
        date: 2026-03-01
        respondents:
          - id: r1
            role: executive
            answers:
              A: yes
              B: no
              C: on
              D: null
              E: { answer: off, note: n }
        """
        let answers = try ContentLoader.loadAnswers(text, path: "a.yaml")
        let r1 = try #require(answers.respondents.first)
        // docs/content-format.md: option ids are compared as written, so yes/no/on/off/null are text.
        #expect(r1.answers["A"]?.choice == .option("yes"))
        #expect(r1.answers["B"]?.choice == .option("no"))
        #expect(r1.answers["C"]?.choice == .option("on"))
        #expect(r1.answers["D"]?.choice == .option("null"))
        #expect(r1.answers["E"]?.choice == .option("off"))
        #expect(answers.date == CalendarDate(year: 2026, month: 3, day: 1))
    }

    @Test func unknownAndNAAreRecognised() throws {
        #expect(AnswerChoice("unknown") == .unknown)
        #expect(AnswerChoice("na") == .notApplicable)
        #expect(AnswerChoice("yes") == .option("yes"))
    }

    @Test func everyProblemOfAFileIsReportedWithItsLocation() {
        let text = """
        format: ospo/rubric@1
        id: r
        title: R
        version: 1.0.0
        scale: [{ level: 0, name: A }, { level: 1, name: B }]
        dimensions:
          - id: d
            title: D
            colour: blue
            levels: { 0: x, 1: y }
            actions:
              - { id: d.a, title: A, level: 1, effort: lots, impact: 2, roles: [x] }
              - { id: d.b, level: 1, effort: 2, impact: 7, roles: [x] }
        """
        let (_, diagnostics) = ContentLoader.load(text, path: "r.yaml")
        let lines = Set(diagnostics.map(\.description))
        #expect(lines == [
            "r.yaml:9:5: error: unknown key 'colour'",
            // Line 12 is 6 spaces + "- { id: d.a, title: A, level: 1, effort: " (41 characters): 'lots' at column 48.
            "r.yaml:12:48: error: expected a number, found 'lots'",
            // A missing key is reported at the mapping, whose "{" is at column 9.
            "r.yaml:13:9: error: missing required key 'title'",
            // 6 spaces + "- { id: d.b, level: 1, effort: 2, impact: " (42 characters): '7' at column 49.
            "r.yaml:13:49: error: 'impact' must be from 1 to 5, found 7",
        ])
    }

    @Test func syntaxErrorsAreLocated() {
        let (document, diagnostics) = ContentLoader.load("format: ospo/roles@1\nroles:\n  - id: a\n    title: [x\n", path: "bad.yaml")
        #expect(document == nil)
        #expect(diagnostics.count == 1)
        #expect(diagnostics.first?.location.line == 5)
        #expect(diagnostics.first?.message.hasPrefix("YAML syntax error") == true)
    }

    @Test func duplicateKeysAreErrors() {
        let (_, diagnostics) = ContentLoader.load("format: ospo/roles@1\nroles: []\nroles: []\n", path: "d.yaml")
        #expect(diagnostics.map(\.description) == ["d.yaml:3:1: error: duplicate key 'roles'"])
    }

    @Test func wrongKindIsRefused() {
        #expect(throws: ContentError.self) {
            try ContentLoader.loadRubric("format: ospo/roles@1\nroles: []\n", path: "x.yaml")
        }
    }

    @Test func longCSVLoadsWithNotesAndSemicolons() throws {
        let csv = "\u{FEFF}respondent;role;question;answer;note\r\nr1;executive;STR-01;yes;\"Board, yes\nsecond line\"\r\nr1;executive;STR-02;no;\r\nr2;engineer;STR-01;unknown;\r\n"
        let answers = try AnswersCSVLoader.load(csv, path: "a.csv", questionnaire: "q", organisation: "Org",
                                                date: CalendarDate(year: 2026, month: 1, day: 1))
        #expect(answers.respondents.map(\.id) == ["r1", "r2"])
        #expect(answers.respondents[0].answers["STR-01"]?.note == "Board, yes\nsecond line")
        #expect(answers.respondents[0].answers["STR-02"]?.choice == .option("no"))
        #expect(answers.respondents[1].answers["STR-01"]?.choice == .unknown)
    }

    @Test func longCSVReportsEveryBadRow() {
        let csv = "respondent,role,question,answer,colour\nr1,executive,STR-01,,\nr1,engineer,STR-02,yes,\n"
        #expect {
            try AnswersCSVLoader.load(csv, path: "a.csv", questionnaire: "q", organisation: "O",
                                      date: CalendarDate(year: 2026, month: 1, day: 1))
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.diagnostics.map(\.description) == ["a.csv:1:5: error: unknown column 'colour'; the long form has respondent, role, question, answer, note, name, evidence, justification"]
        }
        let rows = "respondent,role,question,answer\nr1,executive,STR-01,\nr1,engineer,STR-02,yes\nr1,executive,STR-01,no\n"
        #expect {
            try AnswersCSVLoader.load(rows, path: "a.csv", questionnaire: "q", organisation: "O",
                                      date: CalendarDate(year: 2026, month: 1, day: 1))
        } throws: { error in
            guard let error = error as? ContentError else { return false }
            return error.diagnostics.map(\.description) == [
                "a.csv:2:4: error: 'answer' is empty",
                "a.csv:3:2: error: respondent 'r1' has role 'executive' on an earlier row, 'engineer' here",
            ]
        }
    }

    @Test func anEmptyAnswerInYAMLIsNoAnswer() throws {
        let text = """
        format: ospo/answers@1
        questionnaire: q
        organisation: Org
        date: 2026-03-01
        respondents:
          - id: r1
            role: engineer
            answers:
              STR-01:
              STR-02: ~
              POL-01: null
        """
        let answers = try ContentLoader.loadAnswers(text, path: "a.yaml")
        // `null` written out stays an option id, as the format says.
        #expect(answers.respondents[0].answerOrder == ["POL-01"])
        #expect(answers.respondents[0].answers["POL-01"]?.choice == .option("null"))
    }

    @Test func calendarArithmetic() {
        let start = CalendarDate(year: 2026, month: 1, day: 31)
        #expect(start.addingMonths(1) == CalendarDate(year: 2026, month: 2, day: 28))
        #expect(start.addingMonths(13) == CalendarDate(year: 2027, month: 2, day: 28))
        #expect(CalendarDate(year: 2024, month: 3, day: 1).addingDays(-1) == CalendarDate(year: 2024, month: 2, day: 29))
        #expect(CalendarDate(dayNumber: 0) == CalendarDate(year: 1970, month: 1, day: 1))
        #expect(CalendarDate(iso: "2026-02-30") == nil)
    }
}
