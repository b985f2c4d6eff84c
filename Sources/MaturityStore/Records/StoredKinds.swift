import GRDB
import MaturityKit

/// Whether an assessment still takes answers. Stored as its raw value.
public enum AssessmentStatus: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    case open
    case closed
}

/// How a batch of answers was recorded. Stored as its raw value.
public enum BatchKind: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible, CustomStringConvertible {
    /// From an answers file (`ospo import`, `ospo assess`).
    case `import`
    /// Typed in an interview session.
    case interview
    /// Entered by hand.
    case entry

    /// The stored word, so that printing a kind prints what the workspace holds.
    public var description: String { rawValue }
}

/// What a content snapshot holds. Stored as its raw value.
public enum ContentKind: String, Sendable, Hashable, Codable, CaseIterable, DatabaseValueConvertible {
    case questionnaire
    case roles
    case rubric
}

// The domain's values are stored as their raw strings, the words the
// workspace has always held, so existing workspaces read unchanged.
extension ObjectiveState: DatabaseValueConvertible {}
extension MeasureUnit: DatabaseValueConvertible {}
extension MeasureDirection: DatabaseValueConvertible {}
