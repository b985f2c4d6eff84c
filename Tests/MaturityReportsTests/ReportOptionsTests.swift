import Foundation
import MaturityKit
import Testing
@testable import MaturityReports

/// The choices of `--show-ids`, `--locale` and `--respondents`, the one rule
/// for the largest gaps, and the heatmap's text contrast.
@Suite struct ReportOptionsTests {
    static let hostileName = "<script>alert(1)</script><img src=x onerror=alert(2)>"

    /// Answers whose first respondent has a hostile name and a hostile note.
    static func card(name: String = hostileName) throws -> Scorecard {
        try ReportFixtures.scorecard(ReportFixtures.answersText(note: "[x](javascript:alert(3)) \"><img src=y onerror=alert(4)>",
                                                                evidence: "javascript:alert(5)")
            .replacingOccurrences(of: "name: Ada Lovelace", with: "name: \(ReportFixtures.yamlQuoted(name))"))
    }

    static var allOptions: [ReportOptions] {
        [false, true].flatMap { ids in
            ReportLocale.allCases.flatMap { locale in
                RespondentDisplay.allCases.map { ReportOptions(showIds: ids, dates: ReportDates(locale), respondents: $0) }
            }
        }
    }

    static func subjects(_ card: Scorecard) throws -> [ReportSubject] {
        let rubric = try ReportFixtures.rubric()
        let roadmap = try Planner(rubrics: [rubric], roles: try ReportFixtures.roles()).plan(card, profile: try ReportFixtures.profile())
        return [.assessment(card, rubrics: [rubric], profile: try ReportFixtures.profile()),
                .executive(card, roadmap, rubrics: [rubric]), .roadmap(roadmap, rubrics: [rubric])]
    }

    @Test func hostileAnswersStayInertWithEveryOption() throws {
        let subjects = try Self.subjects(try Self.card())
        for options in Self.allOptions {
            for anonymise in [false, true] {
                let renderer = try ReportRenderer(brand: ReportFixtures.brand, anonymise: anonymise, options: options)
                for subject in subjects {
                    let html = try renderer.render(subject, as: .html)
                    #expect(!html.lowercased().contains("<script"), "\(options)")
                    #expect(!html.contains("<img src=x") && !html.contains("<img src=y"), "\(options)")
                    #expect(!html.contains("href=\"javascript"), "\(options)")
                    let markdown = try renderer.render(subject, as: .md)
                    #expect(markdown.range(of: #"(?<!\\)<script"#, options: .regularExpression) == nil, "\(options)")
                    #expect(markdown.range(of: #"(?<!\\)\]\(javascript"#, options: .regularExpression) == nil, "\(options)")
                }
            }
        }
    }

    @Test(arguments: [RespondentDisplay.roles, .hidden])
    func onlyNamedReportsNameRespondents(display: RespondentDisplay) throws {
        let card = try Self.card(name: "Imogen Quarrie")
        let subject = try Self.subjects(card)[0]
        for format in [OutputFormat.html, .md] {
            let output = try ReportRenderer(options: ReportOptions(respondents: display)).render(subject, as: format)
            #expect(!output.contains("Imogen"), "\(display) \(format)")
            #expect(!output.contains("Quarrie"), "\(display) \(format)")
            if display == .hidden {
                // Neither who nor in which role: no label before any answer.
                #expect(!output.contains("Executive"), "\(format)")
                #expect(!output.contains("Engineer"), "\(format)")
                #expect(output.contains("2 people answered; this copy of the report does not say who, or in which role."))
            } else {
                #expect(output.contains("Executive: Yes; Engineer: No"), "\(format)")
            }
        }
        let named = try ReportRenderer(options: ReportOptions(respondents: .named)).render(subject, as: .md)
        #expect(named.contains("**Imogen Quarrie (executive)**: Yes = 1.00"))
        // Anonymised, even a report asked to name respondents shows roles only (an id may be a name).
        let anonymised = try ReportRenderer(anonymise: true, options: ReportOptions(respondents: .named)).render(subject, as: .md)
        #expect(!anonymised.contains("Imogen"))
        #expect(!anonymised.contains("cfo"))
        #expect(anonymised.contains("**Executive**: Yes = 1.00"))
    }

    @Test func idsOnlyWithShowIds() throws {
        let subjects = try Self.subjects(try ReportFixtures.scorecard())
        let client = try ReportRenderer().render(subjects[2], as: .md)
        let working = try ReportRenderer(options: ReportOptions(showIds: true)).render(subjects[2], as: .md)
        #expect(!client.contains("strategy.written"))
        #expect(client.contains("| Write the open source strategy | Open source strategy |"))
        #expect(working.contains("| Write the open source strategy (`strategy.written`) | Open source strategy |"))
        // Reasons in words, with titles.
        #expect(client.contains("Takes Open source strategy to level 3; comes after “Write the open source strategy”."))
        #expect(working.contains("comes after “Write the open source strategy” (strategy.written)."))
        let assessment = try ReportRenderer().render(subjects[0], as: .html)
        #expect(!assessment.contains("STR-01"))
        #expect(!assessment.contains("questionnaire interview"))
        #expect(try ReportRenderer(options: ReportOptions(showIds: true)).render(subjects[0], as: .html).contains("<code>STR-01</code>"))
    }

    @Test func oneDateStyleInEachLocale() throws {
        let day = ReportFixtures.day("2027-01-04"), end = ReportFixtures.day("2028-01-03")
        let gb = ReportDates(.enGB), us = ReportDates(.enUS), iso = ReportDates(.iso)
        #expect(gb.day(day) == "4\u{00A0}Jan\u{00A0}2027")
        #expect(us.day(day) == "Jan\u{00A0}4,\u{00A0}2027")
        #expect(iso.day(day) == "2027\u{2011}01\u{2011}04")
        #expect(gb.range(day, end) == "4\u{00A0}Jan\u{00A0}2027 to 3\u{00A0}Jan\u{00A0}2028")
        #expect(gb.months(day, ReportFixtures.day("2027-03-31")) == "Jan–Mar\u{00A0}2027")
        #expect(gb.months(ReportFixtures.day("2026-11-01"), day) == "Nov\u{00A0}2026–Jan\u{00A0}2027")
        #expect(iso.months(day, ReportFixtures.day("2027-03-31")) == "2027\u{2011}01 to 2027\u{2011}03")
        // Markdown gets plain spaces and hyphens; HTML keeps them unbreakable.
        let subject = try Self.subjects(try ReportFixtures.scorecard())[2]
        let markdown = try ReportRenderer(options: ReportOptions(dates: iso)).render(subject, as: .md)
        #expect(markdown.contains("## Phase 1: 2026-07-01 to 2026-09-30"))
        let html = try ReportRenderer(options: ReportOptions(dates: us)).render(subject, as: .html)
        #expect(html.contains("<h2>Phase 1: Jul\u{00A0}1,\u{00A0}2026 to Sep\u{00A0}30,\u{00A0}2026</h2>"))
        #expect(!html.contains("2026-07-01"))
    }

    @Test func largestGapsRankGapTimesImportanceThenRubricOrder() {
        func gap(_ id: String, target: Int, importance: Int) -> DimensionGap {
            DimensionGap(id: id, title: id, module: "m", maxLevel: 4, current: 1, target: target, importance: importance, hasExplicitTarget: true)
        }
        let gaps = [gap("a", target: 2, importance: 1), gap("b", target: 2, importance: 5), gap("c", target: 2, importance: 2),
                    gap("d", target: 2, importance: 5), gap("e", target: 1, importance: 5), gap("f", target: 3, importance: 2)]
        let scores: [String: Double] = ["a": 0.5, "b": 1.5, "c": 1.0, "e": 1.2, "f": 2.0]
        let ranked = LargestGaps.rank(gaps, score: { scores[$0] })
        // b: (2 − 1.5) × 5 = 2.5; c: (2 − 1) × 2 = 2; f: (3 − 2) × 2 = 2, after c in rubric order;
        // a: (2 − 0.5) × 1 = 1.5; d is unassessed and e above its target: left out.
        #expect(ranked.map(\.gap.id) == ["b", "c", "f", "a"])
        #expect(ranked.map(\.size) == [0.5, 1.0, 1.0, 1.5])
        #expect(LargestGaps.rank(gaps, score: { scores[$0] }, limit: 2).map(\.gap.id) == ["b", "c"])
    }

    @Test func assessmentAndExecutiveListTheSameGaps() throws {
        let subjects = try Self.subjects(try ReportFixtures.scorecard())
        let assessment = try ReportRenderer().render(subjects[0], as: .json)
        let executive = try ReportRenderer().render(subjects[1], as: .json)
        // strategy: (3 − 1.00) × 5 = 10; policy: (2 − 1.50) × 3 = 1.5; community meets its target of 1.
        #expect(assessment.contains("\"gaps\" : [\n    \"strategy\",\n    \"policy\"\n  ]"))
        #expect(executive.range(of: #""dimension" : "strategy",\s+"gap" : 2,"#, options: .regularExpression) != nil)
        #expect(executive.range(of: #""dimension" : "policy",\s+"gap" : 0.5,"#, options: .regularExpression) != nil)
    }

    @Test(arguments: [ChartPalette.defaultAccent, "#ffcc00", "#777777", "#204060", "#c05020", "#00ff00"])
    func accentTextOnWhiteMeetsWCAGAA(accent: String) {
        let text = ChartPalette.readable(accent)
        #expect(ChartPalette.contrast(text, "#ffffff") >= 4.5, "\(accent) → \(text)")
        // A colour dark enough already is kept as it is.
        if ChartPalette.contrast(accent, "#ffffff") >= 4.5 { #expect(text == accent) }
    }

    @Test func theDefaultAccentIsDarkenedForText() {
        // #d9822b: L = 0.2126 × 0.694 + 0.7152 × 0.223 + 0.0722 × 0.024 ≈ 0.309,
        // so on white (1.05) ÷ (0.309 + 0.05) ≈ 2.9 : 1, short of 4.5 : 1.
        #expect(ChartPalette.contrast(ChartPalette.defaultAccent, "#ffffff") < 3)
        #expect(ChartPalette.readable(ChartPalette.defaultAccent) != ChartPalette.defaultAccent)
    }

    @Test(arguments: [ChartPalette.defaultPrimary, "#ffcc00", "#777777", "#204060", "#c05020", "#00ff00"])
    func heatmapTextMeetsWCAGAA(primary: String) {
        let palette = ChartPalette(primary: primary)
        for step in 0...20 {
            let fill = palette.shade(HeatmapChart.share(Double(step) / 20))
            let contrast = ChartPalette.contrast(ChartPalette.text(on: fill), fill)
            #expect(contrast >= 4.5, "\(primary) at \(step): \(fill) \(contrast)")
        }
        // The default navy itself: white text, (1.05) ÷ (L + 0.05) with L ≈ 0.0727, about 8.6 : 1.
        #expect(ChartPalette.text(on: ChartPalette.defaultPrimary) == "#ffffff")
        #expect(abs(ChartPalette.contrast("#ffffff", "#000000") - 21) < 1e-9)
    }
}
