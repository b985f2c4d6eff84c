/// Why the plan being tracked is out of date.
public enum StalePlanReason: Sendable, Hashable {
    /// An assessment newer than the one the plan was made from: the plan's
    /// gaps and priorities no longer reflect where the organisation stands.
    case newerAssessment(CalendarDate)
    /// Every phase of the plan has ended (the last due date has passed).
    case horizonPassed(CalendarDate)
}
