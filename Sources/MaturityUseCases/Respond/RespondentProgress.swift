/// Where a respondent stands after a save: what the page's script needs to
/// show and hide follow-ups and move the progress bar, and no more.
public struct RespondentProgress: Sendable, Equatable {
    /// The ids of the questions put to the respondent now, in order.
    public var asked: [String]
    /// Questions answered, of those asked.
    public var answered: Int
    /// Questions asked.
    public var total: Int

    public init(asked: [String], answered: Int, total: Int) {
        self.asked = asked
        self.answered = answered
        self.total = total
    }
}
