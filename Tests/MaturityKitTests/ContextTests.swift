import Testing
@testable import MaturityKit

/// Organisation context: facts declared by a questionnaire, stated with the
/// answers, hiding questions, sections and actions that do not apply, and
/// scaling efforts by size band. Numbers worked out by hand in the comments.
struct ContextTests {
    // A 0–4 rubric with one dimension and three actions: one for everyone,
    // one for public bodies only, and one whose effort scales with size.
    static let rubric = """
    format: ospo/rubric@1
    id: mod
    title: Module
    version: 1.0.0
    scale:
      - { level: 0, name: Ad hoc }
      - { level: 1, name: Aware }
      - { level: 2, name: Defined }
      - { level: 3, name: Integrated }
      - { level: 4, name: Leading }
    dimensions:
      - id: alpha
        title: Alpha
        levels: { 0: a0, 1: a1, 2: a2, 3: a3, 4: a4 }
        actions:
          - { id: alpha.everyone, title: Everyone, level: 1, effort: 4, impact: 3, roles: [lead] }
          - id: alpha.public
            title: Public only
            level: 1
            effort: 6
            impact: 3
            roles: [lead]
            when: { context: sector, in: [public] }
          - id: alpha.inventory
            title: Inventory
            level: 2
            effort: { days: 10, scales_with: size }
            impact: 3
            roles: [lead]
            requires: [alpha.public]
            measures:
              - { id: alpha.inventory.fund, name: Fund, unit: currency, currency: EUR, direction: up, target: 500 }
              - { id: alpha.inventory.public, name: Public reuse, unit: count, direction: up, target: 2, when: { context: sector, in: [public] } }
    """

    static let roles = """
    format: ospo/roles@1
    roles:
      - { id: lead, title: Lead }
    """

    // Q1 for everyone; Q2 for public bodies; section "pub" for public bodies.
    static let questionnaire = """
    format: ospo/questionnaire@1
    id: q
    title: Q
    version: 1.0.0
    rubrics: [mod]
    scales:
      yesno:
        - { id: "no", label: "No", value: 0 }
        - { id: "yes", label: "Yes", value: 1 }
    context:
      - id: sector
        text: What kind of organisation?
        options:
          - { id: public, label: Public body }
          - { id: private, label: Private company }
      - id: size
        text: How large?
        options:
          - { id: small, label: Small, effort_factor: 0.5 }
          - { id: large, label: Large, effort_factor: 2 }
    sections:
      - id: all
        title: All
        questions:
          - { id: Q1, text: One, dimension: alpha, scale: yesno }
          - { id: Q2, text: Two, dimension: alpha, scale: yesno, when: { context: sector, in: [public] } }
      - id: pub
        title: Public
        when: { context: sector, not_in: [private] }
        questions:
          - { id: Q3, text: Three, dimension: alpha, scale: yesno }
    """

    static func answers(context: String) -> String {
        """
        format: ospo/answers@1
        questionnaire: q
        organisation: Org
        date: 2026-01-01
        \(context)
        respondents:
          - id: r1
            role: anyone
            answers: { Q1: "yes", Q2: "no", Q3: "no" }
        """
    }

    static func engine() throws -> ScoringEngine {
        ScoringEngine(questionnaire: try ContentLoader.loadQuestionnaire(questionnaire, path: "q.yaml"),
                      rubrics: [try ContentLoader.loadRubric(rubric, path: "mod.yaml")])
    }

    @Test func aContextFactHidesAQuestionAndASectionFromTheScore() throws {
        let engine = try Self.engine()
        let privateAnswers = try ContentLoader.loadAnswers(Self.answers(context: "context: { sector: private }"), path: "a.yaml")
        let card = engine.score(privateAnswers)
        // Only Q1 applies: 4 × 1 = 4.00. Q2 and Q3 are left out, not N/A.
        #expect(card.dimension("alpha")?.score == 4)
        #expect(card.dimension("alpha")?.questions.map(\.id) == ["Q1"])
        #expect(card.context == [ContextValue(fact: "sector", text: "What kind of organisation?", value: "private", label: "Private company")])
        #expect(card.warnings.map(\.message) == [
            "ignored: Q2 does not apply to this organisation's context (respondent 'r1')",
            "ignored: Q3 does not apply to this organisation's context (respondent 'r1')",
        ])
        let publicAnswers = try ContentLoader.loadAnswers(Self.answers(context: "context: { sector: public }"), path: "a.yaml")
        // All three apply: 4 × (1 + 0 + 0) / 3 = 1.33.
        let publicCard = engine.score(publicAnswers)
        #expect(publicCard.dimension("alpha")?.questions.map(\.id) == ["Q1", "Q2", "Q3"])
        #expect(abs((publicCard.dimension("alpha")?.score ?? 0) - 4.0 / 3) < 1e-12)
    }

    @Test func aFactNotStatedCountsAsApplyingWithANoteOnlyWhenSomeContextIsStated() throws {
        let engine = try Self.engine()
        // No context at all (a file from before context): everything applies, no note.
        let old = engine.score(try ContentLoader.loadAnswers(Self.answers(context: ""), path: "a.yaml"))
        #expect(old.dimension("alpha")?.questions.count == 3)
        #expect(old.warnings.isEmpty)
        // Size stated, sector not: Q2 and Q3 apply, and a note says why.
        let partial = engine.score(try ContentLoader.loadAnswers(Self.answers(context: "context: { size: small }"), path: "a.yaml"))
        #expect(partial.dimension("alpha")?.questions.count == 3)
        #expect(partial.warnings.map(\.message) == ["context fact 'sector' is not stated, so the questions that depend on it are scored as if they applied; state it under 'context:' in the answers"])
    }

    @Test func theQuestionnaireForAContextDropsWhatDoesNotApply() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let forPrivate = questionnaire.applying(OrganisationContext(["sector": "private"]))
        #expect(forPrivate.sections.map(\.id) == ["all"])
        #expect(forPrivate.questions.map(\.id) == ["Q1"])
        #expect(questionnaire.applying(OrganisationContext()).questions.map(\.id) == ["Q1", "Q2", "Q3"])
    }

    static func plan(context: [ContextValue]) throws -> Roadmap {
        let rubric = try ContentLoader.loadRubric(rubric, path: "mod.yaml")
        let profile = try ContentLoader.loadProfile("""
        format: ospo/profile@1
        default_target: 2
        plan: { start: 2026-01-05, phase_months: 3, phases: 4, capacity: 50 }
        """, path: "p.yaml")
        return try Planner(rubrics: [rubric]).plan(levels: ["alpha": 0], profile: profile, context: context)
    }

    @Test func aPlanLeavesOutActionsThatDoNotApplyAndScalesEfforts() throws {
        let large = ContextValue(fact: "size", text: "How large?", value: "large", label: "Large", effortFactor: 2)
        let privateLarge = try Self.plan(context: [ContextValue(fact: "sector", text: "", value: "private", label: "Private company"), large])
        let scheduled = privateLarge.phases.flatMap(\.actions)
        // alpha.public does not apply; alpha.inventory no longer waits for it.
        #expect(scheduled.map(\.id).sorted() == ["alpha.everyone", "alpha.inventory"])
        let inventory = try #require(scheduled.first { $0.id == "alpha.inventory" })
        // 10 person-days × 2 for the large band = 20.
        #expect(inventory.effort == 20)
        #expect(inventory.scaling == EffortScaling(days: 10, factor: 2, band: "Large"))
        // The public-only measure is left out; the money measure keeps its currency.
        #expect(inventory.measures.map(\.id) == ["alpha.inventory.fund"])
        #expect(inventory.measures.first?.measure.currency == "EUR")

        // A public body gets all three, and without a size band the effort is as written.
        let publicBody = try Self.plan(context: [ContextValue(fact: "sector", text: "", value: "public", label: "Public body")])
        let all = publicBody.phases.flatMap(\.actions)
        #expect(all.map(\.id).sorted() == ["alpha.everyone", "alpha.inventory", "alpha.public"])
        #expect(all.first { $0.id == "alpha.inventory" }?.effort == 10)
        #expect(all.first { $0.id == "alpha.inventory" }?.scaling == nil)
    }

    @Test func aScorecardCarriesItsContextIntoThePlan() throws {
        let engine = try Self.engine()
        let answers = Self.answers(context: "context: { sector: private, size: small }").replacingOccurrences(of: "Q1: \"yes\"", with: "Q1: \"no\"")
        // Only Q1 applies, answered "no": alpha scores 0 and is planned up to its target.
        let card = engine.score(try ContentLoader.loadAnswers(answers, path: "a.yaml"))
        #expect(card.dimension("alpha")?.score == 0)
        let profile = try ContentLoader.loadProfile("""
        format: ospo/profile@1
        default_target: 4
        plan: { start: 2026-01-05, phase_months: 3, phases: 4, capacity: 50 }
        """, path: "p.yaml")
        let roadmap = try Planner(rubrics: engine.rubrics).plan(card, profile: profile)
        let ids = roadmap.phases.flatMap(\.actions).map(\.id) + roadmap.backlog.map(\.id)
        #expect(!ids.contains("alpha.public"))
        // 10 × 0.5 for the small band = 5 person-days.
        #expect(roadmap.phases.flatMap(\.actions).first { $0.id == "alpha.inventory" }?.effort == 5)
    }

    // MARK: - Lint

    static func lint(questionnaire: String, rubric: String = rubric, answers: String? = nil) -> [String] {
        var files: [(path: String, document: ContentDocument?, diagnostics: [Diagnostic])] = []
        for (path, text) in [("mod.yaml", rubric), ("roles.yaml", roles), ("q.yaml", questionnaire)] + (answers.map { [("a.yaml", $0)] } ?? []) {
            let (document, diagnostics) = ContentLoader.load(text, path: path)
            files.append((path, document, diagnostics))
        }
        // The small rubric has no actions for levels 3 and 4: not what these tests are about.
        return Linter.lint(files, fallback: ContentLibrary()).map(\.description).filter { !$0.contains("has no action for level") }
    }

    @Test func lintChecksEveryContextReference() {
        #expect(Self.lint(questionnaire: Self.questionnaire) == [])
        let broken = Self.questionnaire
            .replacingOccurrences(of: "when: { context: sector, in: [public] } }", with: "when: { context: sektor, in: [public] } }")
            .replacingOccurrences(of: "not_in: [private]", with: "not_in: [privat]")
        #expect(Self.lint(questionnaire: broken) == [
            "q.yaml:26:68: error: 'when' names unknown context fact 'sektor': declare it under 'context:' in questionnaire 'q'; did you mean 'sector'?",
            "q.yaml:29:11: error: 'when' names option 'privat', which context fact 'sector' does not offer (it offers public, private)",
        ])
        let badRubric = Self.rubric
            .replacingOccurrences(of: "scales_with: size", with: "scales_with: sector")
            .replacingOccurrences(of: "in: [public] }\n      - id: alpha.inventory", with: "in: [govt] }\n      - id: alpha.inventory")
        #expect(Self.lint(questionnaire: Self.questionnaire, rubric: badRubric) == [
            "mod.yaml:23:15: error: 'when' names option 'govt', which context fact 'sector' does not offer (it offers public, private)",
            "mod.yaml:27:42: error: action 'alpha.inventory' scales with context fact 'sector', but not every option of 'sector' gives an 'effort_factor'",
        ])
    }

    @Test func lintChecksTheContextOfAnswers() {
        let answers = Self.answers(context: "context: { sector: govt, colour: red }")
        // The value is refused; checked as written, 'govt' is not 'public'
        // (so Q2 does not apply) and not 'private' (so section pub does).
        #expect(Self.lint(questionnaire: Self.questionnaire, answers: answers) == [
            "a.yaml:5:20: error: 'govt' is not a value of context fact 'sector'; it offers public, private",
            "a.yaml:5:26: error: unknown context fact 'colour' (it declares sector, size)",
            "a.yaml:9:27: warning: Q2 does not apply to this organisation's context, so this answer is not scored; remove it or correct the context",
        ])
    }

    @Test func lintWarnsOfAnswersToQuestionsThatDoNotApply() {
        let answers = Self.answers(context: "context: { sector: private, size: small }")
        #expect(Self.lint(questionnaire: Self.questionnaire, answers: answers) == [
            "a.yaml:9:27: warning: Q2 does not apply to this organisation's context, so this answer is not scored; remove it or correct the context",
            "a.yaml:9:37: warning: Q3 does not apply to this organisation's context, so this answer is not scored; remove it or correct the context",
        ])
    }

    // MARK: - Survey import

    @Test func aWideCSVCarriesTheContextOnItsFirstRowAndHidesWhatDoesNotApply() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let csv = """
        respondent,role,context: sector,How large?,Q1,Q2,Q3
        r1,anyone,Private company,small,yes,no,no
        r2,anyone,,,no,,
        """
        let imported = try WideCSVLoader.load(csv, path: "s.csv", questionnaire: questionnaire, organisation: "Org",
                                              date: CalendarDate(year: 2026, month: 1, day: 1))
        #expect(imported.answers.context == OrganisationContext(["sector": "private", "size": "small"]))
        // Scored whole: only Q1 applies; r1 yes (1) and r2 no (0): 4 × (1 + 0) / 2 = 2.00.
        let engine = try Self.engine()
        #expect(engine.score(imported.answers).dimension("alpha")?.score == 2)
        // Scored as it is read, row by row: the same card.
        var chunks = [Array(csv.utf8)]
        let streamed = try WideCSVLoader.score(path: "s.csv", engine: engine, organisation: "Org",
                                               date: CalendarDate(year: 2026, month: 1, day: 1)) { chunks.popLast() }
        #expect(streamed.scorecard.dimension("alpha")?.score == 2)
        #expect(streamed.scorecard.dimension("alpha")?.questions.map(\.id) == ["Q1"])
        #expect(streamed.scorecard.context.map(\.value) == ["private", "small"])
    }

    @Test func aWideCSVWhoseRowsDisagreeOnTheContextIsRefusedAtTheCell() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        let csv = """
        respondent,role,sector,size,Q1
        r1,anyone,public,,yes
        r2,anyone,private,large,no
        r3,anyone,federal,,no
        """
        #expect(throws: ContentError([
            .error(SourceLocation(file: "s.csv", line: 3, column: 3), "context fact 'sector' is 'public' on row 2 and 'private' here; an assessment has one context, so make them agree or leave this cell blank"),
            .error(SourceLocation(file: "s.csv", line: 3, column: 4), "context fact 'size' is stated here but not on row 2; state the context on the first respondent's row"),
            .error(SourceLocation(file: "s.csv", line: 4, column: 3), "'federal' is not a value of context fact 'sector'; it offers public, private"),
        ])) {
            try WideCSVLoader.load(csv, path: "s.csv", questionnaire: questionnaire, organisation: "Org",
                                   date: CalendarDate(year: 2026, month: 1, day: 1))
        }
    }

    // MARK: - Interview

    @Test func anInterviewAsksTheFactsNotStatedYetOneByOne() throws {
        let questionnaire = try ContentLoader.loadQuestionnaire(Self.questionnaire, path: "q.yaml")
        // Size is stated already: only the sector is asked.
        var asking = ContextInterview(questionnaire: questionnaire, stated: OrganisationContext(["size": "large"]))
        #expect(asking.facts.map(\.id) == ["sector"])
        #expect(asking.handle("3") == nil)
        #expect(asking.problem == "'3' is not one of the options: type 1 to 2, an option id, or Enter to leave it unstated")
        #expect(asking.current?.id == "sector")
        let stated = asking.handle("2")
        #expect(stated?.fact == "sector" && stated?.value == "private")
        #expect(asking.isDone)
        #expect(asking.context == OrganisationContext(["size": "large", "sector": "private"]))
        // The interview then puts only the questions that apply.
        let session = InterviewSession(questionnaire: questionnaire.applying(asking.context), role: "anyone")
        #expect(session.questionnaire.questions.map(\.id) == ["Q1"])

        // Enter leaves a fact unstated: nothing is hidden.
        var skipping = ContextInterview(questionnaire: questionnaire, stated: OrganisationContext())
        #expect(skipping.handle("") == nil)
        #expect(skipping.handle("") == nil)
        #expect(skipping.isDone && skipping.context.isEmpty)
    }
}
