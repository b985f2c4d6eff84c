import MaturityKit

/// What the scorecard's Markdown template (`scorecard.md` in
/// `FormatTemplates`) sees: scores, levels and coverage already worded by
/// `Fmt`, names and notes as plain text the template escapes. Lists shown
/// on one line carry their own separator so the template needs no logic.
struct ScorecardMarkdownView {
    struct Context { var separator: String; var fact: String; var label: String }
    struct Row { var title: String; var score: String; var levelText: String; var coverage: String; var dissentCount: Int }
    struct Module {
        var title: String
        var score: String
        var levelText: String
        var dimensions: [Row]
        var showsConformance: Bool
        var conformant: Bool
        var failing: String
    }
    struct Response {
        var separator: String
        var respondent: String
        var role: String
        var choice: String
        var note: String
        var hasNote: Bool
        var justification: String
        var hasJustification: Bool
    }
    struct Question { var id: String; var weight: String; var status: String; var value: String; var responses: [Response] }
    struct Explained { var id: String; var title: String; var score: String; var questions: [Question] }

    var organisation: String
    var questionnaire: String
    var questionnaireVersion: String
    var date: String
    /// "3 respondents".
    var respondents: String
    var origin: String
    var hasOrigin: Bool
    var attribution: String
    var hasAttribution: Bool
    var context: [Context]
    var hasContext: Bool
    var overall: String
    var modules: [Module]
    var explain: Bool
    var explained: [Explained]

    init(card: Scorecard, explain: Bool) {
        organisation = card.organisation
        questionnaire = card.questionnaire
        questionnaireVersion = card.questionnaireVersion
        date = "\(card.date)"
        respondents = "\(card.respondents.count) respondent\(card.respondents.count == 1 ? "" : "s")"
        origin = card.origin?.summary ?? ""
        hasOrigin = card.origin != nil
        attribution = card.origin?.attribution ?? ""
        hasAttribution = card.origin?.attribution != nil
        context = card.context.enumerated().map { index, value in
            Context(separator: index == 0 ? "" : " · ", fact: "\(value.fact)", label: value.label)
        }
        hasContext = !card.context.isEmpty
        overall = card.overall.map { "\(Fmt.score($0.score)) (level \($0.level))" } ?? "unassessed"
        modules = card.modules.map { module in
            Module(title: module.title, score: Fmt.score(module.score),
                   levelText: Fmt.levelText(module.level, module.level.map(module.levelName)),
                   dimensions: module.dimensions.map {
                       Row(title: $0.title, score: Fmt.score($0.score), levelText: Fmt.levelText($0.level, $0.levelName),
                           coverage: Fmt.percent($0.coverage), dissentCount: $0.dissentCount)
                   },
                   showsConformance: module.isConformance && module.isAssessed,
                   conformant: module.failingConformance.isEmpty,
                   failing: module.failingConformance.map(\.title).joined(separator: "; "))
        }
        self.explain = explain
        explained = explain ? card.dimensions.map(Self.explained) : []
    }

    private static func explained(_ dimension: DimensionScore) -> Explained {
        Explained(id: dimension.id, title: dimension.title, score: Fmt.score(dimension.score), questions: dimension.questions.map { question in
            Question(id: question.id, weight: Fmt.number(question.weight),
                     status: question.dissentFlagged ? "\(question.status.rawValue), dissent \(Fmt.value(question.dissent))" : question.status.rawValue,
                     value: Fmt.value(question.value),
                     responses: question.responses.enumerated().map { index, response in
                         Response(separator: index == 0 ? "" : "<br>", respondent: response.respondent, role: response.role,
                                  choice: response.choice, note: response.note ?? "", hasNote: response.note != nil,
                                  justification: response.justification ?? "", hasJustification: response.justification != nil)
                     })
        })
    }
}
