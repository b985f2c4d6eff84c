import Foundation
import MaturityKit
import MaturityReports
import MaturityStore
@testable import MaturityUseCases

/// What the viewer's pages need beyond the shared fixture: an accepted
/// roadmap for Acme Works, and the report the command line writes.
extension StaffFixture {
    /// A small profile of our own: policy and licence compliance first,
    /// two quarters at 30 person-days each.
    static let viewerProfile = """
    format: ospo/profile@1
    default_target: 1
    targets:
      policy: { level: 2, importance: 5 }
      license-compliance: { level: 2, importance: 4 }
    plan:
      start: 2027-01-04
      phase_months: 3
      phases: 2
      capacity: 30

    """

    /// Accepts a roadmap for Acme Works from its assessment, as `ospo roadmap accept` does.
    func acceptAcmeRoadmap() throws {
        _ = try RoadmapAcceptance.accept(in: workspace, organisation: "acme-works", assessment: try workspace.assessment(acmeAssessment),
                                         profile: ContentFile(path: "profile.yaml", text: Self.viewerProfile),
                                         by: .commandLine(user: "test"))
    }

    /// The bytes `ospo report KIND --db … [--org acme-works] --format FORMAT --output FILE`
    /// writes for this workspace: the command's own two steps, the subject
    /// from the workspace and the renderer with the built-in templates.
    func commandLineReport(_ kind: ReportKind, as format: OutputFormat, options: ReportOptions = ReportOptions(),
                           organisation: String? = "acme-works") throws -> Data {
        let build = try ReportSubjects.make(kind, from: .workspace(workspace, organisation: kind == .portfolio ? nil : organisation,
                                                                    assessment: nil, profile: nil, asOf: Self.today),
                                            libraryFolders: [], reading: AnswerFileOptions(date: Self.today))
        let renderer = ReportRenderer(brand: Brand(), templates: try ReportTemplates(), anonymise: false, anonymisationKey: nil, options: options)
        return Data(try renderer.render(build.subject, as: format).utf8)
    }
}
