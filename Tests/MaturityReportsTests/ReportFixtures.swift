import MaturityKit
import MaturityReports

/// Small in-memory inputs for the report golden files: a rubric with
/// descriptors and actions, a questionnaire, two assessments of one
/// organisation, a profile, a roadmap from the planner, progress values made
/// by hand, a portfolio and a brand.
enum ReportFixtures {
    static let rubricText = """
    format: ospo/rubric@1
    id: deployment
    title: Deployment
    version: 1.0.0
    scale:
      - { level: 0, name: Ad hoc }
      - { level: 1, name: Aware }
      - { level: 2, name: Defined }
      - { level: 3, name: Managed }
    dimensions:
      - id: strategy
        title: Open source strategy
        levels:
          0: Nobody owns open source.
          1: A sponsor is named.
          2: A written strategy is approved.
          3: The strategy has yearly objectives.
        actions:
          - id: strategy.sponsor
            title: Name an executive sponsor
            level: 1
            effort: 2
            impact: 5
            roles: [sponsor]
            measures:
              - { id: strategy.sponsor.named, name: Sponsor named, unit: count, direction: up, target: 1 }
          - id: strategy.written
            title: Write the open source strategy
            level: 2
            effort: 10
            impact: 4
            roles: [lead, sponsor]
            requires: [strategy.sponsor]
            measures:
              - { id: strategy.written.known, name: Managers who can state the goals, unit: percent, direction: up, target: 70 }
          - id: strategy.objectives
            title: Set yearly objectives
            level: 3
            effort: 6
            impact: 3
            roles: [lead]
      - id: policy
        title: Process & policy
        levels:
          0: Each team decides alone.
          1: Guidance exists but is not approved.
          2: An approved usage policy is published.
          3: The policy is enforced in CI.
        actions:
          - id: policy.usage
            title: Publish a "usage" policy
            level: 1
            effort: 6
            impact: 4
            roles: [lead, legal]
            requires: [strategy.sponsor]
            measures:
              - { id: policy.usage.ack, name: Teams that acknowledged the policy, unit: percent, direction: up, target: 90 }
              - { id: policy.usage.days, name: Days to answer a policy question, unit: days, direction: down, target: 2 }
          - id: policy.review
            title: Review the policy yearly
            level: 2
            effort: 25
            impact: 2
            roles: [legal]
          - id: policy.enforce
            title: Enforce the policy in CI
            level: 3
            effort: 8
            impact: 3
            roles: [lead]
      - id: community
        title: Community
        levels:
          0: No contribution.
          1: Occasional fixes upstream.
          2: A contribution process exists.
          3: Maintainers are funded.
        actions:
          - id: community.meetup
            title: Host a first meetup
            level: 1
            effort: 3
            impact: 3
            roles: [advocate]
          - id: community.process
            title: Publish a contribution process
            level: 2
            effort: 5
            impact: 3
            roles: [advocate, legal]
          - id: community.fund
            title: Fund maintainers
            level: 3
            effort: 12
            impact: 3
            roles: [sponsor]
    """

    static let questionnaireText = """
    format: ospo/questionnaire@1
    id: interview
    title: Interview
    version: 1.0.0
    rubrics: [deployment]
    scales:
      yesno:
        - { id: "no", label: "No", value: 0 }
        - { id: "yes", label: "Yes", value: 1 }
      coverage:
        - { id: none, label: None, value: 0 }
        - { id: some, label: Some teams, value: 0.25 }
        - { id: most, label: Most teams, value: 0.5 }
        - { id: all, label: All teams, value: 1 }
    roles:
      executive: { title: Executive, weight: 2 }
      engineer: { title: Engineer }
    sections:
      - id: main
        title: Main
        questions:
          - { id: STR-01, text: Is a sponsor named?, dimension: strategy, scale: yesno }
          - { id: STR-02, text: Is there a written strategy?, dimension: strategy, scale: yesno }
          - { id: POL-01, text: How many teams follow the policy?, dimension: policy, scale: coverage, allow_na: true }
          - { id: COM-01, text: Do teams contribute upstream?, dimension: community, scale: coverage }
    """

    static let rolesText = """
    format: ospo/roles@1
    roles:
      - { id: sponsor, title: Executive sponsor }
      - { id: lead, title: OSPO lead }
      - { id: legal, title: Legal liaison }
      - { id: advocate, title: Developer advocate }
    """

    static func answersText(organisation: String = "Harbour & Co", date: String = "2026-05-04",
                            note: String = "Named in the March memo | see [wiki](https://intranet.example/wiki)",
                            evidence: String = "https://intranet.example/memo?a=1&b=2",
                            justification: String = "Teams do not ship software.",
                            baseline: Bool = false) -> String {
        let strategy = baseline ? "\"no\"" : "\"yes\""
        return """
        format: ospo/answers@1
        questionnaire: interview
        organisation: \(yamlQuoted(organisation))
        date: \(date)
        respondents:
          - id: cfo
            name: Ada Lovelace
            role: executive
            answers:
              STR-01: { answer: \(strategy), note: \(yamlQuoted(note)), evidence: \(yamlQuoted(evidence)) }
              STR-02: "no"
              POL-01: { answer: na, justification: \(yamlQuoted(justification)) }
              COM-01: some
          - id: dev
            role: engineer
            answers:
              STR-01: "no"
              STR-02: { answer: unknown, evidence: "javascript:alert(1)" }
              POL-01: most
              COM-01: \(baseline ? "none" : "all")
        """
    }

    static func yamlQuoted(_ text: String) -> String {
        "\"" + text.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"") + "\""
    }

    static let profileText = """
    format: ospo/profile@1
    organisation: Harbour & Co
    default_target: 2
    targets:
      strategy: { level: 3, importance: 5 }
      community: 1
    plan:
      start: 2026-07-01
      phase_months: 3
      phases: 3
      capacity: 20
      day_rate: 640
      currency: EUR
    exclude:
      - { action: policy.review, reason: Legal has no time this year }
    """

    static func rubric() throws -> Rubric { try ContentLoader.loadRubric(rubricText, path: "rubric.yaml") }
    static func roles() throws -> [Role] { try ContentLoader.loadRoles(rolesText, path: "roles.yaml").roles }
    static func profile() throws -> Profile { try ContentLoader.loadProfile(profileText, path: "profile.yaml") }

    static func scorecard(_ answers: String = answersText()) throws -> Scorecard {
        let questionnaire = try ContentLoader.loadQuestionnaire(questionnaireText, path: "questionnaire.yaml")
        let set = try ContentLoader.loadAnswers(answers, path: "answers.yaml")
        return ScoringEngine(questionnaire: questionnaire, rubrics: [try rubric()]).score(set)
    }

    static func roadmap(_ card: Scorecard? = nil) throws -> Roadmap {
        try Planner(rubrics: [try rubric()], roles: try roles()).plan(card ?? (try scorecard()), profile: try profile())
    }

    static func day(_ text: String) -> CalendarDate { CalendarDate(iso: text) ?? CalendarDate(year: 2000, month: 1, day: 1) }

    /// Objectives in every state and status, readings made by hand, and
    /// maturity from a baseline and a reassessment.
    static func progress() throws -> ProgressReport {
        let rubric = try rubric()
        let measures = Dictionary(rubric.dimensions.flatMap(\.actions).flatMap(\.measures).map { ($0.id, $0) },
                                  uniquingKeysWith: { first, _ in first })
        func measure(_ id: String) -> Measure { measures[id] ?? Measure(id: id, name: id, unit: .count, direction: .up, target: 1) }
        func reading(_ date: String, _ value: Double, source: String? = nil, note: String? = nil) -> MeasureReading {
            MeasureReading(date: day(date), value: value, source: source, note: note)
        }
        // Seen from 2026-12-01.
        let objectives = [
            // Due 30 September, marked done 12 October: 12 days late.
            ObjectiveProgress(id: "strategy.sponsor", title: "Name an executive sponsor", dimension: "strategy", phase: 1,
                              start: day("2026-07-01"), due: day("2026-09-30"), state: .done, stateSince: day("2026-10-12"),
                              note: "The board named the CFO.",
                              measures: [MeasureTrack(measure: measure("strategy.sponsor.named"), due: day("2026-09-30"),
                                                      readings: [reading("2026-08-15", 1, source: "Board minutes")])]),
            // 10 → 25 → 40 over 30 days: 1 a day; due 90 days after the first reading: 100 ≥ 90, shown as 100%.
            ObjectiveProgress(id: "policy.usage", title: "Publish a \"usage\" policy", dimension: "policy", phase: 2,
                              start: day("2026-10-01"), due: day("2026-12-31"), state: .inProgress, stateSince: day("2026-10-01"),
                              measures: [
                                  MeasureTrack(measure: measure("policy.usage.ack"), due: day("2026-12-30"),
                                               readings: [reading("2026-10-01", 10, source: "Survey"), reading("2026-10-16", 25, source: "Survey"),
                                                          reading("2026-10-31", 40, source: "Survey", note: "After the town hall")]),
                                  // 10 → 9 → 8 days in 20 days, target 2 by 2026-12-31 (91 days on): 10 − 0.1 × 91 = 0.9 ≤ 2: on track.
                                  MeasureTrack(measure: measure("policy.usage.days"), due: day("2026-12-31"),
                                               readings: [reading("2026-10-01", 10), reading("2026-10-11", 9), reading("2026-10-21", 8)]),
                              ]),
            // 0 → 20: two readings, too few for a forecast.
            ObjectiveProgress(id: "strategy.written", title: "Write the open source strategy", dimension: "strategy", phase: 2,
                              start: day("2026-10-01"), due: day("2026-12-31"), state: .inProgress,
                              measures: [MeasureTrack(measure: measure("strategy.written.known"), due: day("2026-12-31"),
                                                      readings: [reading("2026-10-01", 0), reading("2026-12-01", 20, note: "=SUM(A1) pasted")])]),
            // Due 30 September, still planned on 1 December: 31 + 30 + 1 = 62 days overdue.
            ObjectiveProgress(id: "community.meetup", title: "Host a first meetup", dimension: "community", phase: 1,
                              start: day("2026-07-01"), due: day("2026-09-30"), state: .planned, measures: []),
            ObjectiveProgress(id: "policy.review", title: "Review the policy yearly", dimension: "policy", phase: nil,
                              due: day("2027-03-31"), state: .dropped, stateSince: day("2026-11-20"),
                              note: "Legal has no time this year.", measures: []),
            // Done 20 June, 164 days before 1 December: folded into "finished earlier".
            ObjectiveProgress(id: "policy.inventory", title: "Take stock of the licences in use", dimension: "policy", phase: 1,
                              start: day("2026-04-01"), due: day("2026-06-30"), state: .done, stateSince: day("2026-06-20"), measures: []),
        ]
        let baseline = try scorecard(answersText(date: "2025-11-10", baseline: true))
        let now = try scorecard()
        // Planned from the baseline; the reassessment of 4 May 2026 makes the plan stale.
        return ProgressReport(organisation: "Harbour & Co", asOf: day("2026-12-01"), objectives: objectives,
                              scorecards: [baseline, now], targets: ["strategy": 3, "policy": 2, "community": 1],
                              plan: TrackedPlan(accepted: day("2025-12-01"), plannedFrom: day("2025-11-10")))
    }

    static func portfolio() throws -> Portfolio {
        Portfolio(entries: [
            PortfolioEntry(organisation: "Harbour & Co", group: "Public sector",
                           scorecards: [try scorecard(answersText(date: "2025-11-10", baseline: true)), try scorecard()]),
            PortfolioEntry(organisation: "Kestrel Ltd", group: "Enterprise",
                           scorecards: [try scorecard(answersText(organisation: "Kestrel Ltd", date: "2026-03-01"))]),
            PortfolioEntry(organisation: "Osprey Agency", group: "Public sector",
                           scorecards: [try scorecard(answersText(organisation: "Osprey Agency", date: "2026-04-01", baseline: true))]),
        ])
    }

    static let brand = Brand(name: "Lighthouse Advisory", logo: "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=",
                             primaryColour: "#204060", accentColour: "#c05020",
                             confidentiality: "Confidential: prepared for Harbour & Co")
}
