import MaturityKit
import Testing

/// Hand-worked plans on small rubrics (see docs/planning.md); the
/// arithmetic behind every expectation is in the comments. Priority,
/// importance × gap × impact ÷ effort, now only ranks spare-capacity work.
@Suite struct PlanningTests {
    typealias F = PlanningFixtures

    // MARK: - Order

    @Test func requirementsAcrossDimensionsComeFirst() throws {
        // b1 (dimension B) requires a1 (dimension A). Only B has a gap:
        // A's target is 0, so a1 is needed only as b1's prerequisite.
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 5, impact: 3)]),
            F.dimension("B", [F.action("b1", level: 1, effort: 2, impact: 5, requires: ["a1"])]),
        ])
        let roadmap = try F.plan([rubric], F.profile(targets: ["B": .init(level: 1)], phases: 3, capacity: 20))
        // b1 must wait for a phase after a1's, although both fit in phase 1.
        #expect(roadmap.idsByPhase == [["a1"], ["b1"], []])
        // b1: 3 × 1 × 5 ÷ 2 = 7.5. a1: own 3 × 0 (A has no gap) × 3 ÷ 5 = 0,
        // inherits 7.5 from b1, which waits for it.
        #expect(roadmap.scheduled("b1")?.priority == 7.5)
        #expect(roadmap.scheduled("a1")?.priority == 7.5)
        // a1 is in the plan only for B's level 1, through b1.
        #expect(roadmap.scheduled("a1")?.reason.description == "needed by b1 to reach B level 1 (importance 3)")
        #expect(roadmap.scheduled("b1")?.reason.description == "reaches B level 1 (importance 3); after a1 (phase 1)")
        #expect(roadmap.backlog.isEmpty)
    }

    @Test func levelsOfADimensionAreReachedInOrder() throws {
        // Level 1 has the lowest own priority, yet it must come first.
        let rubric = F.rubric([F.dimension("A", [
            F.action("a3", level: 3, effort: 3, impact: 5),
            F.action("a2", level: 2, effort: 3, impact: 5),
            F.action("a1", level: 1, effort: 3, impact: 1),
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 3)], capacity: 100))
        #expect(roadmap.idsByPhase == [["a1"], ["a2"], ["a3"], []])
        // Gap 3 − 0 = 3. a2, a3: 3 × 3 × 5 ÷ 3 = 15; a1: 3 × 3 × 1 ÷ 3 = 3,
        // raised to 15, the priority of a2, which waits for it.
        #expect(roadmap.scheduled("a1")?.priority == 15)
        // Each action's reason names the level it reaches; a3 is held back by the level order.
        #expect(roadmap.scheduled("a1")?.reason.description == "reaches A level 1 (importance 3)")
        #expect(roadmap.scheduled("a3")?.reason.description == "reaches A level 3 (importance 3); after a2 (phase 2)")

        // From level 1, a1 is satisfied and a2 can start at once.
        let fromOne = try F.plan([rubric], levels: ["A": 1], F.profile(targets: ["A": .init(level: 3)], capacity: 100))
        #expect(fromOne.idsByPhase == [["a2"], ["a3"], [], []])
    }

    // MARK: - Capacity

    @Test func aLevelStepFillsPhasesWithinCapacity() throws {
        // Importance 5, gap 1, capacity 12 per phase. All four actions make
        // level 1, one step of 4 + 10 + 2 + 6 = 22 person-days, placed in
        // rubric order, each in the earliest phase with room.
        let rubric = F.rubric([F.dimension("A", [
            F.action("small", level: 1, effort: 4, impact: 4),  // 5 × 1 × 4 ÷ 4 = 5.0
            F.action("big", level: 1, effort: 10, impact: 5),   // 5 × 5 ÷ 10 = 2.5
            F.action("tiny", level: 1, effort: 2, impact: 1),   // 5 × 1 ÷ 2 = 2.5 (after big: id order)
            F.action("mid", level: 1, effort: 6, impact: 2),    // 5 × 2 ÷ 6 ≈ 1.67
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 1, importance: 5)], phases: 2, capacity: 12))
        // Phase 1: small (4), big would make 14 > 12 so it goes to phase 2,
        // tiny (4 + 2 = 6), mid (6 + 6 = 12, exactly full). Phase 2: big.
        #expect(roadmap.idsByPhase == [["small", "tiny", "mid"], ["big"]])
        #expect(roadmap.phases.map(\.effort) == [12, 10])
        #expect(roadmap.scheduled("small")?.reason.description == "reaches A level 1 (importance 5)")
        #expect(roadmap.scheduled("big")?.reason.description == "reaches A level 1 (importance 5); no room in phase 1")
        // Level 1 is reached when its last action, big, finishes in phase 2.
        #expect(roadmap.targets.map(\.reachedInPhase) == [2])
        #expect(roadmap.totals.scheduledEffort == 22)
        #expect(roadmap.totals.capacity == 24)
    }

    @Test func anActionLargerThanAPhaseRunsAcrossPhases() throws {
        let rubric = F.rubric([
            F.dimension("A", [
                F.action("a1", level: 1, effort: 30),
                F.action("a2", level: 2, effort: 5),
            ]),
            F.dimension("B", [F.action("b1", level: 1, effort: 5, requires: ["a1"])]),
            F.dimension("C", [F.action("c1", level: 1, effort: 5)]),
        ])
        // All assessed at level 0, so default_target applies to each.
        let roadmap = try F.plan([rubric], levels: ["A": 0, "B": 0, "C": 0], F.profile(defaultTarget: 2, capacity: 20))
        // a1 (30 > 20) runs across ⌈30 ÷ 20⌉ = 2 phases, 30 ÷ 2 = 15 in each;
        // c1 fits beside it in phase 1 (15 + 5 = 20). a2 and b1 wait for a1
        // to finish at the end of phase 2, so they start in phase 3.
        #expect(roadmap.idsByPhase == [["c1", "a1"], [], ["a2", "b1"], []])
        #expect(roadmap.scheduled("a1")?.phaseEfforts == [15, 15])
        #expect(roadmap.scheduled("a1")?.lastPhase == 2)
        #expect(roadmap.phases[1].continuing.map(\.id) == ["a1"])
        #expect(roadmap.phases.map(\.effort) == [20, 15, 10, 0])
        #expect(roadmap.backlog.isEmpty)
        #expect(roadmap.projected("A") == [0, 1, 2, 2])
        #expect(roadmap.totals.neededActions == 4)
        #expect(roadmap.totals.scheduledEffort == 45)
    }

    @Test func anActionLongerThanTheHorizonGoesToTheBacklog() throws {
        // 90 person-days at most 20 a phase need ⌈90 ÷ 20⌉ = 5 phases; the plan has 4.
        let rubric = F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 90)])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 1)], capacity: 20))
        #expect(roadmap.backlogReason("a1") == "needs 90 person-days, more than the 4 phases of the plan can give one action at 20 a phase")
        #expect(roadmap.targets.first?.shortfall?.description == "level 1 needs a1, which cannot be scheduled: it needs 90 person-days, more than the 4 phases of the plan can give one action at 20 a phase")
    }

    @Test func theShareCapSpreadsAnActionOverMorePhases() throws {
        // Capacity 20, max_share_per_action 0.5: one action takes at most 10
        // a phase, so 25 person-days run across ⌈25 ÷ 10⌉ = 3 phases of 25 ÷ 3 ≈ 8.33.
        let rubric = F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 25)])])
        var profile = F.profile(targets: ["A": .init(level: 1)], capacity: 20)
        profile.plan.maxSharePerAction = 0.5
        let roadmap = try F.plan([rubric], profile)
        #expect(roadmap.scheduled("a1")?.phaseEfforts.count == 3)
        #expect(roadmap.scheduled("a1").map { abs($0.phaseEfforts[0] - 25.0 / 3) < 1e-9 } == true)
        #expect(roadmap.projected("A") == [0, 0, 1, 1])
    }

    @Test func actionsThatDoNotFitInTheHorizonAreBacklogged() throws {
        let rubric = F.rubric([F.dimension("A", [
            F.action("a1", level: 1, effort: 1), F.action("a2", level: 2, effort: 1), F.action("a3", level: 3, effort: 1),
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 3)], phases: 2))
        #expect(roadmap.idsByPhase == [["a1"], ["a2"]])
        #expect(roadmap.backlog.map(\.id) == ["a3"])
        #expect(roadmap.backlogReason("a3") == "beyond the horizon of 2 phases")
    }

    // MARK: - Profile lists

    @Test func doneActionsAreNotScheduledAndFreeWhatNeedsThem() throws {
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 5)]),
            F.dimension("B", [F.action("b1", level: 1, effort: 2, requires: ["a1"])]),
        ])
        let roadmap = try F.plan([rubric], F.profile(targets: ["B": .init(level: 1)], phases: 2, done: ["a1"]))
        #expect(roadmap.idsByPhase == [["b1"], []])
        #expect(roadmap.totals.neededActions == 1)
        // A's only level-1 action is done, so A counts as level 1 from phase 1.
        #expect(roadmap.projected("A") == [1, 1])
    }

    @Test func excludedActionsSendWhatNeedsThemToTheBacklog() throws {
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 5)]),
            F.dimension("B", [
                F.action("b1", level: 1, effort: 2, requires: ["a1"]),
                F.action("b2", level: 2, effort: 2),
            ]),
            F.dimension("C", [F.action("c1", level: 1, effort: 3, requires: ["b2"])]),
            F.dimension("D", [F.action("d1", level: 1, effort: 3)]),
        ])
        let profile = F.profile(targets: ["B": .init(level: 2), "C": .init(level: 1), "D": .init(level: 1)],
                                exclude: [.init(action: "a1", reason: "Budget frozen")])
        let roadmap = try F.plan([rubric], profile)
        #expect(roadmap.idsByPhase == [["d1"], [], [], []])
        #expect(roadmap.backlogReason("a1") == "excluded by the profile: Budget frozen")
        #expect(roadmap.backlogReason("b1") == "needs a1, which the profile excludes: Budget frozen")
        // b2 waits for b1 (level order); c1 requires b2.
        #expect(roadmap.backlogReason("b2") == "needs a1 (through b1), which the profile excludes: Budget frozen")
        #expect(roadmap.backlogReason("c1") == "needs a1 (through b2), which the profile excludes: Budget frozen")
    }

    // MARK: - Pins

    @Test func aPinIsHonouredBeforeThePriorityOrder() throws {
        // The capacity test's rubric, with big pinned to phase 1.
        let rubric = F.rubric([F.dimension("A", [
            F.action("small", level: 1, effort: 4, impact: 4),
            F.action("big", level: 1, effort: 10, impact: 5),
            F.action("tiny", level: 1, effort: 2, impact: 1),
            F.action("mid", level: 1, effort: 6, impact: 2),
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 1, importance: 5)], phases: 2,
                                                     capacity: 12, pins: ["big": 1]))
        // Phase 1: big (10) first; small (14 > 12) and mid (16) do not fit,
        // tiny does (12). Phase 2: small, mid.
        #expect(roadmap.idsByPhase == [["big", "tiny"], ["small", "mid"]])
        #expect(roadmap.scheduled("big")?.reason.description == "pinned to phase 1")
        #expect(roadmap.scheduled("small")?.reason.description == "reaches A level 1 (importance 5); no room in phase 1")
    }

    @Test func aPinLaterInTheHorizonPullsItsPrerequisitesInTime() throws {
        let rubric = F.rubric([F.dimension("A", [
            F.action("a1", level: 1, effort: 3), F.action("a2", level: 2, effort: 3), F.action("a3", level: 3, effort: 3),
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 3)], capacity: 100, pins: ["a3": 4]))
        #expect(roadmap.idsByPhase == [["a1"], ["a2"], [], ["a3"]])
    }

    @Test func aPinMovesItsPrerequisitesAheadOfHigherPriorities() throws {
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 15), F.action("a2", level: 2, effort: 5)]),
            F.dimension("B", [F.action("b1", level: 1, effort: 6, impact: 5)]),
        ])
        let profile = F.profile(targets: ["A": .init(level: 2), "B": .init(level: 1, importance: 5)],
                                phases: 3, capacity: 20, pins: ["a2": 2])
        let roadmap = try F.plan([rubric], profile)
        // b1: 5 × 1 × 5 ÷ 6 ≈ 4.2 outranks a1 (3 × 2 × 3 ÷ 5 = 3.6, from a2),
        // but a1 must be done in phase 1 for a2 to keep its pin, so it goes
        // first; b1 (15 + 6 = 21 > 20) moves to phase 2.
        #expect(roadmap.idsByPhase == [["a1"], ["a2", "b1"], []])
        #expect(roadmap.scheduled("a1")?.reason.description == "prerequisite of a2, pinned to phase 2")
        #expect(roadmap.scheduled("b1")?.reason.description == "reaches B level 1 (importance 5); no room in phase 1")
    }

    @Test func aPinWhosePrerequisiteCannotFitInTimeIsRefused() throws {
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 18), F.action("a2", level: 2, effort: 5)]),
            F.dimension("C", [F.action("c1", level: 1, effort: 5)]),
        ])
        let profile = F.profile(targets: ["A": .init(level: 2), "C": .init(level: 1)], phases: 3, capacity: 20,
                                pins: ["a2": 2, "c1": 1])
        // Phase 1 holds c1 (pinned, 5); a1 (5 + 18 = 23 > 20) cannot join it.
        let error = #expect(throws: PlanningError.self) { try F.plan([rubric], profile) }
        #expect(error?.messages == ["'a2' is pinned to phase 2, but it comes after 'a1' (a lower level of 'A'), which does not fit before phase 2; pin 'a2' to a later phase, or free capacity before phase 2"])
    }

    @Test func aPinBeforeItsPrerequisiteIsRefused() throws {
        let rubric = F.rubric([F.dimension("A", [
            F.action("a1", level: 1, effort: 3), F.action("a2", level: 2, effort: 3),
        ])])
        let error = #expect(throws: PlanningError.self) {
            try F.plan([rubric], F.profile(targets: ["A": .init(level: 2)], pins: ["a2": 1]))
        }
        #expect(error?.messages == ["'a2' is pinned to phase 1, but it comes after 'a1' (a lower level of 'A'), which is not done yet; pin 'a2' to a later phase, or list 'a1' in 'done' if it is finished"])
    }

    @Test func aPinIntoAFullPhaseIsRefused() throws {
        let rubric = F.rubric([F.dimension("A", [
            F.action("big", level: 1, effort: 10), F.action("mid", level: 1, effort: 6),
        ])])
        let error = #expect(throws: PlanningError.self) {
            try F.plan([rubric], F.profile(targets: ["A": .init(level: 1)], capacity: 12, pins: ["big": 1, "mid": 1]))
        }
        // Pins are placed in id order: big (10) fits, mid (10 + 6 = 16) does not.
        #expect(error?.messages == ["'mid' is pinned to phase 1, but phase 1 cannot hold it: the actions pinned there need 16 person-days, more than its capacity of 12; pin some of them to another phase"])
    }

    @Test func pinsOfActionsThePlanDoesNotNeedAreRefusedAtTheirEntry() throws {
        let rubric = F.rubric([F.dimension("A", [
            F.action("a1", level: 1, effort: 3), F.action("a2", level: 2, effort: 3),
            F.action("a3", level: 3, effort: 3), F.action("huge", level: 2, effort: 50),
        ])])
        let text = """
            format: ospo/profile@1
            targets: { A: 2 }
            plan: { start: 2026-01-01, phase_months: 3, phases: 4, capacity: 20 }
            done: [a1]
            exclude: [{ action: a2, reason: Not now }]
            pin:
              a1: 1
              a2: 2
              a3: 3
              huge: 4
            """
        let profile = try ContentLoader.loadProfile(text, path: "profile.yaml")
        let error = #expect(throws: PlanningError.self) { try F.plan([rubric], profile) }
        #expect(error?.description == """
            profile.yaml:7:3: error: 'a1' is pinned to phase 1, but it is listed in 'done'; remove the pin
            profile.yaml:8:3: error: 'a2' is pinned to phase 2, but the profile also excludes it (Not now); remove the pin or the exclusion
            profile.yaml:9:3: error: 'a3' is pinned to phase 3, but no target needs it: 'A' targets level 2 and this action helps reach level 3; raise the target or remove the pin
            profile.yaml:10:3: error: 'huge' is pinned to phase 4, but it runs across 3 phases and the plan ends with phase 4; pin it to phase 2 at the latest
            """)
    }

    // MARK: - Errors

    @Test func unknownActionsAndTargetsAboveTheScaleAreErrors() throws {
        let rubric = F.rubric([F.dimension("A", [F.action("a1", level: 1, effort: 3)])])
        let text = """
            format: ospo/profile@1
            targets: { A: 4 }
            plan: { start: 2026-01-01, phase_months: 3, phases: 2, capacity: 20 }
            done: [a9]
            exclude: [{ action: b1, reason: Not now }]
            pin: { a1: 3 }
            """
        let profile = try ContentLoader.loadProfile(text, path: "p.yaml")
        let error = #expect(throws: PlanningError.self) { try F.plan([rubric], profile) }
        #expect(error?.diagnostics.map(\.location.line) == [2, 4, 5, 6])
        #expect(error?.messages[0].hasPrefix("target level 4 for 'A' is outside 0…3") == true)
        #expect(error?.messages[1].hasPrefix("unknown action 'a9' in 'done'") == true)
        #expect(error?.messages[2].hasPrefix("unknown action 'b1' in 'exclude'") == true)
        #expect(error?.messages[3] == "'a1' is pinned to phase 3, but the plan has 2 phases")
    }

    @Test func aCycleInRequiresIsAnError() throws {
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 3, requires: ["b1"])]),
            F.dimension("B", [F.action("b1", level: 1, effort: 3, requires: ["a1"])]),
        ])
        let error = #expect(throws: PlanningError.self) {
            try F.plan([rubric], F.profile(defaultTarget: 1))
        }
        #expect(error?.messages == ["'requires' forms a cycle: a1 → b1 → a1; remove one of these requirements"])
    }

    @Test func requiresAgainstTheLevelOrderIsAnError() throws {
        // a1 requires b2; b2 comes after b1; b1 requires a2; a2 comes after a1.
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 3, requires: ["b2"]), F.action("a2", level: 2, effort: 3)]),
            F.dimension("B", [F.action("b1", level: 1, effort: 3, requires: ["a2"]), F.action("b2", level: 2, effort: 3)]),
        ])
        let error = #expect(throws: PlanningError.self) {
            try F.plan([rubric], levels: ["A": 0, "B": 0], F.profile(defaultTarget: 2))
        }
        #expect(error?.messages == ["these actions cannot be ordered: a1 requires b2; b2 comes after b1 (a lower level of 'B'); b1 requires a2; a2 comes after a1 (a lower level of 'A'). Change 'requires' so that no action waits for a higher level of its own dimension"])
    }

    // MARK: - What a plan holds

    @Test func projectionFollowsTheScheduleAndNeedsEveryActionOfALevel() throws {
        let rubric = F.rubric([
            F.dimension("A", [
                F.action("a1", level: 1, effort: 3), F.action("a2", level: 2, effort: 3), F.action("a3", level: 3, effort: 3),
            ]),
            // B has no action for level 2, so planning cannot claim level 2 or 3.
            F.dimension("B", [F.action("b1", level: 1, effort: 3), F.action("b3", level: 3, effort: 3)]),
            // C is not planned and stays where it is.
            F.dimension("C", [F.action("c1", level: 1, effort: 3)]),
        ])
        let roadmap = try F.plan([rubric], levels: ["C": 0],
                                 F.profile(targets: ["A": .init(level: 3), "B": .init(level: 3)], capacity: 100))
        #expect(roadmap.projected("A") == [1, 2, 3, 3])
        #expect(roadmap.projected("B") == [1, 1, 1, 1])
        #expect(roadmap.projected("C") == [0, 0, 0, 0])
        #expect(roadmap.phase(of: "b3") == 2)
    }

    @Test func staffingSplitsEachActionEvenlyAmongItsRoles() throws {
        let rubric = F.rubric([F.dimension("A", [
            F.action("a1", level: 1, effort: 10, roles: ["lead", "legal"]),
            F.action("a2", level: 1, effort: 3, roles: ["lead"]),
            F.action("a3", level: 1, effort: 6, roles: ["legal", "lead", "security"]),
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 1)], phases: 1, capacity: 20))
        // lead: 10 ÷ 2 + 3 + 6 ÷ 3 = 5 + 3 + 2 = 10; legal: 5 + 2 = 7; security: 2.
        #expect(roadmap.phases[0].staffing == [
            RoleEffort(role: "lead", effort: 10), RoleEffort(role: "legal", effort: 7), RoleEffort(role: "security", effort: 2),
        ])
        #expect(roadmap.totals.staffing == roadmap.phases[0].staffing)
    }

    @Test func phaseDatesCountFromTheStartAndMeasuresAreDueAtThePhaseEnd() throws {
        let measure = Measure(id: "a1.m", name: "Something", unit: .percent, direction: .up, target: 90)
        let rubric = F.rubric([F.dimension("A", [
            F.action("a1", level: 1, effort: 3), F.action("a2", level: 2, effort: 3, measures: [measure]),
        ])])
        let roadmap = try F.plan([rubric], F.profile(targets: ["A": .init(level: 2)], phases: 3,
                                                     start: CalendarDate(year: 2026, month: 1, day: 31), months: 1))
        // 31 January + 1 month is clamped to 28 February (2026 is no leap
        // year); + 2 months is 31 March, counted from the start, not from 28 February.
        #expect(roadmap.phases.map { "\($0.start)…\($0.end)" } == [
            "2026-01-31…2026-02-27", "2026-02-28…2026-03-30", "2026-03-31…2026-04-29",
        ])
        #expect(roadmap.scheduled("a2")?.measures.map(\.due) == [CalendarDate(year: 2026, month: 3, day: 30)])
    }

    @Test func unassessedDimensionsArePlannedOnlyWithAnExplicitTarget() throws {
        let rubric = F.rubric([
            F.dimension("A", [F.action("a1", level: 1, effort: 3)]),
            F.dimension("B", [F.action("b1", level: 1, effort: 3)]),
        ])
        // Neither is assessed; default_target 2 covers both, but only B is listed.
        let roadmap = try F.plan([rubric], F.profile(targets: ["B": .init(level: 1)], defaultTarget: 2))
        #expect(roadmap.scheduledActions.map(\.id) == ["b1"])
        #expect(roadmap.gap("A")?.gap == nil)
        #expect(roadmap.gap("A")?.isPlanned == false)
        #expect(roadmap.gap("B")?.gap == 1)
    }

    @Test func theSamePlanComesOutEveryTime() throws {
        let rubric = F.rubric([F.dimension("A", (1...30).map { F.action("a\($0)", level: 1 + $0 % 3, effort: Double(1 + $0 % 7), impact: 1 + $0 % 5) })])
        let profile = F.profile(targets: ["A": .init(level: 3)], capacity: 15)
        let first = try F.plan([rubric], profile)
        for _ in 0..<5 {
            #expect(try F.plan([rubric], profile) == first)
        }
    }
}
