import Testing
import MaturityKit
@testable import MaturityReports

/// What the organisation's context does to what is rendered: a question that
/// does not apply is absent from score reports, a scaled effort is shown
/// with how it was scaled, a money measure with its currency, and a form
/// puts the context first.
struct ContextRenderTests {
    static let rubric = """
    format: ospo/rubric@1
    id: mod
    title: Module
    version: 1.0.0
    scale: [{ level: 0, name: L0 }, { level: 1, name: L1 }, { level: 2, name: L2 }]
    dimensions:
      - id: alpha
        title: Alpha
        levels: { 0: a0, 1: a1, 2: a2 }
        actions:
          - id: alpha.inventory
            title: Take an inventory
            level: 1
            effort: { days: 10, scales_with: size }
            impact: 4
            roles: [lead]
            measures: [{ id: alpha.inventory.fund, name: Fund paid, unit: currency, currency: EUR, direction: up, target: 5000 }]
          - { id: alpha.public, title: Public only, level: 2, effort: 3, impact: 3, roles: [lead], when: { context: sector, in: [public] } }
    """
    static let questionnaire = """
    format: ospo/questionnaire@1
    id: q
    title: Q
    version: 1.0.0
    rubrics: [mod]
    scales:
      yesno: [{ id: "no", label: "No", value: 0 }, { id: "yes", label: "Yes", value: 1 }]
    context:
      - id: sector
        text: Kind of organisation?
        options: [{ id: public, label: Public body }, { id: private, label: Private company }]
      - id: size
        text: How many people?
        options: [{ id: small, label: Fewer than 250, effort_factor: 0.5 }, { id: large, label: More than 2500, effort_factor: 2 }]
    sections:
      - id: s
        title: S
        questions:
          - { id: Q1, text: Is there an inventory?, dimension: alpha, scale: yesno }
          - { id: Q2, text: Is public code reused?, dimension: alpha, scale: yesno, when: { context: sector, in: [public] } }
    """

    static func scorecard() throws -> Scorecard {
        let engine = ScoringEngine(questionnaire: try ContentLoader.loadQuestionnaire(questionnaire, path: "q.yaml"),
                                   rubrics: [try ContentLoader.loadRubric(rubric, path: "mod.yaml")])
        return engine.score(try ContentLoader.loadAnswers("""
        format: ospo/answers@1
        questionnaire: q
        organisation: Org
        date: 2026-01-01
        context: { sector: private, size: large }
        respondents:
          - { id: r1, role: any, answers: { Q1: "no", Q2: "yes" } }
        """, path: "a.yaml"))
    }

    @Test func aQuestionThatDoesNotApplyIsAbsentFromTheScoreReports() throws {
        let card = try Self.scorecard()
        let markdown = ScorecardMarkdown.render(card, explain: true)
        #expect(markdown.contains("**Context:** sector Private company · size More than 2500"))
        #expect(ScorecardText.render(card).contains("Context: sector Private company · size More than 2500"))
        #expect(markdown.contains("Q1"))
        #expect(!markdown.contains("Q2"))
        // The JSON names Q2 only in the warning about the answer given to it.
        let json = try ScorecardJSON.render(card, explain: true)
        #expect(json.components(separatedBy: "Q2").count == 2)
        #expect(json.contains("ignored: Q2 does not apply to this organisation's context (respondent 'r1')"))
    }

    @Test func aPlanShowsTheScaledEffortAndTheCurrency() throws {
        let card = try Self.scorecard()
        let profile = try ContentLoader.loadProfile("""
        format: ospo/profile@1
        default_target: 2
        plan: { start: 2026-01-05, phase_months: 3, phases: 2, capacity: 30 }
        """, path: "p.yaml")
        let roadmap = try Planner(rubrics: [try ContentLoader.loadRubric(Self.rubric, path: "mod.yaml")]).plan(card, profile: profile)
        let text = PlanText.render(roadmap)
        // Large band: 10 × 2 = 20 person-days; alpha.public is not planned for a private company.
        #expect(text.contains("alpha level 1, 20 person-days (10 × 2, size band: More than 2500), impact 4"))
        #expect(text.contains("Fund paid: at least 5000 EUR by"))
        #expect(!text.contains("alpha.public"))
        #expect(PlanMarkdown.render(roadmap).contains("| 20 (10 × 2, size band: More than 2500) |"))
        let json = try PlanJSON.render(roadmap)
        #expect(json.contains("\"effort_scaling\""))
        #expect(json.contains("\"currency\" : \"EUR\""))
    }

    @Test func formsPutTheContextFirst() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let yaml = FormYAML.render(questionnaire, organisation: "Org", date: CalendarDate(year: 2026, month: 1, day: 1))
        #expect(yaml.contains("""
        context:  # about the organisation, once per assessment; leave a fact empty if not known
          # Kind of organisation?
          sector:  # public = Public body, private = Private company
        """))
        // The skeleton loads as it is, with no context stated.
        let withRole = yaml.replacingOccurrences(of: "    role:  #", with: "    role: any  #")
        #expect(try ContentLoader.loadAnswers(withRole, path: "form.yaml").context.isEmpty)
        let filled = withRole.replacingOccurrences(of: "  sector:  #", with: "  sector: private  #")
        #expect(try ContentLoader.loadAnswers(filled, path: "form.yaml").context == OrganisationContext(["sector": "private"]))
        let markdown = FormMarkdown.render(questionnaire)
        let context = try #require(markdown.range(of: "## Organisation context"))
        let firstSection = try #require(markdown.range(of: "## S"))
        #expect(context.lowerBound < firstSection.lowerBound)
        #expect(markdown.contains("*Only if* context sector is \"Public body\""))
    }

    @Test func theCSVAndHTMLFormsCarryTheContext() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let csv = FormCSV.render(questionnaire)
        #expect(csv.hasPrefix("respondent,name,role,context: sector,context: size,Q1,Q2\r\n#allowed,,any role id,public|private,small|large,"))
        // Filled in and read back: the context comes from the first respondent's row.
        let filled = csv + "r1,,any,private,large,no,\r\n"
        let imported = try WideCSVLoader.load(filled, path: "form.csv", questionnaire: questionnaire, organisation: "Org",
                                              date: CalendarDate(year: 2026, month: 1, day: 1))
        #expect(imported.answers.context == OrganisationContext(["sector": "private", "size": "large"]))
        let html = FormHTML.render(questionnaire)
        let context = try #require(html.range(of: "<h2>Organisation context</h2>"))
        let firstSection = try #require(html.range(of: "<h2>S</h2>"))
        #expect(context.lowerBound < firstSection.lowerBound)
    }
}
