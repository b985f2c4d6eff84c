import MaturityKit

/// What the assessment templates see: scores, level descriptors, coverage,
/// dissent, strengths and gaps, and every answer. Text is raw here; the
/// templates escape it for their format.
struct AssessmentView {
    struct Respondent { var name: String; var role: String; var answered: Int }
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
        var respondent: String
        var role: String
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
    var respondentCount: Int
    var hasTargets: Bool
    var modules: [Module]
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

    init(card: Scorecard, rubrics: [Rubric], profile: Profile?, brand: Brand) {
        let respondentWord = card.respondents.count == 1 ? "respondent" : "respondents"
        page = PageView(kind: .assessment, organisation: card.organisation,
                        subtitle: "Assessed \(ReportDates.long(card.date)) · questionnaire \(card.questionnaire) \(card.questionnaireVersion) · \(card.respondents.count) \(respondentWord)",
                        brand: brand)
        overall = Fmt.score(card.overall?.score)
        let overallLevel = card.overall?.level
        self.overallLevel = overallLevel.map { level in
            let name = card.modules.first?.levelName(level)
            return Fmt.levelText(level, name)
        } ?? "unassessed"
        maxLevel = card.modules.map(\.maxLevel).max() ?? 0
        respondents = card.respondents.map { Respondent(name: $0.name ?? $0.id, role: $0.role, answered: $0.answered) }
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
                    return HeatmapChart.Cell(intensity: level <= top ? (reached >= 1 - 1e-9 ? 1 : reached * 0.6) : 0,
                                             text: "", outlined: target == level)
                }
                heatRows.append(HeatmapChart.Row(label: dimension.title, cells: cells,
                                                 trailing: dimension.isAssessed ? Fmt.score(dimension.score) : "n/a",
                                                 groupStart: index == 0))
            }
        }
        heatmap = HeatmapChart(title: "Dimensions by level", columns: levelNames.enumerated().map { "\($0.offset) \($0.element)" },
                               rows: heatRows, palette: palette,
                               legend: [("Level reached", palette.primary, false), ("Partly reached", "#8fa7c0", false)]
                                   + (profile != nil ? [("Target level (outlined)", palette.accent, false)] : []),
                               trailingHeader: "Score", columnWidth: 74)
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
        let targetLevels = Dictionary(gaps.map { ($0.id, Double($0.target)) }, uniquingKeysWith: { first, _ in first })
        let weak: [DimensionScore]
        if !gaps.isEmpty {
            // Distance from the score to the target, largest first.
            func distance(_ dimension: DimensionScore) -> Double { (targetLevels[dimension.id] ?? 0) - (dimension.score ?? 0) }
            weak = Array(AssessmentView.ranked(assessed.filter { distance($0) > 1e-9 }) { -distance($0) }.prefix(5))
        } else {
            weak = Array(AssessmentView.ranked(assessed) { $0.score ?? 0 }.prefix(5))
        }
        self.gaps = weak.map { dimension in
            let level = dimension.level ?? 0
            let target = gaps.first { $0.id == dimension.id }
            let next = descriptors[dimension.id]?.levels[level + 1]
            var text = next.map { "Next (level \(level + 1)): \($0)" }
            if let target { text = "Target \(Fmt.levelText(target.target, target.levelName(target.target))). " + (text ?? "") }
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
                                       answers: question.responses.map { "\(Self.name($0.respondent, card)): \($0.label)" }.joined(separator: "; ")))
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
                    AppendixResponse(respondent: Self.name(response.respondent, card), role: response.role, answer: response.label,
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

    static func name(_ respondent: String, _ card: Scorecard) -> String {
        card.respondents.first { $0.id == respondent }?.name ?? respondent
    }
}
