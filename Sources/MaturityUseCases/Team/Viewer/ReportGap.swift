/// Why an organisation's report cannot be made yet, said for a reader of
/// the web. The command line's messages for the same two cases name
/// commands and `--profile`, which a reader of the web has no use for.
public enum ReportGap: Error, Equatable, CustomStringConvertible {
    /// The executive summary and roadmap need an accepted roadmap.
    case noAcceptedRoadmap(organisation: String, report: String)
    /// Every organisation report but progress needs an assessment.
    case noAssessment(organisation: String)

    public var description: String {
        switch self {
        case let .noAcceptedRoadmap(organisation, report):
            "\(organisation) has no accepted roadmap yet, so there is no \(report) to show; a consultant accepts one from the organisation's plan, and it shows here as soon as they do"
        case let .noAssessment(organisation):
            "\(organisation) has no assessment yet; a consultant starts one from the organisation's page, and this report shows once there is one"
        }
    }
}
