import Hummingbird
import MaturityReports
import MaturityUseCases

/// The executive's read-only view and the reports: the executive summary
/// and roadmap of the accepted roadmap, the reports page of downloads, and
/// the portfolio across organisations.
///
/// A report's HTML is one document with its own styles and SVG charts. The
/// workspace's policy forbids inline style, so each page shows the report in
/// a sandboxed frame whose document (`…/document`) is served with a policy
/// of its own: only the hashes of the styles it holds, no script, framed by
/// this site only (`ReportFramePolicy`). The page around it keeps the
/// navigation, so a reader can always go back.
struct ViewerRoutes: Sendable {
    let desk: TeamDesk
    let configuration: WebConfiguration

    func add(to site: StaffSite) {
        for (kind, suffix) in [(ReportKind.executive, "executive"), (.roadmap, "roadmap")] {
            let action = TeamDesk.viewingAction(of: kind)
            site.get("/o/:org/\(suffix)", action) { request in try self.reportPage(kind, request) }
            site.get("/o/:org/\(suffix)/document", action) { request in try self.document(kind, request) }
        }
        site.get("/o/:org/reports", .downloadReports) { request in try self.downloads(request) }
        site.get("/o/:org/reports/:report", .downloadReports) { request in try await self.download(request) }
        site.get("/portfolio", .viewPortfolio) { request in try self.reportPage(.portfolio, request) }
        site.get("/portfolio/document", .viewPortfolio) { request in try self.document(.portfolio, request) }
        site.get("/portfolio/download", .viewPortfolio) { request in try await self.download(request, kind: .portfolio) }
    }

    /// Where a report's page and document live.
    static func base(_ kind: ReportKind, _ request: StaffRequest) -> String {
        kind == .portfolio ? "/portfolio" : "\(request.organisationBase)/\(kind.rawValue)"
    }

    private func reportPage(_ kind: ReportKind, _ request: StaffRequest) throws -> Response {
        let title = kind == .portfolio ? "Portfolio" : kind.title
        var values: [String: Any] = ["heading": title]
        do {
            let report = try request.desk.report(kind, as: .html, under: try request.yes())
            let downloads: [[String: String]]
            if kind == .portfolio {
                downloads = formats(pdf: request.desk.pdfAvailable).map { ["label": $0.rawValue.uppercased(), "href": "/portfolio/download?format=\($0.rawValue)"] }
            } else if request.account.may(.downloadReports, on: request.slug) {
                downloads = formats(pdf: request.desk.pdfAvailable).map {
                    ["label": $0.rawValue.uppercased(), "href": "\(request.organisationBase)/reports/\(kind.rawValue)?format=\($0.rawValue)"]
                }
            } else {
                downloads = []
            }
            values["warnings"] = report.warnings.map(Self.plainWarning)
            values["hasFrame"] = true
            values["frame"] = Self.base(kind, request) + "/document"
            values["downloads"] = downloads
            values["hasDownloads"] = !downloads.isEmpty
        } catch let error as TeamError {
            throw error
        } catch {
            values["missing"] = Self.sentence("\(error)")
        }
        var response = StaffPages.page("viewerReport", title: title, values, for: request)
        // The one change to the workspace's policy: this page may frame the report's own document.
        response.headers[.contentSecurityPolicy] = SecurityHeaders<WebContext>.policy + "; frame-src 'self'"
        return response
    }

    /// The report's HTML alone, under a policy that allows its own styles only.
    private func document(_ kind: ReportKind, _ request: StaffRequest) throws -> Response {
        let report: WebReport
        do {
            report = try request.desk.report(kind, as: .html, under: try request.yes())
        } catch let error as TeamError {
            throw error
        } catch {
            return StaffPages.message(status: .unprocessableContent, title: kind.title,
                                      text: Self.sentence("\(error)"))
        }
        let html = String(decoding: report.bytes, as: UTF8.self)
        var headers: HTTPFields = [.contentType: report.mediaType]
        headers[.contentSecurityPolicy] = ReportFramePolicy.contentSecurityPolicy(for: html)
        headers[.xFrameOptions] = "SAMEORIGIN"
        return Response(status: .ok, headers: headers, body: .init(byteBuffer: ByteBuffer(string: html)))
    }

    /// The formats offered: pdf only where the server can print it.
    func formats(pdf: Bool) -> [OutputFormat] {
        TeamDesk.reportFormats.filter { $0 != .pdf || pdf }
    }

    /// A message as a sentence on a page: capitalised, with a full stop.
    static func sentence(_ text: String) -> String {
        guard let first = text.first else { return text }
        return first.uppercased() + text.dropFirst() + (text.hasSuffix(".") ? "" : ".")
    }

    /// The drift warning without its "warning: " prefix (the page's notice says it).
    static func plainWarning(_ text: String) -> String {
        text.hasPrefix("warning: ") ? "Note: " + text.dropFirst("warning: ".count) : text
    }
}
