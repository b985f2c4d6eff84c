import Testing
import MaturityKit
@testable import MaturityReports

/// Golden files for what `ospo org`, `ospo assessment` and `ospo objective`
/// list and show: review a change by reading the diff of `Golden/records-*`.
struct RecordsRenderTests {
    static let organisations = [
        OrganisationListing(slug: "harbour", name: "Harbour & Co", sector: "Public sector", assessments: 2),
        OrganisationListing(slug: "kestrel", name: "Kestrel \"K\" Ltd", sector: nil, assessments: 1),
        OrganisationListing(slug: "osprey", name: "Osprey", sector: nil, assessments: 0),
    ]

    static let assessments = [
        AssessmentListing(id: 1, organisation: "harbour", date: "2025-11-10", questionnaire: "interview", version: "1.0.0",
                          status: "closed", label: "baseline", overall: LevelScore(score: 2 / 3)),
        AssessmentListing(id: 2, organisation: "harbour", date: "2026-05-04", questionnaire: "interview", version: "1.0.0",
                          status: "open", label: nil, overall: nil),
    ]

    static let objectives = [
        ObjectiveListing(id: 1, action: "strategy.sponsor", title: "Name an executive sponsor", phase: 1, due: "2026-09-30", state: .done),
        ObjectiveListing(id: 2, action: "policy.usage", title: "Publish a \"usage\" policy", phase: 2, due: "2026-12-31", state: .inProgress),
    ]

    @Test func organisationList() throws {
        try assertGolden(OrganisationRenderer.render(Self.organisations, as: .text), named: "records-org-list.txt")
        try assertGolden(OrganisationRenderer.render(Self.organisations, as: .json), named: "records-org-list.json")
    }

    @Test func organisationShow() throws {
        let overview = OrganisationOverview(organisation: Self.organisations[0], assessments: Self.assessments, plans: 2,
                                            currentPlan: .init(id: 2, acceptedAt: "2026-05-10T09:00:00Z"))
        try assertGolden(OrganisationRenderer.render(overview), named: "records-org-show.txt")
        let empty = OrganisationOverview(organisation: Self.organisations[2], assessments: [], plans: 0, currentPlan: nil)
        #expect(OrganisationRenderer.render(empty) == "Osprey (osprey)\n\nAssessments: none\n\nPlans: none\n")
    }

    @Test func assessmentList() throws {
        try assertGolden(AssessmentRenderer.render(Self.assessments, as: .text), named: "records-assessment-list.txt")
        try assertGolden(AssessmentRenderer.render(Self.assessments, as: .json), named: "records-assessment-list.json")
    }

    /// The respondents, one answer not "1 answers", then the scorecard.
    @Test func assessmentShow() throws {
        let card = try ReportFixtures.scorecard(ReportFixtures.answersText().replacingOccurrences(
            of: "      STR-01: \"no\"\n      STR-02: { answer: unknown, evidence: \"javascript:alert(1)\" }\n      POL-01: most\n", with: ""))
        try assertGolden(AssessmentRenderer.render(AssessmentOverview(assessment: Self.assessments[1], scorecard: card)),
                         named: "records-assessment-show.txt")
    }

    @Test func objectiveList() throws {
        try assertGolden(ObjectiveRenderer.render(Self.objectives, as: .text), named: "records-objective-list.txt")
        try assertGolden(ObjectiveRenderer.render(Self.objectives, as: .json), named: "records-objective-list.json")
    }

    @Test func objectiveShow() throws {
        let detail = ObjectiveDetail(
            objective: Self.objectives[1], dimension: "policy", level: 1, start: "2026-10-01", effort: 6.5, roles: ["lead", "legal"],
            history: [.init(at: "2026-07-01T10:00:00Z", status: "planned", note: nil),
                      .init(at: "2026-10-02T08:30:00Z", status: "in-progress", note: "Kick-off held")],
            measures: [
                .init(id: "policy.usage.ack", name: "Teams that acknowledged the policy", unit: .percent, direction: .up, target: 90,
                      readings: [.init(date: "2026-10-01", value: 10, source: "Survey", note: nil),
                                 .init(date: "2026-10-31", value: 200.0 / 3, source: nil, note: "After the town hall")]),
                .init(id: "policy.usage.days", name: "Days to answer a policy question", unit: .days, direction: .down, target: 1, readings: []),
            ])
        try assertGolden(ObjectiveRenderer.render(detail), named: "records-objective-show.txt")
    }

    @Test func aListOnlyComesAsTextOrJSON() throws {
        #expect(throws: UnsupportedFormat(subject: "the organisation list", format: .csv, accepted: [.text, .json])) {
            try OrganisationRenderer.render(Self.organisations, as: .csv)
        }
        #expect(UnsupportedFormat(subject: "the organisation list", format: .csv, accepted: [.text, .json]).description
                == "the organisation list cannot be written as csv; use text or json")
    }
}
