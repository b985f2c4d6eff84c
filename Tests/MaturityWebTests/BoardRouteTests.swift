import Foundation
import Hummingbird
import HummingbirdTesting
import MaturityKit
import MaturityReports
import MaturityStore
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// The lead's board in the browser: the objectives, one objective with its
/// two forms, the progress report and the history; refusals with the
/// command line's words, keeping what was typed; other organisations'
/// objectives out of reach; and changes equal to the command line's.
@Suite struct BoardRouteTests {
    /// An objective of `organisation` with exactly one measure, so that a
    /// reading meeting its target settles the objective's status.
    static func singleMeasure(_ fixture: StaffFixture, _ organisation: String = "acme-works") throws -> (Int64, ObjectiveDetail.Measure) {
        for listing in try fixture.boardObjectives(organisation) {
            let detail = try ObjectiveQueries.detail(fixture.workspace, objective: String(listing.id), organisation: nil)
            if detail.measures.count == 1, let measure = detail.measures.first { return (listing.id, measure) }
        }
        throw TeamError.notFound
    }

    /// The export with its random uids blanked: two fixtures built alike then compare equal.
    static func comparable(_ fixture: StaffFixture) throws -> String {
        try fixture.snapshotWithoutAudit().replacing(/[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}/, with: "uid")
    }

    @Test func theBoardShowsObjectivesByStateWithDueDatesAndOverdueFlags() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        let listed = try fixture.boardObjectives("acme-works")
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let page = try await lee.get("/o/acme-works/objectives", with: client)
            #expect(page.status == .ok)
            let body = page.body.text
            #expect(body.contains("<h2>Planned <span class=\"sub\">(\(listed.count))</span></h2>"))
            // Phase 1 ended on 30 September; the fixture's day is 20 November: 30 + 20 + 1 = 51 days.
            #expect(listed.contains { $0.phase == 1 })
            #expect(body.contains("overdue by 51 days"))
            for listing in listed { #expect(body.contains("href=\"/o/acme-works/objectives/\(listing.id)\"")) }
            #expect(!body.contains("style="))
        }
    }

    @Test func theLeadRecordsAReadingAndSeesTheStatusChange() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        let (id, measure) = try Self.singleMeasure(fixture)
        let page = "/o/acme-works/objectives/\(id)"
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let before = try await lee.get(page, with: client).body.text
            #expect(before.contains("no reading yet"))
            #expect(!before.contains("target met"))
            let posted = try await lee.post(page + "/readings", [("measure", measure.id), ("value", formatNumber(measure.target)),
                                                                 ("date", ""), ("source", "dashboard"), ("note", "")], with: client)
            #expect(posted.status == .seeOther)
            #expect(posted.headers[.location] == page + "?done=recorded")
            let after = try await lee.get(page + "?done=recorded", with: client).body.text
            #expect(after.contains("The reading was recorded."))
            #expect(after.contains("<span class=\"badge good\">target met</span>"))
            #expect(after.contains("on 2026-11-20"))
        }
        let readings = try ObjectiveQueries.detail(fixture.workspace, objective: String(id), organisation: nil).measures.first?.readings
        #expect(readings?.map { "\($0.date) \($0.value) \($0.source ?? "-")" } == ["2026-11-20 \(measure.target) dashboard"])
    }

    @Test func aRefusedReadingShowsTheCommandLinesMessageAndKeepsWhatWasTyped() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        let (id, measure) = try Self.singleMeasure(fixture)
        let page = "/o/acme-works/objectives/\(id)"
        let before = try fixture.snapshot()
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let cases: [(value: String, date: String, message: String)] = [
                ("lots", "", "&#39;lots&#39; is not a number; give the reading as a number such as 42 or 0.75"),
                ("5", "2026-13-01", "the date takes YYYY-MM-DD, found &#39;2026-13-01&#39;"),
                ("5", "2026-11-21", "the reading is dated 2026-11-21, after today (2026-11-20)"),
            ]
            for (value, date, message) in cases {
                let response = try await lee.post(page + "/readings", [("measure", measure.id), ("value", value), ("date", date),
                                                                       ("source", "board pack"), ("note", "typed by hand")], with: client)
                #expect(response.status == .unprocessableContent, "\(value) \(date)")
                let body = response.body.text
                #expect(body.contains(message), "\(value) \(date)")
                #expect(body.contains("name=\"value\" value=\"\(value)\""))
                #expect(body.contains("value=\"board pack\"") && body.contains("value=\"typed by hand\""))
                if !date.isEmpty { #expect(body.contains("name=\"date\" value=\"\(date)\"")) }
            }
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func theLeadMovesAnObjectiveWithANoteAndTheHistoryNamesThem() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        let id = try #require(try fixture.boardObjectives("acme-works").first).id
        let page = "/o/acme-works/objectives/\(id)"
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let moved = try await lee.post(page + "/move", [("move", "start"), ("note", "kick-off <b>today</b>")], with: client)
            #expect(moved.status == .seeOther)
            #expect(moved.headers[.location] == page + "?done=moved")
            let body = try await lee.get(page, with: client).body.text
            #expect(body.contains("state: in progress"))
            #expect(body.contains("<td>kick-off &lt;b&gt;today&lt;/b&gt;</td><td>account:lee</td>"))
            // Back to in progress is refused as the command line refuses it; the note stays.
            let again = try await lee.post(page + "/move", [("move", "start"), ("note", "again")], with: client)
            #expect(again.status == .unprocessableContent)
            #expect(again.body.text.contains("in-progress"))
            #expect(again.body.text.contains(">again</textarea>"))
            let history = try await lee.get("/o/acme-works/history", with: client).body.text
            let newest = try #require(history.range(of: "account:lee"))
            let accepted = try #require(history.range(of: "acceptRoadmap"))
            #expect(newest.lowerBound < accepted.lowerBound)
        }
    }

    @Test func anObjectiveOfAnotherOrganisationIsNotFoundAndNothingChanges() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        let birch = try #require(try fixture.boardObjectives("birch-labs").first).id
        let before = try fixture.snapshot()
        try await fixture.application().test(.router) { client in
            // Ada reaches both organisations, but not Birch's objective through Acme's pages.
            for name in ["lee", "ada"] {
                let browser = try await StaffBrowser.logIn(name, with: client)
                let page = "/o/acme-works/objectives/\(birch)"
                #expect(try await browser.get(page, with: client).status == .notFound)
                #expect(try await browser.post(page + "/move", [("move", "drop"), ("note", "x")], with: client).status == .notFound)
                #expect(try await browser.post(page + "/readings", [("measure", "m"), ("value", "1")], with: client).status == .notFound)
                #expect(try await browser.get("/o/acme-works/objectives/99999", with: client).status == .notFound)
            }
            let vi = try await StaffBrowser.logIn("vi", with: client)
            #expect(try await vi.get("/o/acme-works/objectives", with: client).status == .notFound)
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func theProgressReportIsLiveAsOfADay() async throws {
        let fixture = try StaffFixture(roadmaps: true)
        try await fixture.application().test(.router) { client in
            let vi = try await StaffBrowser.logIn("vi", with: client)
            let page = try await vi.get("/o/acme-works/progress?as_of=2026-08-01", with: client)
            #expect(page.status == .ok)
            let body = page.body.text
            #expect(body.contains("Needs attention"))
            #expect(body.contains("name=\"as_of\" value=\"2026-08-01\""))
            // On 1 August no objective is overdue yet; on the fixture's day phase 1's are.
            #expect(!body.contains("st-overdue"))
            #expect(try await vi.get("/o/acme-works/progress", with: client).body.text.contains("st-overdue"))
            #expect(!body.contains("<style") && !body.contains("style=") && !body.contains("<script"))
            #expect(try await vi.get("/o/acme-works/progress?as_of=tomorrow", with: client).status == .badRequest)
        }
    }

    @Test func aMoveOnTheWebLeavesTheWorkspaceTheCommandLineLeaves() async throws {
        let web = try StaffFixture(roadmaps: true), cli = try StaffFixture(roadmaps: true)
        let id = try #require(try web.boardObjectives("acme-works").first).id
        try await web.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let response = try await lee.post("/o/acme-works/objectives/\(id)/move", [("move", "drop"), ("note", "no budget")], with: client)
            #expect(response.status == .seeOther)
        }
        try ObjectiveStatusChange.apply(.dropped, objective: String(id), note: "no budget", in: cli.workspace)
        #expect(try Self.comparable(web) == Self.comparable(cli))
        #expect(try Self.comparable(web) != Self.comparable(try StaffFixture(roadmaps: true)))
    }

    @Test func aReadingOnTheWebLeavesTheWorkspaceTheCommandLineLeaves() async throws {
        let web = try StaffFixture(roadmaps: true), cli = try StaffFixture(roadmaps: true)
        let (id, measure) = try Self.singleMeasure(web)
        try await web.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let response = try await lee.post("/o/acme-works/objectives/\(id)/readings",
                                              [("measure", measure.id), ("value", "0,5"), ("date", "2026-11-02"), ("source", "survey"), ("note", "first")],
                                              with: client)
            #expect(response.status == .seeOther)
        }
        try MeasureReading(objective: String(id), measure: measure.id, value: "0,5", date: CalendarDate(year: 2026, month: 11, day: 2),
                           source: "survey", note: "first").record(in: cli.workspace)
        #expect(try Self.comparable(web) == Self.comparable(cli))
        #expect(try Self.comparable(web) != Self.comparable(try StaffFixture(roadmaps: true)))
    }
}
