import MaturityKit
import Testing

/// The profile keys the planner added (`covered`, `plan.max_share_per_action`,
/// `plan.day_rate`, `plan.currency`) and the bounds of the horizon, read by
/// `ContentLoader` with located errors.
@Suite struct ProfilePlanKeysTests {
    static func load(_ text: String) -> (Profile?, [String]) {
        let (document, diagnostics) = ContentLoader.load(text, path: "p.yaml")
        guard case .profile(let profile)? = document else { return (nil, diagnostics.map(\.description)) }
        return (profile, diagnostics.map(\.description))
    }

    @Test func theNewKeysAreRead() throws {
        let (profile, diagnostics) = Self.load("""
        format: ospo/profile@1
        plan:
          start: 2026-01-05
          phase_months: 3
          phases: 60
          capacity: 40
          max_share_per_action: 0.25
          day_rate: 650
          currency: EUR
        covered:
          - action: d.a
            by: The group legal team reviews every licence.
        """)
        #expect(diagnostics == [])
        let plan = try #require(profile?.plan)
        #expect(plan.phases == 60)
        #expect(plan.maxSharePerAction == 0.25)
        // 40 person-days × 0.25 = 10 person-days per action and phase.
        #expect(plan.perActionLimit == 10)
        #expect(plan.dayRate == 650)
        #expect(plan.currency == "EUR")
        #expect(profile?.covered == [Profile.Coverage(action: "d.a", by: "The group legal team reviews every licence.")])
    }

    /// `phases: 100000000` made `ospo plan` run without end; the loader now
    /// refuses it before anything is planned, as it refuses every bad value.
    @Test func badPlanValuesAreLocated() {
        let (profile, diagnostics) = Self.load("""
        format: ospo/profile@1
        plan:
          start: 2026-01-05
          phase_months: 25
          phases: 100000000
          capacity: 20
          max_share_per_action: 1.5
          day_rate: -100
        """)
        #expect(profile == nil)
        #expect(diagnostics == [
            // "  phase_months: " is 16 characters: the value starts at column 17.
            "p.yaml:4:17: error: 'phase_months' must be at most 24, found 25; plan a shorter horizon",
            // "  phases: " is 10 characters: column 11.
            "p.yaml:5:11: error: 'phases' must be at most 60, found 100000000; plan a shorter horizon",
            // "  max_share_per_action: " is 24 characters: column 25.
            "p.yaml:7:25: error: 'max_share_per_action' is a share of a phase's capacity, above 0 and at most 1 (0.5 is half a phase); found 1.5",
            // "  day_rate: " is 12 characters: column 13.
            "p.yaml:8:13: error: 'day_rate' must be greater than 0, found -100",
        ])
    }

    @Test func aShareOfZeroAndAPhaseOfNoMonthsAreRefused() {
        let (_, diagnostics) = Self.load("""
        format: ospo/profile@1
        plan: { start: 2026-01-05, phase_months: 0, phases: 4, capacity: 20, max_share_per_action: 0 }
        """)
        // "plan: { start: 2026-01-05, phase_months: " is 41 characters: '0' at column 42;
        // 41 + "0, phases: 4, capacity: 20, max_share_per_action: " (50) = 91 characters: the share at column 92.
        #expect(diagnostics == [
            "p.yaml:2:42: error: 'phase_months' must be at least 1, found 0",
            "p.yaml:2:92: error: 'max_share_per_action' is a share of a phase's capacity, above 0 and at most 1 (0.5 is half a phase); found 0",
        ])
    }

    @Test func anUnknownCoveredActionIsLocated() throws {
        let (profile, diagnostics) = Self.load("""
        format: ospo/profile@1
        plan: { start: 2026-01-05, phase_months: 3, phases: 4, capacity: 20 }
        covered:
          - action: d.b
            by: Done by the parent company.
          - action: d.zz
            by: Nobody knows.
        """)
        #expect(diagnostics == [])
        let rubric = PlanningFixtures.rubric([PlanningFixtures.dimension("d", [
            PlanningFixtures.action("d.a", level: 1, effort: 5), PlanningFixtures.action("d.b", level: 1, effort: 5),
        ])])
        let problems = LibraryValidator.validate(try #require(profile), rubrics: [rubric]).map(\.description)
        // "  - action: " is 12 characters: 'd.zz' on line 6 at column 13.
        #expect(problems == ["p.yaml:6:13: error: unknown action 'd.zz' in 'covered'; did you mean 'd.a'?"])
    }
}
