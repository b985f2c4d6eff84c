import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import MaturityReports
import Testing
@testable import MaturityUseCases
@testable import MaturityWeb

/// The executive's read-only view, the reports page and its downloads, and
/// the portfolio: what each role sees, the report documents' own policy,
/// the downloads byte for byte the command line's files, and the refusals.
@Suite struct ViewerRouteTests {
    static func bytes(_ response: TestResponse) -> Data { Data(response.body.readableBytesView) }

    @Test func withoutAnAcceptedRoadmapTheExecutivePageSaysSoAndWhatHappensNext() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let vi = try await StaffBrowser.logIn("vi", with: client)
            for page in ["executive", "roadmap"] {
                let response = try await vi.get("/o/acme-works/\(page)", with: client)
                #expect(response.status == .ok)
                #expect(response.body.text.contains("Acme Works has no accepted roadmap yet, so there is no \(page == "executive" ? "executive summary" : "roadmap") to show; a consultant accepts one from the organisation&#39;s plan, and it shows here as soon as they do."))
                #expect(!response.body.text.contains("<iframe"))
                let document = try await vi.get("/o/acme-works/\(page)/document", with: client)
                #expect(document.status == .unprocessableContent)
            }
        }
    }

    @Test func theViewerReadsTheExecutiveSummaryInAFrameAndSeesOnlyItsThreeReports() async throws {
        let fixture = try StaffFixture()
        try fixture.acceptAcmeRoadmap()
        try await fixture.application().test(.router) { client in
            let vi = try await StaffBrowser.logIn("vi", with: client)
            let page = try await vi.get("/o/acme-works/executive", with: client)
            #expect(page.status == .ok)
            let text = page.body.text
            #expect(text.contains(#"<iframe class="report-frame" src="/o/acme-works/executive/document" title="Executive summary" sandbox></iframe>"#))
            // The page may frame its own site's documents, and nothing else changes in its policy.
            #expect(page.headers[.contentSecurityPolicy] == SecurityHeaders<WebContext>.policy + "; frame-src 'self'")
            #expect(page.headers[.xFrameOptions] == "DENY")
            // A viewer downloads nothing and is offered only what it may read.
            #expect(!text.contains("/reports"))
            for link in ["/o/acme-works/executive", "/o/acme-works/roadmap", "/o/acme-works/progress"] {
                #expect(text.contains("href=\"\(link)\""), "\(link)")
            }
            for hidden in ["/o/acme-works/plan", "/o/acme-works/objectives", "/o/acme-works/history", "/portfolio"] {
                #expect(!text.contains("href=\"\(hidden)\""), "\(hidden)")
            }
            #expect(try await vi.get("/o/acme-works/reports", with: client).status == .notFound)
            #expect(try await vi.get("/o/acme-works/reports/executive?format=html", with: client).status == .notFound)
            #expect(try await vi.get("/portfolio", with: client).status == .notFound)
        }
    }

    @Test func aReportDocumentAllowsOnlyItsOwnStylesAndOnlyThisSiteMayFrameIt() async throws {
        let fixture = try StaffFixture()
        try fixture.acceptAcmeRoadmap()
        try await fixture.application().test(.router) { client in
            let vi = try await StaffBrowser.logIn("vi", with: client)
            for kind in [ReportKind.executive, .roadmap] {
                let document = try await vi.get("/o/acme-works/\(kind.rawValue)/document", with: client)
                #expect(document.status == .ok)
                #expect(Self.bytes(document) == (try fixture.commandLineReport(kind, as: .html)))
                let html = document.body.text
                #expect(document.headers[.contentSecurityPolicy] == ReportFramePolicy.contentSecurityPolicy(for: html))
                #expect(document.headers[.xFrameOptions] == "SAMEORIGIN")
                let policy = try #require(document.headers[.contentSecurityPolicy])
                #expect(policy.hasPrefix("default-src 'none'; style-src 'sha256-"))
                #expect(!policy.contains("unsafe-inline") && !policy.contains("script-src"))
            }
        }
    }

    @Test func thePolicyNamesEachStyleByItsDigest() {
        let html = #"<style>a{color:red}</style><p style="width:5%">x</p><p style="width:5%">y</p>"#
        // printf '%s' 'a{color:red}' | openssl dgst -sha256 -binary | base64, and the same for 'width:5%' (named once).
        #expect(ReportFramePolicy.contentSecurityPolicy(for: html)
            == "default-src 'none'; style-src 'sha256-6hWWMOcF+mJesSJGYhmK2lkIIEw9Xc5XKGLPVzh8yxs=' 'unsafe-hashes' "
            + "'sha256-g7TjfyQeK41uaP4TMhNgOd8QBpUCXofUCBgm12yYSkA='; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'")
        #expect(ReportFramePolicy.contentSecurityPolicy(for: "<p>plain</p>")
            == "default-src 'none'; style-src 'none'; img-src data:; form-action 'none'; base-uri 'none'; frame-ancestors 'self'")
    }

    @Test func downloadsAreTheCommandLinesBytesWithAFileName() async throws {
        let fixture = try StaffFixture()
        try fixture.acceptAcmeRoadmap()
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            for kind in [ReportKind.executive, .roadmap, .assessment, .progress] {
                for format in [OutputFormat.html, .md, .json, .csv] {
                    let response = try await lee.get("/o/acme-works/reports/\(kind.rawValue)?format=\(format.rawValue)", with: client)
                    #expect(response.status == .ok, "\(kind) \(format)")
                    #expect(Self.bytes(response) == (try fixture.commandLineReport(kind, as: format)), "\(kind) \(format)")
                    #expect(response.headers[.contentDisposition] == "attachment; filename=\"acme-works-\(kind.rawValue).\(format.rawValue)\"")
                }
            }
            // The options of the command line: --locale iso --show-ids --respondents named.
            let options = ReportOptions(showIds: true, dates: ReportDates(.iso), respondents: .named)
            let chosen = try await lee.get("/o/acme-works/reports/assessment?format=md&locale=iso&ids=1&respondents=named", with: client)
            #expect(Self.bytes(chosen) == (try fixture.commandLineReport(.assessment, as: .md, options: options)))
            #expect(Self.bytes(chosen) != (try fixture.commandLineReport(.assessment, as: .md)))
            // No format is html, as for the command line.
            let plain = try await lee.get("/o/acme-works/reports/roadmap", with: client)
            #expect(plain.headers[.contentDisposition] == "attachment; filename=\"acme-works-roadmap.html\"")
        }
    }

    @Test(.enabled(if: Chromium.find() != nil, "headless Chromium is not installed; the PDF download is not checked"))
    func pdfIsPrintedByChromiumWhenTheServerHasIt() async throws {
        let fixture = try StaffFixture()
        try fixture.acceptAcmeRoadmap()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            #expect(try await cy.get("/o/acme-works/reports", with: client).body.text.contains("format=pdf"))
            let response = try await cy.get("/o/acme-works/reports/executive?format=pdf", with: client)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "application/pdf")
            #expect(Self.bytes(response).prefix(5) == Data("%PDF-".utf8))
        }
    }

    @Test func theReportsPageListsEveryReportAndSaysWhichCannotBeMadeYet() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let lee = try await StaffBrowser.logIn("lee", with: client)
            let page = try await lee.get("/o/acme-works/reports?locale=en-US&ids=1", with: client)
            #expect(page.status == .ok)
            let text = page.body.text
            #expect(text.contains("/o/acme-works/reports/assessment?format=json&amp;locale=en-US&amp;ids=1"))
            #expect(text.contains("/o/acme-works/reports/progress?format=csv&amp;locale=en-US&amp;ids=1"))
            #expect(text.contains("Not available yet: Acme Works has no accepted roadmap yet, so there is no roadmap to show"))
            #expect(!text.contains("/o/acme-works/reports/executive?format"))
            #expect(text.contains(#"<option value="en-US" selected>"#))
            #expect(text.contains("PDF is not offered") == (Chromium.find() == nil))
        }
    }

    @Test func wrongChoicesAreRefusedWithTheChoicesAndNeverRepeated() async throws {
        let fixture = try StaffFixture()
        try fixture.acceptAcmeRoadmap()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            let page = try await cy.get("/o/acme-works/reports?locale=%3Cb%3Eklingon", with: client)
            #expect(page.status == .unprocessableContent)
            #expect(page.body.text.contains("choose the dates&#39; style: en-GB, en-US or iso"))
            #expect(!page.body.text.contains("klingon"))
            let format = try await cy.get("/o/acme-works/reports/executive?format=docx", with: client)
            #expect(format.status == .unprocessableContent)
            #expect(format.body.text.contains("Choose a format: html, md, json, csv or pdf."))
            let date = try await cy.get("/o/acme-works/reports/progress?as-of=yesterday", with: client)
            #expect(date.status == .unprocessableContent)
            #expect(date.body.text.contains("The progress report&#39;s day is a date: YYYY-MM-DD."))
            #expect(try await cy.get("/o/acme-works/reports/scorecard", with: client).status == .notFound)
            #expect(try await cy.get("/o/acme-works/reports/portfolio", with: client).status == .notFound)
        }
    }

    @Test func anotherOrganisationsReportsAreNotThereAndNothingChanges() async throws {
        let fixture = try StaffFixture()
        try fixture.acceptAcmeRoadmap()
        let before = try fixture.snapshot()
        try await fixture.application().test(.router) { client in
            let cy = try await StaffBrowser.logIn("cy", with: client)
            for uri in ["/o/birch-labs/reports", "/o/birch-labs/reports/assessment?format=json", "/o/birch-labs/executive",
                        "/o/birch-labs/executive/document", "/o/birch-labs/roadmap/document", "/portfolio/download?format=csv"] {
                #expect(try await cy.get(uri, with: client).status == .notFound, "\(uri)")
            }
        }
        #expect(try fixture.snapshot() == before)
    }

    @Test func thePortfolioComparesEveryOrganisationForAnAccountThatReachesThemAll() async throws {
        let fixture = try StaffFixture()
        try await fixture.application().test(.router) { client in
            let ada = try await StaffBrowser.logIn("ada", with: client)
            let page = try await ada.get("/portfolio", with: client)
            #expect(page.status == .ok)
            #expect(page.body.text.contains(#"src="/portfolio/document""#))
            #expect(page.body.text.contains(#"href="/portfolio/download?format=csv""#))
            let document = try await ada.get("/portfolio/document", with: client)
            #expect(Self.bytes(document) == (try fixture.commandLineReport(.portfolio, as: .html)))
            #expect(document.headers[.contentSecurityPolicy] == ReportFramePolicy.contentSecurityPolicy(for: document.body.text))
            for format in [OutputFormat.json, .md] {
                let download = try await ada.get("/portfolio/download?format=\(format.rawValue)", with: client)
                #expect(Self.bytes(download) == (try fixture.commandLineReport(.portfolio, as: format)))
                #expect(download.headers[.contentDisposition] == "attachment; filename=\"portfolio.\(format.rawValue)\"")
            }
        }
    }
}
