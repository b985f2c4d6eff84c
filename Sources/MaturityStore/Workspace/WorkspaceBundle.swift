/// A portable copy of a workspace's data (`format: ospo/bundle@1`), written
/// by `ospo export` and read by `ospo import`. Every record carries the uid it
/// has in its workspace, so importing a bundle twice adds nothing the second
/// time. Documented in docs/workspace.md.
public struct WorkspaceBundle: Codable, Sendable, Equatable {
    public static let format = "ospo/bundle@1"
    public var format: String
    public var exportedAt: String
    public var organisations: [Organisation]
    public var contents: [Content]
    public var assessments: [Assessment]
    public var profiles: [Profile]
    public var plans: [Plan]

    public struct Organisation: Codable, Sendable, Equatable {
        public var uid: String, slug: String, name: String, sector: String?, createdAt: String
    }

    public struct Content: Codable, Sendable, Equatable {
        public var kind: String, contentId: String, version: String?, digest: String, path: String, text: String
    }

    public struct Assessment: Codable, Sendable, Equatable {
        public var uid: String, organisation: String, questionnaireId: String, questionnaireVersion: String
        public var date: String, label: String?, status: String, createdAt: String, closedAt: String?
        /// Digests of the content snapshot.
        public var content: [String]
        public var batches: [Batch]
        public var respondents: [Respondent]
    }

    public struct Batch: Codable, Sendable, Equatable {
        public var uid: String, kind: String, source: String, recordedBy: String, recordedAt: String
    }

    public struct Respondent: Codable, Sendable, Equatable {
        public var uid: String, key: String, name: String?, role: String
        /// Every revision, oldest first.
        public var answers: [AnswerRevision]
        /// The questions skipped in interviews; absent when none was (and
        /// in bundles written before interviews kept skips).
        public var skips: [Skip]?
    }

    /// A question skipped in an interview: not an answer.
    public struct Skip: Codable, Sendable, Equatable {
        public var batch: String, question: String
    }

    public struct AnswerRevision: Codable, Sendable, Equatable {
        public var batch: String, question: String, choice: String
        public var note: String?, evidence: String?, justification: String?
    }

    public struct Profile: Codable, Sendable, Equatable {
        public var uid: String, organisation: String, path: String, text: String, createdAt: String
    }

    public struct Plan: Codable, Sendable, Equatable {
        public var uid: String, organisation: String, assessment: String, profile: String
        public var roadmap: String, acceptedAt: String, supersededAt: String?
        public var objectives: [Objective]
    }

    public struct Objective: Codable, Sendable, Equatable {
        public var uid: String, actionId: String, title: String, dimension: String, level: Int, phase: Int
        public var start: String, due: String, effort: Double, roles: String
        public var statuses: [Status]
        public var measures: [Measure]
    }

    public struct Status: Codable, Sendable, Equatable {
        public var uid: String, status: String, note: String?, at: String
    }

    public struct Measure: Codable, Sendable, Equatable {
        public var key: String, name: String, unit: String, direction: String, target: Double, baseline: Double?
        public var readings: [Reading]
    }

    public struct Reading: Codable, Sendable, Equatable {
        public var uid: String, value: Double, date: String, source: String?, note: String?, recordedAt: String
    }
}
