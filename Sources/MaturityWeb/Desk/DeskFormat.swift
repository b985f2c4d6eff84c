import Foundation
import MaturityKit
import MaturityReports
import MaturityUseCases

/// How the desk's pages write numbers and rows: scores with two decimals
/// (as the scorecard renderers do), coverage as a whole percentage.
enum DeskFormat {
    static func score(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.2f", value)
    }

    static func percent(_ value: Double?) -> String {
        guard let value else { return "—" }
        return String(format: "%.0f%%", (value * 100).rounded())
    }

    /// An assessment's row on the organisation's page.
    static func row(_ row: DeskAssessmentRow, base: String, linked: Bool) -> [String: Any] {
        let assessment = row.assessment
        return [
            "id": assessment.id, "date": assessment.date, "questionnaire": assessment.questionnaire, "version": assessment.version,
            "label": assessment.label as Any, "status": assessment.status, "open": assessment.status == "open",
            "href": linked ? "\(base)/a/\(assessment.id)" : "" as Any,
            "linked": linked,
            "overall": row.overall.map { "\(score($0.score)) (level \($0.level))" } ?? "unassessed",
            "coverage": percent(row.coverage),
            "respondents": row.respondents as Any,
            "invited": row.invited, "finished": row.finished,
        ]
    }

    /// The heading facts of an assessment's pages.
    static func assessment(_ listing: AssessmentListing, base: String) -> [String: Any] {
        ["id": listing.id, "date": listing.date, "questionnaire": listing.questionnaire, "version": listing.version,
         "label": listing.label as Any, "status": listing.status, "open": listing.status == "open",
         "href": "\(base)/a/\(listing.id)"]
    }

    /// An evidence link a reader may follow: http or https only; anything
    /// else is shown as text.
    static func safeLink(_ text: String?) -> String? {
        guard let text, let url = URL(string: text.trimmingCharacters(in: .whitespaces)),
              let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https", url.host?.isEmpty == false else { return nil }
        return url.absoluteString
    }
}
