import MaturityKit
import MaturityStore

/// A reading of an objective's measure, as `ospo measure record` takes it:
/// the value is parsed as text is typed, before any workspace is opened.
public struct MeasureReading: Sendable, Equatable {
    /// The objective: its number, or its action id within `organisation`'s current plan.
    public let objective: String
    public let organisation: String?
    public let measure: String
    public let value: Double
    public let date: CalendarDate
    public let source: String?
    public let note: String?

    /// Parses `value` (a decimal comma is read as a point: "0,75" is 0.75).
    /// - Throws: `UseCaseError.notANumber` for text that is not a finite number.
    public init(objective: String, organisation: String? = nil, measure: String, value text: String, date: CalendarDate,
                source: String? = nil, note: String? = nil) throws {
        self.objective = objective
        self.organisation = organisation
        self.measure = measure
        value = try Self.number(text)
        self.date = date
        self.source = source
        self.note = note
    }

    /// `text` as a finite number.
    public static func number(_ text: String) throws -> Double {
        guard let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite else {
            throw UseCaseError.notANumber(text)
        }
        return number
    }

    /// Records the reading, and who recorded it in the audit trail; returns
    /// the line a front end prints.
    @discardableResult
    public func record(by actor: ChangeActor = .currentUser(), in workspace: any WorkspaceStore) throws -> String {
        _ = try workspace.recordReading(objective: objective, organisation: organisation, measure: measure, value: value,
                                    date: date, source: source, note: note)
        let target = try workspace.objective(objective, organisation: organisation).objective
        try AuditTrail.record(.recordReading, by: actor, about: .objective(target.id ?? 0),
                              subject: "reading \(formatNumber(value)) of \(measure) on \(date)", detail: note, in: workspace)
        return "recorded \(formatNumber(value)) for \(measure)"
    }
}
