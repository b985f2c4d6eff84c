import Hummingbird
import MaturityKit
import MaturityReports
import MaturityUseCases

/// The progress report and the history pages of the board.
extension BoardRoutes {
    /// The progress report as of `?as_of=` (today without it), from the
    /// same view values as `ospo report progress`, in the workspace's own
    /// template: the report's HTML carries inline style the pages' policy forbids.
    func progress(_ request: StaffRequest) throws -> Response {
        let (asOf, problem) = Self.asOf(request, today: request.desk.today)
        let report = try request.desk.progressReport(asOf: asOf, under: try request.yes())
        let view = ProgressView(report: report, brand: Brand())
        return StaffPages.page("boardProgress", title: "Progress", [
            "report": view,
            "asOfValue": asOf.description,
            "error": problem as Any,
        ], for: request, status: problem == nil ? .ok : .badRequest)
    }

    /// The organisation's audit trail, newest first.
    func history(_ request: StaffRequest) throws -> Response {
        let entries = try request.desk.history(under: try request.yes())
        return StaffPages.page("boardHistory", title: "History", [
            "entries": entries.map { entry -> [String: Any] in
                ["at": BoardValues.moment(entry.at), "actor": entry.actor, "action": entry.action,
                 "subject": entry.subject, "note": entry.note as Any]
            },
            "hasEntries": !entries.isEmpty,
        ], for: request)
    }
}
