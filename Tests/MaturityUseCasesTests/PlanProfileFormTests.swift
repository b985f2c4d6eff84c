import MaturityKit
import Testing
@testable import MaturityUseCases

/// The web's profile form: a profile read into the form and written back
/// as YAML loads as the same profile, and lines the form cannot read are
/// refused with the field and line.
@Suite struct PlanProfileFormTests {
    static let dimensions = [ProfileForm.Dimension(id: "strategy", title: "Strategy"),
                             ProfileForm.Dimension(id: "policy", title: "Policy")]

    @Test func aProfileThroughTheFormLoadsAsTheSameProfile() throws {
        let text = """
        format: ospo/profile@1
        default_target: 2
        targets:
          strategy: { level: 3, importance: 5 }
        plan:
          start: 2027-01-04
          phase_months: 3
          phases: 4
          capacity: 37.5
          max_share_per_action: 0.5
          day_rate: 800
          currency: EUR
        done: [policy.inventory]
        covered:
          - action: policy.contribution-policy
            by: "The group's policy: it applies to us."
        exclude:
          - action: strategy.board
            reason: No board here
        pin:
          strategy.vision: 2
        """
        let profile = try ContentLoader.loadProfile(text, path: "p.yaml")
        let form = ProfileForm(profile: profile, organisation: "Acme Works", dimensions: Self.dimensions)
        #expect(form.value("capacity") == "37.5")
        #expect(form.value("target.policy") == "")
        #expect(form.value("covered") == "policy.contribution-policy: The group's policy: it applies to us.")
        let again = try ContentLoader.loadProfile(try form.yaml(), path: "q.yaml")
        #expect(again.defaultTarget == profile.defaultTarget)
        #expect(again.targets == profile.targets)
        #expect(again.plan == profile.plan)
        #expect(again.done == profile.done)
        #expect(again.covered == profile.covered)
        #expect(again.exclude == profile.exclude)
        #expect(again.pins == profile.pins)
        #expect(again.organisation == "Acme Works")
    }

    @Test func aListLineWithoutItsColonIsRefusedWithTheFieldAndLine() throws {
        let form = ProfileForm(organisation: "Acme Works", dimensions: Self.dimensions,
                               fields: ["capacity": "10", "exclude": "strategy.board: none\n\nstrategy.vision"])
        #expect(throws: ProfileFormError.line(field: "exclude", line: 3, expected: "an action id, a colon, then why it is left out")) {
            try form.yaml()
        }
    }

    @Test func aValueThatIsNotANumberIsQuotedSoTheLoaderSaysWhatIsWrong() throws {
        let form = ProfileForm(organisation: "Acme Works", dimensions: Self.dimensions,
                               fields: ["start": "2027-01-04", "phase_months": "3", "phases": "4", "capacity": "lots: of days"])
        #expect(try form.yaml().contains(#"  capacity: "lots: of days""#))
        let error = #expect(throws: ContentError.self) { try ContentLoader.loadProfile(try form.yaml(), path: "p.yaml") }
        #expect(error?.diagnostics.map(\.message) == ["expected a number, found 'lots: of days'"])
    }
}
