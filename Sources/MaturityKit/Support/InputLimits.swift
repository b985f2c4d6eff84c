/// The sizes past which `ospo` refuses input instead of working on it.
///
/// Each limit sits far above anything real content or a real survey export
/// needs (the shipped content nests at most 9 levels deep, its scale has 5 levels, its
/// longest text is under 2,000 characters), and far below what would let one
/// file make a command run for minutes or take gigabytes. A file past a limit
/// gets one located error that names the limit; nothing is read further.
/// docs/limits.md lists them for users; change both together.
public enum InputLimits {
    /// A YAML file (content, answers, profile, mapping, brand), in bytes.
    /// Yams builds a node tree of the whole file, about 40 times its size.
    public static let yamlFileBytes = 16 << 20

    /// How deeply YAML collections may nest. libyaml allows 1,000; the
    /// shipped questionnaire nests 9.
    public static let yamlNestingDepth = 32

    /// The highest maturity level a rubric's scale may declare. Scales are
    /// walked level by level, so an absurd level must be refused up front.
    public static let scaleLevel = 20

    /// One CSV field (a cell: an answer, a note, a name), in bytes.
    public static let csvFieldBytes = 64 << 10

    /// One header cell of a survey export, in bytes. Headers are matched
    /// against question texts, which costs time in proportion to their length.
    public static let csvHeaderCellBytes = 4 << 10

    /// How deeply a JSON bundle (`ospo import`) may nest. A bundle needs 9
    /// levels (plans → objectives → measures → readings); the check runs
    /// before `JSONDecoder` sees the text.
    public static let jsonNestingDepth = 32

    /// Columns in one CSV row. A survey export has one column per question
    /// plus a few more (the shipped questionnaires have under 200 questions);
    /// a row of only separators must not build a record of millions of fields.
    public static let csvColumns = 10_000

    /// Phases in a profile's plan (`plan.phases`). The planner works phase
    /// by phase and renders every phase, so 100,000,000 phases would make
    /// `ospo plan` run for hours; 60 is fifteen years of quarters.
    public static let planPhases = 60

    /// Months in one phase (`plan.phase_months`): at most two years, so
    /// phase dates stay within a plausible horizon.
    public static let phaseMonths = 24
}
