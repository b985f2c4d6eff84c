import Foundation
import Testing
import MaturityKit
@testable import MaturityReports

/// An anonymised portfolio, in every format, names no organisation or
/// respondent and gives no exact date from its input, searched for in the
/// bytes; hostile names and groups stay inert; groups of fewer than three
/// are not averaged.
struct AnonymisedPortfolioTests {
    static let script = ReportSafetyTests.script
    static let image = ReportSafetyTests.image
    static let link = ReportSafetyTests.link

    /// Four organisations, two of them in a group of two, one hostile name,
    /// respondents named, assessments on exact days.
    static func portfolio() throws -> Portfolio {
        func card(_ organisation: String, _ date: String) throws -> Scorecard {
            try ReportFixtures.scorecard(ReportFixtures.answersText(organisation: organisation, date: date))
        }
        return Portfolio(entries: [
            PortfolioEntry(organisation: "Evil \(script) Org", group: "Public sector",
                           scorecards: [try card("Evil \(script) Org", "2025-11-10"), try card("Evil \(script) Org", "2026-05-04")]),
            PortfolioEntry(organisation: "Kestrel Ltd \(image)", group: "Public sector", scorecards: [try card("Kestrel Ltd \(image)", "2026-03-17")]),
            PortfolioEntry(organisation: "Osprey Agency", group: "Enterprise \(link)", scorecards: [try card("Osprey Agency", "2026-08-21")]),
            PortfolioEntry(organisation: "Wren Works", group: "Enterprise \(link)", scorecards: [try card("Wren Works", "2026-12-30")]),
        ])
    }

    static func outputs() throws -> [(OutputFormat, String)] {
        let renderer = try ReportRenderer(anonymise: true, anonymisationKey: "test key")
        let portfolio = try portfolio()
        return try [OutputFormat.html, .md, .json, .csv].map { ($0, try renderer.render(.portfolio(portfolio), as: $0)) }
    }

    @Test func noNameNoRespondentNoExactDateInAnyFormat() throws {
        let forbidden = ["Evil", "Kestrel", "Osprey", "Wren", "Ada Lovelace", "Lovelace", "cfo",
                         "2025-11-10", "2026-05-04", "2026-03-17", "2026-08-21", "2026-12-30",
                         "10 Nov 2025", "4 May 2026", "17 Mar 2026", "21 Aug 2026", "30 Dec 2026",
                         // The groups of two: neither named nor averaged.
                         "Public sector", "Enterprise"]
        for (format, text) in try Self.outputs() {
            for word in forbidden {
                #expect(!text.contains(word), "\(format.rawValue) output contains '\(word)'")
            }
            #expect(text.contains("Organisation D"))
            #expect(text.contains("2026 Q4"), "\(format.rawValue): the quarter stands for the date")
        }
    }

    @Test func hostileInputStaysInert() throws {
        for (format, text) in try Self.outputs() {
            let lowered = text.lowercased()
            #expect(!lowered.contains("<script"), "\(format.rawValue)")
            #expect(!lowered.contains("onerror"), "\(format.rawValue)")
            #expect(!lowered.contains("javascript:"), "\(format.rawValue)")
        }
    }

    @Test func theOrderComesFromTheKeyAndStaysWithIt() throws {
        let portfolio = try Self.portfolio()
        func csv(_ key: String) throws -> String {
            try ReportRenderer(anonymise: true, anonymisationKey: key).render(.portfolio(portfolio), as: .csv)
        }
        // The same key letters the same way on every run.
        #expect(try csv("test key") == (try csv("test key")))
        // Organisation A under one key is a different client under some other
        // key: its first assessment's quarter (2025 Q4 only for the hostile one) moves.
        let keys = ["k1", "k2", "k3", "k4", "k5", "k6", "k7", "k8"]
        let firstRows = try keys.map { try csv($0).split(separator: "\r\n")[1].split(separator: ",", omittingEmptySubsequences: false)[2] }
        #expect(Set(firstRows).count > 1)
    }

    @Test func groupsOfFewerThanThreeAreNotAveraged() throws {
        let json = try ReportRenderer(anonymise: true, anonymisationKey: "k").render(.portfolio(try Self.portfolio()), as: .json)
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let groups = try #require(object["groups"] as? [[String: Any]])
        // Both groups had two: all four join the ungrouped, averaged as four.
        #expect(groups.map { $0["name"] as? String } == ["Ungrouped"])
        #expect(groups.first?["organisations"] as? Int == 4)
    }
}
