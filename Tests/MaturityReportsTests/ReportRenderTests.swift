import Foundation
import MaturityKit
import Testing
@testable import MaturityReports

/// Golden files for every report kind in every text format
/// (`Golden/report-KIND.FORMAT`), from the small inputs of `ReportFixtures`.
/// Review a change by reading the diff of the golden files.
@Suite struct ReportRenderTests {
    static func subject(_ kind: ReportKind) throws -> ReportSubject {
        switch kind {
        case .assessment:
            return .assessment(try ReportFixtures.scorecard(), rubrics: [try ReportFixtures.rubric()], profile: try ReportFixtures.profile())
        case .executive:
            // With its scenarios, as `ospo report executive` makes it.
            var roadmap = try ReportFixtures.roadmap()
            roadmap.scenarios = ScenarioAnalysis.scenarios(planner: Planner(rubrics: [try ReportFixtures.rubric()], roles: try ReportFixtures.roles()),
                                                           scorecard: try ReportFixtures.scorecard(), profile: try ReportFixtures.profile())
            return .executive(try ReportFixtures.scorecard(), roadmap, rubrics: [try ReportFixtures.rubric()])
        case .roadmap:
            return .roadmap(try ReportFixtures.roadmap(), rubrics: [try ReportFixtures.rubric()])
        case .progress:
            return .progress(try ReportFixtures.progress())
        case .portfolio:
            return .portfolio(try ReportFixtures.portfolio())
        }
    }

    static let cases: [(ReportKind, OutputFormat)] = ReportKind.allCases.flatMap { kind in ReportRenderer.formats.map { (kind, $0) } }

    @Test(arguments: cases)
    func golden(kind: ReportKind, format: OutputFormat) throws {
        let renderer = try ReportRenderer(brand: ReportFixtures.brand)
        let output = try renderer.render(Self.subject(kind), as: format)
        try assertGolden(output, named: "report-\(kind.rawValue).\(format.rawValue)")
    }

    @Test func withoutABrandTheDefaultsApply() throws {
        let html = try ReportRenderer().render(Self.subject(.executive), as: .html)
        #expect(html.contains("--primary:#1f4e79;--accent:#d9822b"))
        #expect(!html.contains("<img"))
        #expect(!html.contains("class=\"confidential\""))
    }

    @Test(arguments: ReportKind.allCases)
    func htmlIsSelfContainedAndPrintsOnA4(kind: ReportKind) throws {
        let html = try ReportRenderer(brand: ReportFixtures.brand).render(Self.subject(kind), as: .html)
        #expect(html.hasPrefix("<!DOCTYPE html>"))
        #expect(!html.lowercased().contains("<script"))
        #expect(!html.contains("<link"))
        #expect(!html.contains("src=\"http"))
        #expect(!html.contains("url("))
        #expect(html.contains("@page{size:A4"))
        #expect(html.contains("@media print"))
        // Every chart has a title and a description for screen readers.
        let charts = html.components(separatedBy: "<svg").count - 1
        #expect(charts >= 1)
        #expect(html.components(separatedBy: "<title>").count - 1 == charts + 1)
    }

    @Test func sameBytesEveryTime() throws {
        let renderer = try ReportRenderer(brand: ReportFixtures.brand)
        for kind in ReportKind.allCases {
            let first = try renderer.render(Self.subject(kind), as: .html)
            #expect(try renderer.render(Self.subject(kind), as: .html) == first)
        }
    }

    @Test func anonymisedPortfolioNamesNoClient() throws {
        var brand = ReportFixtures.brand
        brand.confidentiality = "Confidential"
        let renderer = try ReportRenderer(brand: brand, anonymise: true)
        for format in ReportRenderer.formats {
            let output = try renderer.render(Self.subject(.portfolio), as: format)
            for name in ["Harbour", "Kestrel", "Osprey", "Ada Lovelace"] {
                #expect(!output.contains(name), "\(format): \(name)")
            }
            #expect(output.contains("Organisation A"))
            #expect(output.contains("Organisation C"))
        }
        let assessment = try renderer.render(Self.subject(.assessment), as: .md)
        #expect(!assessment.contains("Harbour"))
        #expect(!assessment.contains("Ada Lovelace"))
    }

    // MARK: - Templates

    @Test func aTemplateIsReplacedByName() throws {
        let templates = try ReportTemplates(overrides: ["portfolio.md": "Clients of {{page.brandName}}:{{#organisations}} {{name}};{{/organisations}}\n"])
        let output = try ReportRenderer(brand: ReportFixtures.brand, templates: templates).render(Self.subject(.portfolio), as: .md)
        // The Markdown content type escapes `&`-free names as they are.
        #expect(output == "Clients of Lighthouse Advisory: Harbour & Co; Kestrel Ltd; Osprey Agency;\n")
        #expect(templates.overridden == ["portfolio.md"])
    }

    @Test func anUnknownTemplateNameIsRejectedWithTheKnownOnes() throws {
        let error = #expect(throws: ReportError.self) { try ReportTemplates(overrides: ["executive.htm": "x"]) }
        guard case .unknownTemplate(let name, let known)? = error else { Issue.record("wrong error \(String(describing: error))"); return }
        #expect(name == "executive.htm")
        #expect(known.contains("executive.html"))
        #expect(error?.description.contains("rename the file to one of") == true)
    }

    @Test func aTemplateThatDoesNotParseNamesItsLine() throws {
        let error = #expect(throws: ReportError.self) { try ReportTemplates(overrides: ["roadmap.html": "<p>\n{{#phases}}\n"]) }
        guard case .templateSyntax(let name, let line, _, _)? = error else { Issue.record("wrong error \(String(describing: error))"); return }
        #expect(name == "roadmap.html")
        #expect(line >= 2)
    }

    @Test func everyDefaultTemplateParses() throws {
        _ = try ReportTemplates()
        #expect(DefaultTemplates.all.count == 15)
    }
}
