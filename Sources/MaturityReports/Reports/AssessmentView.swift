import MaturityKit

/// What the assessment templates see: scores, level descriptors, coverage,
/// dissent, strengths and gaps, and every answer. Text is raw here; the
/// templates escape it for their format.
struct AssessmentView {
    struct Respondent { var name: String; var role: String; var answered: Int }
    struct RoleCount { var role: String; var count: Int; var answered: Int }
    struct Module { var title: String; var score: String; var level: String; var dimensions: [DimensionRow] }
    struct DimensionRow {
        var id: String
        var title: String
        var module: String
        var score: String
        var level: String
        var coverage: String
        var dissent: Int
        /// What the current level means (the rubric's descriptor).
        var current: String?
        /// "2 Defined", when there is a next level.
        var nextLevel: String?
        /// What the next level requires.
        var next: String?
        var target: String?
        var gap: String?
        var unassessed: Bool
    }
    /// Where converted content came from (the rubric's `source:` block).
    struct Origin { var summary: String; var attribution: String?; var url: String?; var link: String? }
    /// A conformance module's result: met, or the clauses it fails.
    struct Conformance { var title: String; var conformant: Bool; var failing: String }
    struct Highlight { var id: String; var title: String; var score: String; var level: String; var text: String? }
    struct Dissent { var dimensionId: String; var dimension: String; var question: String; var text: String; var spread: String; var answers: String }
    struct AppendixDimension { var id: String; var title: String; var score: String; var questions: [AppendixQuestion] }
    struct AppendixQuestion {
        var id: String
        var text: String
        var status: String
        var value: String
        var dissent: Bool
        var responses: [AppendixResponse]
        var hasResponses: Bool
    }
    struct AppendixResponse {
        /// nil when respondents are hidden.
        var respondent: String?
        var answer: String
        var value: String
        var note: String?
        var evidence: String?
        /// Set only for http, https and mailto links.
        var evidenceURL: String?
        var justification: String?
    }

    var page: PageView
    var overall: String
    var overallLevel: String
    var maxLevel: Int
    var respondents: [Respondent]
    /// Respondents by role (for `--respondents roles`); empty when hidden.
    var roles: [RoleCount]
    var respondentsNamed: Bool
    var respondentsByRole: Bool
    var respondentsHidden: Bool
    var respondentCount: Int
    var hasTargets: Bool
    var modules: [Module]
    var origin: Origin?
    var conformance: [Conformance]
    var dimensions: [DimensionRow]
    var dimensionCount: Int
    var unassessedCount: Int
    var radar: String
    var heatmap: String
    var strengths: [Highlight]
    var hasStrengths: Bool
    var gaps: [Highlight]
    var gapsByTarget: Bool
    var unassessed: [String]
    var hasUnassessed: Bool
    var dissent: [Dissent]
    var hasDissent: Bool
    var appendix: [AppendixDimension]
    var warnings: [String]
    var hasWarnings: Bool

    init(card: Scorecard, rubrics: [Rubric], profile: Profile?, brand: Brand, options: ReportOptions = ReportOptions()) {
        let respondentWord = card.respondents.count == 1 ? "respondent" : "respondents"
        let questionnaire = options.showIds ? " · questionnaire \(card.questionnaire) \(card.questionnaireVersion)" : ""
        page = PageView(kind: .assessment, organisation: card.organisation,
                        subtitle: "Assessed \(options.dates.day(card.date))\(questionnaire) · \(card.respondents.count) \(respondentWord)",
                        brand: brand, options: options)
        page.source = card.origin?.summary
        origin = card.origin.map { Origin(summary: $0.summary, attribution: $0.attribution, url: $0.url, link: $0.url.flatMap(SafeLink.url)) }
        // Unassessed, a conformance module has no result to state.
        conformance = card.modules.filter { $0.isConformance && $0.isAssessed }.map { module in
            let failing = module.failingConformance
            return Conformance(title: module.title, conformant: failing.isEmpty, failing: failing.map(\.title).joined(separator: "; "))
        }
        let names = RespondentNames(card, display: options.respondents)
        overall = Fmt.score(card.overall?.score)
        let overallLevel = card.overall?.level
        self.overallLevel = overallLevel.map { level in
            let name = card.modules.first?.levelName(level)
            return Fmt.levelText(level, name)
        } ?? "unassessed"
        maxLevel = card.modules.map(\.maxLevel).max() ?? 0
        respondents = options.respondents == .named
            ? card.respondents.map { Respondent(name: $0.name ?? $0.id, role: $0.role, answered: $0.answered) } : []
        let byRole = Dictionary(grouping: card.respondents, by: \.role)
        roles = options.respondents == .hidden ? [] : byRole.keys.sorted().map { role in
            RoleCount(role: RespondentNames.roleTitle(role), count: byRole[role]?.count ?? 0,
                      answered: byRole[role]?.reduce(0) { $0 + $1.answered } ?? 0)
        }
        respondentsNamed = options.respondents == .named
        respondentsByRole = options.respondents == .roles
        respondentsHidden = options.respondents == .hidden
        respondentCount = card.respondents.count
        let gaps = profile.map { GapAnalysis.gaps(card, rubrics: rubrics, profile: $0) } ?? []
        hasTargets = profile != nil
        let descriptors = Dictionary(rubrics.flatMap { $0.dimensions.map { ($0.id, $0) } }, uniquingKeysWith: { first, _ in first })
        func row(_ dimension: DimensionScore, module: ModuleScore) -> DimensionRow {
            let rubricDimension = descriptors[dimension.id]
            let level = dimension.level ?? 0
            let nextLevel = level + 1 <= dimension.maxLevel ? level + 1 : nil
            let gap = gaps.first { $0.id == dimension.id }
            return DimensionRow(
                id: dimension.id, title: dimension.title, module: module.title, score: Fmt.score(dimension.score),
                level: Fmt.levelText(dimension.level, dimension.levelName), coverage: Fmt.percent(dimension.coverage),
                dissent: dimension.dissentCount,
                current: dimension.isAssessed ? rubricDimension?.levels[level] : nil,
                nextLevel: nextLevel.map { Fmt.levelText($0, module.levelName($0)) },
                next: nextLevel.flatMap { rubricDimension?.levels[$0] },
                target: gap.map { Fmt.levelText($0.target, $0.levelName($0.target)) },
                gap: gap.map { PlanFormat.gap($0) },
                unassessed: !dimension.isAssessed)
        }
        modules = card.modules.map { module in
            Module(title: module.title, score: Fmt.score(module.score),
                   level: Fmt.levelText(module.level, module.level.map(module.levelName)),
                   dimensions: module.dimensions.map { row($0, module: module) })
        }
        dimensions = modules.flatMap(\.dimensions)
        dimensionCount = dimensions.count
        unassessedCount = dimensions.filter(\.unassessed).count
        let palette = page.palette
        radar = RadarChart(title: "Current score and target level per dimension",
                           spokes: card.dimensions.map { dimension in
                               RadarChart.Spoke(label: dimension.title, current: dimension.score,
                                                target: gaps.first { $0.id == dimension.id }.map { Double($0.target) },
                                                maxLevel: dimension.maxLevel)
                           }, palette: palette).render()
        let top = maxLevel, levelCount = maxLevel + 1
        let levelNames = (0..<levelCount).map { level in card.modules.first?.levelName(level) ?? "Level \(level)" }
        var heatRows: [HeatmapChart.Row] = []
        for module in card.modules {
            for (index, dimension) in module.dimensions.enumerated() {
                let target = gaps.first { $0.id == dimension.id }?.target
                let cells = (0..<levelCount).map { level -> HeatmapChart.Cell in
                    let reached: Double
                    if let score = dimension.score {
                        // Level 0 is where everyone starts; level l is reached at score l,
                        // partly reached in between.
                        reached = level == 0 ? 1 : max(0, min(1, score - Double(level - 1)))
                    } else {
                        reached = 0
                    }
                    return HeatmapChart.Cell(intensity: level <= top ? reached : 0, text: "", outlined: target == level)
                }
                heatRows.append(HeatmapChart.Row(label: dimension.title, cells: cells,
                                                 trailing: dimension.isAssessed ? Fmt.score(dimension.score) : "n/a",
                                                 groupStart: index == 0))
            }
        }
        heatmap = HeatmapChart(title: "Dimensions by level", columns: levelNames.enumerated().map { "\($0.offset) \($0.element)" },
                               rows: heatRows, palette: palette,
                               legend: profile != nil ? [("Target level (outlined)", palette.accent, false)] : [],
                               trailingHeader: "Score", columnWidth: 74,
                               scale: HeatmapChart.Scale(low: "level not reached", high: "reached"))
            .render(description: card.dimensions.map { "\($0.title): \($0.isAssessed ? Fmt.score($0.score) : "unassessed")" }.joined(separator: "; "))

        let assessed = card.dimensions.filter(\.isAssessed)
        let strong = AssessmentView.ranked(assessed.filter { ($0.score ?? 0) >= 1 }) { -($0.score ?? 0) }.prefix(3)
        strengths = strong.map { dimension in
            Highlight(id: dimension.id, title: dimension.title, score: Fmt.score(dimension.score),
                      level: Fmt.levelText(dimension.level, dimension.levelName),
                      text: descriptors[dimension.id]?.levels[dimension.level ?? 0])
        }
        hasStrengths = !strengths.isEmpty
        gapsByTarget = !gaps.isEmpty
        let weak: [DimensionScore]
        if !gaps.isEmpty {
            // The same five as the executive summary: LargestGaps.
            weak = LargestGaps.rank(gaps, card: card).compactMap { card.dimension($0.gap.id) }
        } else {
            weak = Array(AssessmentView.ranked(assessed) { $0.score ?? 0 }.prefix(LargestGaps.limit))
        }
        self.gaps = weak.map { dimension in
            let level = dimension.level ?? 0
            let target = gaps.first { $0.id == dimension.id }
            let next = descriptors[dimension.id]?.levels[level + 1]
            var text = next.map { "Next (level \(level + 1)): \($0)" }
            if let target {
                let short = Fmt.score(Double(target.target) - (dimension.score ?? 0))
                text = "Target \(Fmt.levelText(target.target, target.levelName(target.target))), \(short) levels to go. " + (text ?? "")
            }
            return Highlight(id: dimension.id, title: dimension.title, score: Fmt.score(dimension.score),
                             level: Fmt.levelText(dimension.level, dimension.levelName), text: text)
        }
        unassessed = card.dimensions.filter { !$0.isAssessed }.map(\.title)
        hasUnassessed = !unassessed.isEmpty
        var dissent: [Dissent] = []
        for dimension in card.dimensions {
            for question in dimension.questions where question.dissentFlagged {
                dissent.append(Dissent(dimensionId: dimension.id, dimension: dimension.title, question: question.id, text: question.text,
                                       spread: Fmt.value(question.dissent),
                                       answers: question.responses.map { response in
                                           names.label(response.respondent).map { "\($0): \(response.label)" } ?? response.label
                                       }.joined(separator: "; ")))
            }
        }
        self.dissent = dissent
        hasDissent = !dissent.isEmpty
        appendix = card.dimensions.map { dimension in
            AppendixDimension(id: dimension.id, title: dimension.title, score: Fmt.score(dimension.score),
                              questions: dimension.questions.map { question in
                AppendixQuestion(id: question.id, text: question.text,
                                 status: question.status == .answered ? "answered" : question.status.rawValue.replacingOccurrences(of: "-", with: " "),
                                 value: Fmt.value(question.value), dissent: question.dissentFlagged,
                                 responses: question.responses.map { response in
                    AppendixResponse(respondent: names.label(response.respondent), answer: response.label,
                                     value: response.value.map { Fmt.value($0) } ?? "not counted",
                                     note: response.note, evidence: response.evidence,
                                     evidenceURL: response.evidence.flatMap(SafeLink.url), justification: response.justification)
                }, hasResponses: !question.responses.isEmpty)
            })
        }
        warnings = card.warnings.map(\.message)
        hasWarnings = !warnings.isEmpty
    }

    /// Sorted by `key`, smallest first; ties keep the rubric order.
    static func ranked(_ dimensions: [DimensionScore], by key: (DimensionScore) -> Double) -> [DimensionScore] {
        dimensions.enumerated().map { (key($0.element), $0.offset, $0.element) }
            .sorted { $0.0 != $1.0 ? $0.0 < $1.0 : $0.1 < $1.1 }
            .map(\.2)
    }
}
