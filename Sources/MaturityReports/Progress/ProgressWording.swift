import MaturityKit

/// The words the progress report, in every format, and `ospo progress` use
/// for dates, flags and measures, so that a figure reads the same wherever
/// it is shown.
enum ProgressWording {
    /// Dates as the progress report writes them: the reports' one date style.
    static func date(_ day: CalendarDate) -> String { ReportDates.long(day) }

    /// "1 day", "12 days".
    static func days(_ count: Int) -> String { count == 1 ? "1 day" : "\(count) days" }

    /// A value in its measure's unit, rounded as readings are shown; a
    /// money measure names its currency ("50000 EUR").
    static func quantity(_ value: Double, _ unit: MeasureUnit, currency: String? = nil) -> String {
        Fmt.quantity(Fmt.reading(value), unit, currency: currency)
    }

    /// A forecast as a reader can take it: a trend is an estimate, so a
    /// percentage or a count is rounded to a whole number ("70%", not
    /// "70.17%"), anything else to one decimal.
    static func estimate(_ value: Double, _ unit: MeasureUnit, currency: String? = nil) -> String {
        switch unit {
        case .percent, .count: return Fmt.quantity(value.rounded(), unit)
        default: return Fmt.quantity((value * 10).rounded() / 10, unit, currency: currency)
        }
    }

    /// "at least 90%", "at most 2 days".
    static func target(_ track: MeasureTrack) -> String {
        (track.direction == .up ? "at least " : "at most ") + quantity(track.target, track.measure.unit, currency: track.measure.currency)
    }

    /// The one figure shown per measure: how much of the way from the
    /// baseline to the target the latest reading has come ("94%"), or "—"
    /// with no reading.
    static func figure(_ track: MeasureTrack) -> String { track.progress.map(Fmt.percent) ?? "—" }

    /// One sentence that explains a measure's figure: where its latest
    /// reading stands between baseline and target, and what is known or
    /// forecast for the due date.
    static func sentence(_ track: MeasureTrack, asOf: CalendarDate, date: (CalendarDate) -> String = date) -> String {
        let unit = track.measure.unit, currency = track.measure.currency
        let target = target(track), due = date(track.due)
        guard let latest = track.latest else {
            return "No reading yet; the target is \(target) by \(due)."
        }
        let now = "\(quantity(latest.value, unit, currency: currency)) on \(date(latest.date))"
        if track.status == .done {
            return "Target met: \(now), against \(target) due \(due)."
        }
        let way = track.baseline.map { baseline in
            track.progress.map { "\(Fmt.percent($0)) of the way from the baseline of \(quantity(baseline, unit, currency: currency)) to \(target)" }
                ?? "from the baseline of \(quantity(baseline, unit, currency: currency)) to \(target)"
        } ?? "towards \(target)"
        if track.isSettled || track.due < asOf {
            return "Missed on \(due): \(now), \(way)."
        }
        let count = track.readings.count
        guard let forecast = track.shownForecast else {
            let needed = MeasureTrack.readingsForForecast
            return "\(now), \(way); \(count) reading\(count == 1 ? "" : "s") so far, too few for a forecast (it takes \(needed))."
        }
        return "\(now), \(way); at the pace of its \(count) readings it would reach about \(estimate(forecast, unit, currency: currency)) by \(due)."
    }

    /// What a flag on an objective says: "overdue by 135 days", "done 12 days late".
    static func flag(_ objective: ObjectiveProgress) -> String? {
        guard let late = objective.daysLate else { return nil }
        if objective.isOverdue { return "overdue by \(days(late))" }
        if objective.isDoneLate { return "done \(days(late)) late" }
        return nil
    }

    /// The status shown for an objective, with its flag: "overdue by 135
    /// days", "done 12 days late", "on track".
    static func status(_ objective: ObjectiveProgress) -> String {
        flag(objective) ?? objective.status.label
    }

    /// Why an objective needs attention, in words.
    static func reason(_ reason: AttentionReason, _ objective: ObjectiveProgress, asOf: CalendarDate,
                       date: (CalendarDate) -> String = date) -> String {
        switch reason {
        case .overdue:
            return "overdue by \(days(objective.daysLate ?? 0))"
        case .offTrack:
            return "off track: a measure's trend gets less than 80% of the way by the due date"
        case .atRisk:
            return "at risk: a measure's trend gets 80% of the way or more, not all of it, by the due date"
        case .noRecentReading:
            if let last = objective.lastReading {
                return "no reading for \(days(asOf.dayNumber - last.dayNumber)) (last on \(date(last)))"
            }
            return "no reading since its phase started" + (objective.start.map { " on \(date($0))" } ?? "")
        }
    }

    /// Why the plan is out of date, in words, with what to do.
    static func stale(_ reason: StalePlanReason, date: (CalendarDate) -> String = date) -> String {
        switch reason {
        case .newerAssessment(let day):
            return "The roadmap was planned before the assessment of \(date(day)); plan again from it and accept the new roadmap."
        case .horizonPassed(let day):
            return "Every phase of the roadmap ended by \(date(day)); plan the next period and accept a new roadmap."
        }
    }
}
