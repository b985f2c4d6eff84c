import Foundation
import MaturityKit
import MaturityReports
import MaturityStore
@testable import MaturityUseCases

/// The board's part of the fixture: an accepted roadmap for each
/// organisation, planned from answers that leave strategy at level 0, in phases of three months from
/// 1 July 2026: on the fixture's day, 20 November 2026, phase 1 ended 51
/// days ago (30 September) and phase 2 ends on 31 December.
extension StaffFixture {
    static let boardProfile = """
        format: ospo/profile@1
        organisation: Fixture
        default_target: 1
        plan:
          start: 2026-07-01
          phase_months: 3
          phases: 2
          capacity: 30
        """

    /// Answers every strategy question "no" in a second assessment of Acme
    /// Works and of Birch Labs (the open ones stay as they are), and accepts
    /// a roadmap from it, as `ospo assessment import` and `ospo roadmap accept` would.
    static func acceptBoardRoadmaps(in workspace: Workspace) throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("board-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let version = try workspace.assessments(organisation: "acme-works").first?.questionnaireVersion else { throw TeamError.notFound }
        for (slug, name) in [("acme-works", "Acme Works"), ("birch-labs", "Birch Labs")] {
            let file = folder.appendingPathComponent("\(slug).yaml")
            try """
                format: ospo/answers@1
                questionnaire: ospo-interview
                version: \(version)
                organisation: \(name)
                date: 2026-06-15
                respondents:
                  - id: lead
                    role: executive
                    answers:
                      STR-01: "no"
                      STR-02: "no"
                      STR-03: "no"
                      STR-04: "no"
                      STR-05: "no"
                """.write(to: file, atomically: true, encoding: .utf8)
            let imported = try AnswersImport.prepare(file: file.path, assessment: nil, libraryFolders: [])
                .run(by: .commandLine(user: "test"), in: workspace)
            _ = try RoadmapAcceptance.accept(in: workspace, organisation: slug, assessment: try workspace.assessment(imported.assessment),
                                             profile: ContentFile(path: "profile.yaml", text: boardProfile),
                                             by: .commandLine(user: "test"))
        }
    }

    /// The objectives of `organisation`'s accepted roadmap, in the plan's order.
    func boardObjectives(_ organisation: String) throws -> [ObjectiveListing] {
        try ObjectiveQueries.list(workspace, organisation: organisation)
    }

    /// The first objective of `organisation`'s roadmap with a measure, for
    /// the walk of every route; "0" when there is none.
    func boardObjective(_ organisation: String) -> String {
        let listings = (try? boardObjectives(organisation)) ?? []
        let measured = listings.first { listing in
            (try? ObjectiveQueries.detail(workspace, objective: String(listing.id), organisation: nil).measures.isEmpty) == false
        }
        return (measured ?? listings.first).map { String($0.id) } ?? "0"
    }
}
