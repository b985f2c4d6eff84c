/// What the web's profile form refuses before the profile is loaded.
public enum ProfileFormError: Error, Equatable, CustomStringConvertible {
    /// A line of a list field is not `ACTION: text`.
    case line(field: String, line: Int, expected: String)
    /// Accepting was asked with no edited profile kept.
    case noDraft
    /// The store keeps no drafts (only the workspace file does).
    case draftsUnsupported

    public var description: String {
        switch self {
        case .line(let field, let line, let expected):
            "\(field), line \(line): write \(expected)"
        case .noDraft:
            "there is no edited profile to accept: edit the profile and save it, then accept its plan"
        case .draftsUnsupported:
            "this store keeps no edited profiles; use a workspace file"
        }
    }
}
