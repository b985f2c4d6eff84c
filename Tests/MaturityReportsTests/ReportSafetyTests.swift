import Foundation
import MaturityKit
import Testing
@testable import MaturityReports

/// Text from users cannot run in a browser, open a link in Markdown, or
/// start a formula in a spreadsheet.
@Suite struct ReportSafetyTests {
    static let script = "<script>alert(1)</script>"
    static let image = "\"><img src=x onerror=alert(1)>"
    static let link = "[x](javascript:alert(1))"

    static func hostileCard() throws -> Scorecard {
        try ReportFixtures.scorecard(ReportFixtures.answersText(
            organisation: "Evil \(script) Org", note: "\(image) and \(link)", evidence: "javascript:alert(1)",
            justification: "\(script) \(link)"))
    }

    static let hostileBrand = Brand(name: script, logo: "javascript:alert(1)", primaryColour: "red;}</style><script>x()</script>",
                                    accentColour: "#fff", confidentiality: "</style><script>alert(1)</script> \" \\ ;}")

    static func outputs(_ format: OutputFormat) throws -> [String] {
        let card = try hostileCard()
        var profile = try ReportFixtures.profile()
        profile.organisation = nil
        let roadmap = try Planner(rubrics: [try ReportFixtures.rubric()], roles: try ReportFixtures.roles()).plan(card, profile: profile)
        var progress = try ReportFixtures.progress()
        progress.organisation = card.organisation
        progress.objectives[0].note = "\(image) \(link)"
        progress.objectives[1].measures[0].readings[0].source = script
        // The overdue objective: its title is in "needs attention"; the folded one in "finished earlier".
        progress.objectives[3].title = "\(script) \(link)"
        progress.objectives[5].title = image
        let portfolio = Portfolio(entries: [PortfolioEntry(organisation: card.organisation, group: link, scorecards: [card])])
        let renderer = try ReportRenderer(brand: hostileBrand)
        let subjects: [ReportSubject] = [
            .assessment(card, rubrics: [try ReportFixtures.rubric()], profile: profile),
            .executive(card, roadmap, rubrics: [try ReportFixtures.rubric()]),
            .roadmap(roadmap, rubrics: [try ReportFixtures.rubric()]),
            .progress(progress),
            .portfolio(portfolio),
        ]
        return try subjects.map { try renderer.render($0, as: format) }
    }

    @Test func htmlEscapesEverythingUsersWrote() throws {
        for html in try Self.outputs(.html) {
            #expect(!html.lowercased().contains("<script"))
            #expect(!html.contains("<img src=x"))
            #expect(!html.contains("javascript:alert(1)\""))
            #expect(!html.contains("href=\"javascript"))
            #expect(!html.contains("src=\"javascript"))
            #expect(!html.contains("red;}"))
            #expect(html.contains("Evil &lt;script&gt;alert(1)&lt;/script&gt; Org"))
        }
        let assessment = try Self.outputs(.html)[0]
        // The note and the justification are shown, escaped.
        #expect(assessment.contains("&quot;&gt;&lt;img src=x onerror=alert(1)&gt;"))
        // The javascript: evidence is text, not a link; the https one is a link.
        #expect(assessment.contains("<i>Evidence:</i> javascript:alert(1)"))
        let plain = try ReportRenderer().render(.assessment(try ReportFixtures.scorecard(), rubrics: [try ReportFixtures.rubric()], profile: nil), as: .html)
        #expect(plain.contains("<a href=\"https://intranet.example/memo?a=1&amp;b=2\">https://intranet.example/memo?a=1&amp;b=2</a>"))
        // The confidentiality line reaches the CSS only as hex escapes.
        #expect(assessment.contains("content:\"\\00003C /style\\00003E \\00003C script\\00003E alert(1)"))
        #expect(!assessment.contains("</style><script"))
    }

    @Test func markdownEscapesEverythingUsersWrote() throws {
        for markdown in try Self.outputs(.md) {
            // An escaped `\]` cannot close a link text.
            #expect(markdown.range(of: #"(?<!\\)\]\(javascript"#, options: .regularExpression) == nil)
            #expect(markdown.range(of: #"(?<!\\)<script"#, options: .regularExpression) == nil)
            #expect(markdown.range(of: #"(?<!\\)<img"#, options: .regularExpression) == nil)
            #expect(markdown.contains("Evil \\<script\\>alert(1)\\</script\\> Org"))
        }
        let assessment = try Self.outputs(.md)[0]
        #expect(assessment.contains("\\[x\\](javascript:alert(1))"))
        // Evidence that is not http, https or mailto is not a link.
        #expect(assessment.contains("*Evidence:* javascript:alert(1)"))
    }

    @Test func safeLinksOnlyForWebAndMail() {
        #expect(SafeLink.url("https://example.org/a b") == "https://example.org/a%20b")
        #expect(SafeLink.url("http://example.org/x?(1)") == "http://example.org/x?%281%29")
        #expect(SafeLink.url("mailto:ospo@example.org") == "mailto:ospo@example.org")
        #expect(SafeLink.url("javascript:alert(1)") == nil)
        #expect(SafeLink.url("JavaScript:alert(1)") == nil)
        #expect(SafeLink.url("data:text/html,<script>") == nil)
        #expect(SafeLink.url("https:evil") == nil)
        #expect(SafeLink.url("intranet/page") == nil)
        #expect(SafeLink.url("https://a.example/\"><script>") == "https://a.example/%22%3E%3Cscript%3E")
    }

    @Test func csvCellsThatCouldRunAreNeutralised() throws {
        let card = try ReportFixtures.scorecard(ReportFixtures.answersText(organisation: "=HYPERLINK(\"http://x\")"))
        let portfolio = Portfolio(entries: [PortfolioEntry(organisation: card.organisation, group: "+1", scorecards: [card])])
        let csv = try ReportRenderer().render(.portfolio(portfolio), as: .csv)
        #expect(csv.contains("\"'=HYPERLINK(\"\"http://x\"\")\",'+1,"))
        var progress = try ReportFixtures.progress()
        progress.objectives[1].measures[0].readings[0].source = "@SUM(A1)"
        progress.objectives[1].measures[0].readings[1].note = "-2 teams\tleft"
        let readings = try ReportRenderer().render(.progress(progress), as: .csv)
        #expect(readings.contains(",'@SUM(A1),"))
        #expect(readings.contains(",'-2 teams\tleft,"))
        // The note "=SUM(A1) pasted" of the fixture.
        #expect(readings.contains(",'=SUM(A1) pasted,"))
        for field in ["=1", "+1", "-1", "@x", "\tx", "\rx"] {
            #expect(CSVText.field(field).hasPrefix("'") || CSVText.field(field).hasPrefix("\"'"))
        }
    }
}
