/// What the board's forms refuse before any use case runs: the words a
/// browser sends that the command line's parser would have refused.
public enum BoardError: Error, Equatable, CustomStringConvertible {
    /// A reading's date that is not YYYY-MM-DD.
    case notADate(String)
    /// A move other than start, done or drop.
    case unknownMove(String)

    public var description: String {
        switch self {
        case .notADate(let text): "the date takes YYYY-MM-DD, found '\(text)'"
        case .unknownMove(let text): "'\(text)' is not a move; choose start, done or drop"
        }
    }
}
