import Foundation
import Hummingbird
import MaturityKit
import MaturityReports
import MaturityUseCases

/// The reports page and its downloads: every report of the organisation in
/// every format, with the options of `ospo report` that change a report's
/// bytes (`--locale`, `--show-ids`, `--respondents`, `--as-of`), passed as
/// query parameters and checked against their fixed choices.
extension ViewerRoutes {
    /// What each report holds, for the reports page.
    static let about: [ReportKind: String] = [
        .assessment: "Scores, level descriptors, coverage, dissent and every answer of the latest assessment.",
        .executive: "One or two printed pages for leadership, from the accepted roadmap.",
        .roadmap: "Phases, objectives, measures, roles, staffing and backlog of the accepted roadmap.",
        .progress: "Objectives, measure readings and maturity over assessments, as of a day.",
    ]

    /// The report options of a request's query; a wrong value is refused
    /// with the choices, never repeated back.
    struct Choices {
        var locale = ReportLocale.enGB
        var showIds = false
        var respondents = RespondentDisplay.roles
        var asOf: CalendarDate?

        /// The command line's defaults.
        init() {}

        init(_ request: StaffRequest) throws(ChoiceError) {
            if let text = request.query("locale") {
                guard let value = ReportLocale(rawValue: text) else { throw ChoiceError("choose the dates' style: en-GB, en-US or iso") }
                locale = value
            }
            if let text = request.query("respondents") {
                guard let value = RespondentDisplay(rawValue: text) else { throw ChoiceError("choose how respondents show: named, roles or hidden") }
                respondents = value
            }
            if let text = request.query("ids") {
                guard text == "1" else { throw ChoiceError("ids is 1 to show them, or left out") }
                showIds = true
            }
            if let text = request.query("as-of") {
                guard let date = CalendarDate(iso: text) else { throw ChoiceError("the progress report's day is a date: YYYY-MM-DD") }
                asOf = date
            }
        }

        var options: ReportOptions { ReportOptions(showIds: showIds, dates: ReportDates(locale), respondents: respondents) }

        /// The query that carries these choices to a download link (defaults left out).
        var query: String {
            var parts: [String] = []
            if locale != .enGB { parts.append("locale=\(locale.rawValue)") }
            if respondents != .roles { parts.append("respondents=\(respondents.rawValue)") }
            if showIds { parts.append("ids=1") }
            if let asOf { parts.append("as-of=\(asOf.description)") }
            return parts.map { "&" + $0 }.joined()
        }
    }

    /// A query value outside its choices.
    struct ChoiceError: Error, CustomStringConvertible {
        let description: String
        init(_ description: String) { self.description = description }
    }

    func downloads(_ request: StaffRequest) throws -> Response {
        let yes = try request.yes()
        let choices: Choices
        var error: String?
        do {
            choices = try Choices(request)
        } catch let problem {
            error = problem.description
            choices = Choices()
        }
        let pdf = request.desk.pdfAvailable
        let reports = try request.desk.reportAvailability(under: yes).map { available -> [String: Any] in
            let kind = available.kind
            return [
                "title": kind.title, "about": Self.about[kind] ?? "",
                "problem": available.problem.map(Self.sentence) as Any,
                "formats": formats(pdf: pdf).map {
                    ["label": $0.rawValue.uppercased(),
                     "href": "\(request.organisationBase)/reports/\(kind.rawValue)?format=\($0.rawValue)\(choices.query)"]
                },
            ]
        }
        return StaffPages.page("viewerDownloads", title: "Reports", [
            "organisationName": request.authorised?.organisation?.name ?? "", "base": request.organisationBase,
            "locales": ReportLocale.allCases.map { ["value": $0.rawValue, "label": Self.localeLabels[$0] ?? $0.rawValue, "selected": $0 == choices.locale] },
            "respondentChoices": RespondentDisplay.allCases.map { ["value": $0.rawValue, "label": Self.respondentLabels[$0] ?? $0.rawValue, "selected": $0 == choices.respondents] },
            "showIds": choices.showIds, "asOf": choices.asOf?.description ?? "", "pdfAvailable": pdf,
            "reports": reports, "error": error as Any,
        ], for: request, status: error == nil ? .ok : .unprocessableContent)
    }

    static let localeLabels: [ReportLocale: String] = [.enGB: "4 Jan 2027 (en-GB)", .enUS: "Jan 4, 2027 (en-US)", .iso: "2027-01-04 (iso)"]
    static let respondentLabels: [RespondentDisplay: String] = [.named: "By name and role", .roles: "By role only", .hidden: "Not shown"]

    /// One report as a file to save: `:report` of the organisation, or the portfolio.
    func download(_ request: StaffRequest, kind given: ReportKind? = nil) async throws -> Response {
        let yes = try request.yes()
        guard let kind = given ?? request.parameter("report").flatMap(ReportKind.init(rawValue:)),
              given == .portfolio || TeamDesk.organisationReports.contains(kind) else { throw TeamError.notFound }
        let format: OutputFormat
        if let text = request.query("format") {
            guard let chosen = OutputFormat(rawValue: text), TeamDesk.reportFormats.contains(chosen) else {
                return StaffPages.message(status: .unprocessableContent, title: "No such format",
                                          text: "Choose a format: html, md, json, csv or pdf.")
            }
            format = chosen
        } else {
            format = .html
        }
        let desk = request.desk
        if format == .pdf && !desk.pdfAvailable {
            return StaffPages.message(status: .unprocessableContent, title: "No PDF on this server",
                                      text: "This server has no headless Chromium to print PDF (the Debian package chromium). Download the HTML and print it from your browser.")
        }
        let report: WebReport
        do {
            let choices = try Choices(request)
            let options = choices.options
            let asOf = choices.asOf
            // Printing a PDF runs Chromium for a second or two: off the threads that answer requests.
            report = format == .pdf
                ? try await StaffSite.offThread { try desk.report(kind, as: format, options: options, asOf: asOf, under: yes) }
                : try desk.report(kind, as: format, options: options, asOf: asOf, under: yes)
        } catch let error as TeamError {
            throw error
        } catch {
            return StaffPages.message(status: .unprocessableContent, title: "\(kind.title) not available", text: Self.sentence("\(error)"))
        }
        return Response(status: .ok, headers: [.contentType: report.mediaType, .contentDisposition: "attachment; filename=\"\(report.filename)\""],
                        body: .init(byteBuffer: ByteBuffer(bytes: report.bytes)))
    }
}
