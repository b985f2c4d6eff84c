import Foundation

/// Why an action sits in its phase: what ranked it, and what held it back
/// from an earlier phase. Its description reads like
/// "reaches policy level 2 (importance 5)" or
/// "reaches policy level 2 (importance 5); after policy.usage-policy (phase 1)".
public struct PlacementReason: Sendable, Hashable, Codable, CustomStringConvertible {
    /// What put the action where it is.
    public enum Kind: Sendable, Hashable, Codable {
        /// The profile pins it to this phase.
        case pinned(phase: Int)
        /// It must be finished before `of`, pinned to `pinnedTo`.
        case prerequisite(of: String, pinnedTo: Int)
        /// It is part of the step that reaches `level` of `dimension`; `via`
        /// names the action of that step it is a prerequisite of, when it
        /// belongs to another dimension or a lower level.
        case reaches(dimension: String, level: Int, importance: Int, via: String?)
        /// Spare capacity: it starts `level` of `dimension`, which the horizon does not finish.
        case spare(dimension: String, level: Int)
    }

    /// Why not earlier.
    public enum Timing: Sendable, Hashable, Codable {
        /// It is in the first phase it could be in.
        case earliest
        /// It could start only once this action, scheduled in `phase`, was done.
        case after(String, phase: Int)
        /// It was ready from `readyPhase` on, but more valuable steps
        /// filled the phases from there until its own.
        case noRoomFrom(readyPhase: Int)
    }

    public var kind: Kind
    public var priority: Double
    public var timing: Timing
    /// The phase it sits in (used to name the phases that were full).
    public var phase: Int

    public init(kind: Kind, priority: Double, timing: Timing = .earliest, phase: Int) {
        self.kind = kind
        self.priority = priority
        self.timing = timing
        self.phase = phase
    }

    public var description: String {
        let rank = "priority \(PlacementReason.format(priority))"
        var text: String
        switch kind {
        case .pinned(let phase):
            return "pinned to phase \(phase)"
        case let .prerequisite(of: action, pinnedTo: phase):
            text = "prerequisite of \(action), pinned to phase \(phase)"
        case let .reaches(dimension, level, importance, nil):
            text = "reaches \(dimension) level \(level) (importance \(importance))"
        case let .reaches(dimension, level, importance, via?):
            text = "needed by \(via) to reach \(dimension) level \(level) (importance \(importance))"
        case let .spare(dimension, level):
            text = "spare capacity: starts \(dimension) level \(level), not reached within the horizon (\(rank))"
        }
        switch timing {
        case .earliest:
            break
        case let .after(action, phase):
            text += "; after \(action) (phase \(phase))"
        case .noRoomFrom(let ready):
            text += ready == phase - 1 ? "; no room in phase \(ready)" : "; no room in phases \(ready)–\(phase - 1)"
        }
        return text
    }

    /// A priority with one decimal, as reports show it.
    public static func format(_ priority: Double) -> String {
        String(format: "%.1f", priority)
    }
}
