import MaturityKit

/// A plan as a web page shows it: the same worded values as the working
/// plan of `ospo plan --format md` (phases, objectives with effort and cost,
/// targets, scenarios), and the headline figures two plans are compared by.
public struct PlanPage: @unchecked Sendable {
    /// The template values (`PlanMarkdownView`), for a Mustache template;
    /// `@unchecked`: a struct of strings and numbers, never changed after init.
    public let view: Any
    public let headline: PlanHeadline

    public init(_ roadmap: Roadmap) {
        view = PlanMarkdownView(roadmap: roadmap)
        headline = PlanHeadline(roadmap)
    }
}

/// What changes between two plans, worded: targets reached, effort, cost
/// and the day the last phase ends.
public struct PlanHeadline: Sendable, Equatable {
    /// "3 of 5".
    public var targetsReached: String
    /// "180 person-days".
    public var effort: String
    /// "EUR 24,000", or "no day rate given".
    public var cost: String
    /// The last phase's end, "2027-12-31".
    public var end: String
    /// "46 of 53".
    public var value: String

    public init(_ roadmap: Roadmap) {
        let reached = roadmap.targets.filter { $0.reachedInPhase != nil }.count
        targetsReached = "\(reached) of \(roadmap.targets.count)"
        effort = "\(PlanFormat.days(roadmap.totals.scheduledEffort)) person-days"
        cost = PlanFormat.money(roadmap.totals.scheduledEffort, roadmap.settings) ?? "no day rate given"
        end = "\(roadmap.phases.last?.end ?? roadmap.settings.start)"
        value = "\(roadmap.value.delivered) of \(roadmap.value.possible)"
    }
}
