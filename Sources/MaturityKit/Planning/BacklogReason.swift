/// Why a needed action is in the backlog rather than in a phase; its
/// description is the sentence reports show.
public enum BacklogReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// The profile excludes it.
    case excluded(reason: String)
    /// It needs `action`, which the profile excludes for `reason`; `via` is
    /// the action in between when the need is indirect.
    case needsExcluded(action: String, via: String?, reason: String)
    /// Even spread over every phase of the horizon, at most `perPhase`
    /// person-days a phase, it would not finish.
    case longerThanHorizon(effort: Double, phases: Int, perPhase: Double)
    /// It must come after `action`, which is itself in the backlog.
    case waitsFor(action: String, order: Dependency)
    /// The phases filled up before it could be placed, or the levels it
    /// serves are out of reach within the horizon.
    case beyondHorizon(phases: Int)

    /// How one action must come after another.
    public enum Dependency: Sendable, Hashable, Codable {
        /// Through `requires`.
        case requires
        /// The other action reaches a lower level of the same dimension.
        case lowerLevel
    }

    public var description: String {
        switch self {
        case .excluded(let reason):
            return "excluded by the profile: \(reason)"
        case let .needsExcluded(action, nil, reason):
            return "needs \(action), which the profile excludes: \(reason)"
        case let .needsExcluded(action, via?, reason):
            return "needs \(action) (through \(via)), which the profile excludes: \(reason)"
        case let .longerThanHorizon(effort, phases, perPhase):
            return "needs \(formatNumber(effort)) person-days, more than the \(phases) phase\(phases == 1 ? "" : "s") of the plan can give one action at \(formatNumber(perPhase)) a phase"
        case let .waitsFor(action, .requires):
            return "requires \(action), which is in the backlog"
        case let .waitsFor(action, .lowerLevel):
            return "comes after \(action) (a lower level of the same dimension), which is in the backlog"
        case .beyondHorizon(let phases):
            return "beyond the horizon of \(phases) phase\(phases == 1 ? "" : "s")"
        }
    }
}

extension BacklogReason {
    /// The reason as the rest of a sentence starting with "it".
    var sentence: String {
        switch self {
        case .excluded(let reason): return "is excluded by the profile (\(reason))"
        case .beyondHorizon(let phases): return "does not fit in the \(phases) phases"
        default: return description
        }
    }
}
