import Foundation
import Testing
import MaturityKit
import MaturityReports
import MaturityStore
@testable import MaturityUseCases

/// `TeamDesk.report` and `reportAvailability`: which yes takes which report,
/// the web's words for a report that cannot be made yet, and the bytes of
/// the command line.
struct ViewerReportTests {
    static let viewer = SignedInAccount(name: "vi", role: .viewer, scope: .only(["kestrel-logistics-group", "beta"]))
    static let lead = SignedInAccount(name: "lee", role: .lead, scope: .only(["kestrel-logistics-group", "beta"]))
    static let admin = SignedInAccount(name: "ada", role: .admin, scope: .allOrganisations)

    static func desk() throws -> (Workspace, TeamDesk) {
        let workspace = try Samples.kestrelWorkspace()
        workspace.fixedToday = Samples.day
        _ = try workspace.addOrganisation(name: "Beta")
        return (workspace, try TeamDesk(workspace: workspace))
    }

    @Test func aViewingYesTakesOnlyItsOwnReport() throws {
        let (_, desk) = try Self.desk()
        let executive = try desk.authorise(Self.viewer, .viewExecutiveSummary, organisation: "kestrel-logistics-group")
        #expect(try desk.report(.executive, as: .html, under: executive).filename == "kestrel-logistics-group-executive.html")
        #expect(throws: TeamError.notFound) { try desk.report(.roadmap, as: .html, under: executive) }
        #expect(throws: TeamError.notFound) { try desk.report(.assessment, as: .json, under: executive) }
        #expect(throws: TeamError.notFound) { try desk.report(.portfolio, as: .json, under: executive) }
        #expect(throws: TeamError.notFound) { try desk.reportAvailability(under: executive) }
    }

    @Test func theDownloadYesTakesEveryOrganisationReportButNotThePortfolio() throws {
        let (workspace, desk) = try Self.desk()
        let yes = try desk.authorise(Self.lead, .downloadReports, organisation: "kestrel-logistics-group")
        for kind in TeamDesk.organisationReports {
            let report = try desk.report(kind, as: .json, under: yes)
            let build = try ReportSubjects.fromWorkspace(kind, workspace: workspace, organisation: "kestrel-logistics-group",
                                                         assessment: nil, profilePath: nil, asOf: Samples.day)
            #expect(report.bytes == Data(try ReportRenderer().render(build.subject, as: .json).utf8), "\(kind)")
            #expect(report.mediaType == "application/json; charset=utf-8")
        }
        #expect(throws: TeamError.notFound) { try desk.report(.portfolio, as: .json, under: yes) }
        #expect(throws: ReportError.unsupportedFormat(kind: "roadmap", format: "yaml")) { try desk.report(.roadmap, as: .yaml, under: yes) }
        let portfolio = try desk.authorise(Self.admin, .viewPortfolio, organisation: nil)
        #expect(try desk.report(.portfolio, as: .csv, under: portfolio).filename == "portfolio.csv")
    }

    @Test func aReportThatCannotBeMadeYetSaysWhyInTheWebsWords() throws {
        let (_, desk) = try Self.desk()
        let yes = try desk.authorise(Self.lead, .downloadReports, organisation: "beta")
        let available = try desk.reportAvailability(under: yes)
        let noAssessment = ReportGap.noAssessment(organisation: "Beta").description
        #expect(available == [
            ReportAvailability(kind: .assessment, problem: noAssessment),
            ReportAvailability(kind: .executive, problem: ReportGap.noAcceptedRoadmap(organisation: "Beta", report: "executive summary").description),
            ReportAvailability(kind: .roadmap, problem: ReportGap.noAcceptedRoadmap(organisation: "Beta", report: "roadmap").description),
            // Progress needs no assessment: it says there is nothing to follow yet.
            ReportAvailability(kind: .progress, problem: nil),
        ])
        #expect(noAssessment == "Beta has no assessment yet; a consultant starts one from the organisation's page, and this report shows once there is one")
        let kestrel = try desk.authorise(Self.lead, .downloadReports, organisation: "kestrel-logistics-group")
        #expect(try desk.reportAvailability(under: kestrel).allSatisfy { $0.problem == nil })
    }
}
