import MaturityKit

/// The rows of the tables that the working plan (`ospo plan`, `PlanMarkdown`
/// and `PlanText`) and the client report (`ospo report roadmap`, through
/// `RoadmapView` and the `roadmap` templates) both show: gaps, projected
/// levels, staffing and the backlog. Cells are plain text; each format
/// escapes them its own way, so the two documents cannot drift apart on a
/// figure while each keeps its own layout.
enum PlanRows {
    /// One dimension's gap: "1 Aware", "3 Managed", importance, "2".
    struct Gap {
        var id: String
        var title: String
        var now: String
        var target: String
        var importance: Int
        var gap: String
    }

    /// One dimension's level now and at the end of each phase.
    struct Projection {
        var id: String
        var title: String
        /// The assessed level, or "—".
        var now: String
        var levels: [String]
        var target: Int
    }

    /// One role's person-days.
    struct Staff { var role: String; var effort: String }

    /// One action left out of the plan, and why.
    struct Backlog {
        var id: String
        var title: String
        /// The dimension's id; the report shows its title instead.
        var dimension: String
        var level: Int
        var effort: String
        var reason: String
    }

    static func gaps(_ roadmap: Roadmap) -> [Gap] {
        roadmap.gaps.map { gap in
            Gap(id: gap.id, title: gap.title, now: PlanFormat.current(gap), target: PlanFormat.target(gap),
                importance: gap.importance, gap: PlanFormat.gap(gap))
        }
    }

    /// "Phase 1", "Phase 2", … for the projection's columns.
    static func phaseHeaders(_ roadmap: Roadmap) -> [String] {
        roadmap.projection.map { "Phase \($0.phase)" }
    }

    /// A dimension the plan does not move stays at the level it is planned from.
    static func projection(_ roadmap: Roadmap) -> [Projection] {
        roadmap.gaps.map { gap in
            Projection(id: gap.id, title: gap.title, now: gap.current.map(String.init) ?? "—",
                       levels: roadmap.projection.map { String($0.levels[gap.id] ?? gap.planningLevel) },
                       target: gap.target)
        }
    }

    static func staffing(_ staffing: [RoleEffort], in roadmap: Roadmap) -> [Staff] {
        staffing.map { Staff(role: roadmap.roleTitle($0.role), effort: PlanFormat.days($0.effort)) }
    }

    static func backlog(_ roadmap: Roadmap) -> [Backlog] {
        roadmap.backlog.map { item in
            Backlog(id: item.id, title: item.title, dimension: item.dimension, level: item.level,
                    effort: PlanFormat.days(item.effort), reason: item.reason.description)
        }
    }
}
