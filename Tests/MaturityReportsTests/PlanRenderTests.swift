import MaturityKit
import MaturityReports
import Testing

/// Golden files for the roadmap renderers, on a small plan that has a bit of
/// everything: a prerequisite across dimensions, a quick win, a pin, an
/// exclusion with a dependent, an action larger than a phase, an unassessed
/// dimension, and titles with characters that Markdown and spreadsheets
/// treat specially.
@Suite struct PlanRenderTests {
    static func measure(_ id: String, _ name: String, _ unit: MeasureUnit, _ target: Double,
                        _ direction: MeasureDirection = .up) -> Measure {
        Measure(id: id, name: name, unit: unit, direction: direction, target: target)
    }

    static let rubric = Rubric(
        id: "governance", title: "Governance",
        scale: [ScaleLevel(level: 0, name: "Ad hoc"), ScaleLevel(level: 1, name: "Aware"),
                ScaleLevel(level: 2, name: "Defined"), ScaleLevel(level: 3, name: "Managed")],
        dimensions: [
            Dimension(id: "strategy", title: "Open source strategy", levels: [0: "-", 1: "-", 2: "-", 3: "-"], actions: [
                Action(id: "strategy.sponsor", title: "Name an executive sponsor", level: 1, effort: 2, impact: 5,
                       roles: ["sponsor"], measures: [measure("strategy.sponsor.named", "Sponsor named", .count, 1)]),
                Action(id: "strategy.written", title: "Write the open source strategy", level: 2, effort: 10, impact: 4,
                       roles: ["lead", "sponsor"],
                       measures: [measure("strategy.written.known", "Managers who can state the strategy's goals", .percent, 70)]),
            ]),
            Dimension(id: "policy", title: "Process & policy | rules", levels: [0: "-", 1: "-", 2: "-", 3: "-"], actions: [
                Action(id: "policy.usage", title: "Publish a \"usage\" policy, v1", level: 1, effort: 6, impact: 4,
                       roles: ["lead", "legal"], requires: ["strategy.sponsor"],
                       measures: [measure("policy.usage.ack", "Teams that acknowledged *it*", .percent, 90),
                                  measure("policy.usage.time", "Days to answer a policy question", .days, 2, .down)]),
                Action(id: "policy.review", title: "Review the policy yearly", level: 2, effort: 4, impact: 2, roles: ["lead"]),
                Action(id: "policy.audit", title: "Audit every repository", level: 2, effort: 25, impact: 3, roles: ["legal"]),
            ]),
            Dimension(id: "community", title: "Community", levels: [0: "-", 1: "-", 2: "-", 3: "-"], actions: [
                Action(id: "community.foundation", title: "Join a foundation", level: 1, effort: 8, impact: 2, roles: ["lead"]),
                Action(id: "community.meetup", title: "+1 programme: host a first meetup", level: 1, effort: 3, impact: 3,
                       roles: ["advocate"], measures: [measure("community.meetup.held", "=Meetups held", .count, 1)]),
                Action(id: "community.publish", title: "Publish a first project", level: 2, effort: 6, impact: 3,
                       roles: ["advocate", "legal"], requires: ["community.foundation"]),
            ]),
            Dimension(id: "metrics", title: "Metrics", levels: [0: "-", 1: "-", 2: "-", 3: "-"], actions: [
                Action(id: "metrics.kpis", title: "Agree KPIs", level: 1, effort: 5, impact: 4, roles: ["lead"]),
            ]),
        ])

    static let roles = [
        Role(id: "sponsor", title: "Executive sponsor"), Role(id: "lead", title: "OSPO lead"),
        Role(id: "legal", title: "Legal liaison"), Role(id: "advocate", title: "Developer advocate"),
    ]

    static let profile = Profile(
        organisation: "Northwind <Agency> & Co", defaultTarget: 2,
        targets: ["strategy": .init(level: 2, importance: 5)],
        plan: PlanSettings(start: CalendarDate(year: 2026, month: 4, day: 1), phaseMonths: 3, phases: 3, capacity: 20),
        exclude: [.init(action: "community.foundation", reason: "Budget *frozen* until 2027")],
        pins: ["policy.review": 3])

    static func roadmap() throws -> Roadmap {
        // metrics is unassessed and has no explicit target, so it is not planned.
        try Planner(rubrics: [rubric], roles: roles)
            .plan(levels: ["strategy": 0, "policy": 0, "community": 0], profile: profile)
    }

    @Test func text() throws {
        try assertGolden(PlanRenderer.render(Self.roadmap(), as: .text), named: "plan-text.txt")
    }

    @Test func markdown() throws {
        try assertGolden(PlanRenderer.render(Self.roadmap(), as: .md), named: "plan-md.md")
    }

    /// The parts of the working plan the planner leaves out of the small
    /// plan: warnings, a long action continuing, actions covered another way,
    /// scenarios, a phase with nothing scheduled, no backlog or staffing, no
    /// organisation; written with Markdown's special characters so that
    /// escaping shows.
    @Test func markdownOfTheRarerParts() throws {
        try assertGolden(PlanRenderer.render(Self.rareRoadmap(), as: .md), named: "plan-md-rare.md")
    }

    static func rareRoadmap() throws -> Roadmap {
        var roadmap = try Self.roadmap()
        roadmap.organisation = nil
        roadmap.warnings = ["Budget *tight* [see](x) | y", "second (one)"]
        roadmap.covered = [CoveredAction(id: "policy.usage", title: "Cover [it] | now", dimension: "policy", level: 1,
                                         by: "an older *policy*")]
        roadmap.scenarios = [Scenario(label: "Half (capacity)", phases: 2, capacity: 12.5, targetsReached: 1, targetsPlanned: 3,
                                      value: 4, possibleValue: 9,
                                      keyTargets: [.init(id: "policy", importance: 5, reachedInPhase: 2),
                                                   .init(id: "strategy", importance: 4, reachedInPhase: nil)],
                                      note: "slow _start_")]
        roadmap.phases[0].actions = []
        roadmap.phases[1].continuing = [ContinuingAction(id: "community.long", title: "Run the *long* one", dimension: "community",
                                                         roles: ["lead"], effort: 7.5, part: 2, parts: 3)]
        roadmap.backlog = []
        roadmap.totals.staffing = []
        return roadmap
    }

    /// A plan without phases keeps the empty cell of the phase columns.
    @Test func markdownWithoutPhases() throws {
        try assertGolden(PlanRenderer.render(Self.roadmapWithoutPhases(), as: .md), named: "plan-md-no-phases.md")
    }

    static func roadmapWithoutPhases() throws -> Roadmap {
        var roadmap = try Self.roadmap()
        roadmap.phases = []
        roadmap.projection = []
        roadmap.targets = roadmap.targets.map { var target = $0; target.projected = []; return target }
        return roadmap
    }

    @Test func json() throws {
        try assertGolden(PlanRenderer.render(Self.roadmap(), as: .json), named: "plan-json.json")
    }

    @Test func csv() throws {
        try assertGolden(PlanRenderer.render(Self.roadmap(), as: .csv), named: "plan-csv.csv")
    }

    @Test func aFormatThePlanDoesNotTakeIsRefusedNamingTheOnesItTakes() throws {
        #expect(throws: UnsupportedFormat(subject: "the plan", format: .html, accepted: [.text, .json, .md, .csv])) {
            try PlanRenderer.render(Self.roadmap(), as: .html)
        }
        #expect(UnsupportedFormat(subject: "the plan", format: .html, accepted: PlanRenderer.formats).description
                == "the plan cannot be written as html; use text, json, md or csv")
    }

    @Test func jsonIsTheSameBytesEveryTime() throws {
        let first = try PlanJSON.render(Self.roadmap())
        for _ in 0..<5 {
            #expect(try PlanJSON.render(Self.roadmap()) == first)
        }
        // The same profile and levels built in another order, in dictionaries
        // of another size, so they iterate differently.
        var profile = Self.profile
        var targets: [String: Profile.Target] = Dictionary(minimumCapacity: 64)
        targets["strategy"] = .init(level: 2, importance: 5)
        profile.targets = targets
        var pins: [String: Int] = Dictionary(minimumCapacity: 64)
        pins["policy.review"] = 3
        profile.pins = pins
        var levels: [String: Int] = Dictionary(minimumCapacity: 64)
        for (id, level) in [("community", 0), ("policy", 0), ("strategy", 0)] { levels[id] = level }
        let again = try Planner(rubrics: [Self.rubric], roles: Self.roles.reversed()).plan(levels: levels, profile: profile)
        #expect(try PlanJSON.render(again) == first)
    }

    @Test func csvQuotesAndNeutralisesCells() {
        #expect(PlanCSV.field("plain") == "plain")
        #expect(PlanCSV.field("a, b") == "\"a, b\"")
        #expect(PlanCSV.field("say \"hi\"") == "\"say \"\"hi\"\"\"")
        #expect(PlanCSV.field("two\nlines") == "\"two\nlines\"")
        #expect(PlanCSV.field("=1+1") == "'=1+1")
        #expect(PlanCSV.field("+1") == "'+1")
        #expect(PlanCSV.field("-1") == "'-1")
        #expect(PlanCSV.field("@SUM(A1)") == "'@SUM(A1)")
        #expect(PlanCSV.field("\tx") == "'\tx")
        #expect(PlanCSV.field("=a,b") == "\"'=a,b\"")
    }
}
