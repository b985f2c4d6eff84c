/// A note and evidence typed for a question that has no answer yet: saved
/// on its own as soon as it is typed, so that quitting, a closed terminal or
/// a killed process loses neither, and put into the answer once there is one.
public struct InterviewDraft: Sendable, Hashable {
    /// The note typed for the question, if any.
    public var note: String?
    /// The evidence typed for the question, if any.
    public var evidence: String?

    public init(note: String? = nil, evidence: String? = nil) {
        self.note = note
        self.evidence = evidence
    }

    /// True when it holds neither a note nor evidence.
    public var isEmpty: Bool { note == nil && evidence == nil }
}
