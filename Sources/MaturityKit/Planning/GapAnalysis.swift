/// Gap analysis: per dimension the current level, target, importance and gap
/// (docs/scoring.md § 8), from assessed levels and a profile.
public enum GapAnalysis {
    /// The gaps of every dimension of `rubrics`, in rubric and dimension order.
    /// - Parameter levels: dimension id → assessed level; a dimension missing
    ///   here is unassessed.
    public static func gaps(levels: [String: Int], rubrics: [Rubric], profile: Profile) -> [DimensionGap] {
        rubrics.flatMap { rubric in
            rubric.dimensions.map { dimension in
                let target = profile.target(for: dimension.id)
                return DimensionGap(
                    id: dimension.id, title: dimension.title, module: rubric.id, maxLevel: rubric.maxLevel,
                    levelNames: Dictionary(rubric.scale.map { ($0.level, $0.name) }, uniquingKeysWith: { first, _ in first }),
                    current: levels[dimension.id], target: target.level, importance: target.importance,
                    hasExplicitTarget: profile.targets[dimension.id] != nil)
            }
        }
    }

    /// The gaps of a scorecard's dimensions; unassessed dimensions have no level.
    public static func gaps(_ scorecard: Scorecard, rubrics: [Rubric], profile: Profile) -> [DimensionGap] {
        gaps(levels: levels(of: scorecard), rubrics: rubrics, profile: profile)
    }

    /// Dimension id → level of every assessed dimension of a scorecard.
    public static func levels(of scorecard: Scorecard) -> [String: Int] {
        var levels: [String: Int] = [:]
        for dimension in scorecard.dimensions {
            if let level = dimension.level, levels[dimension.id] == nil { levels[dimension.id] = level }
        }
        return levels
    }
}
