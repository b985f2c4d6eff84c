import MaturityKit

/// What the form's templates (`form.md`, `form.html` in `FormatTemplates`)
/// see: the questionnaire's text as written, which the templates escape,
/// and what the audience decides already chosen, so the templates need no
/// logic. Lists shown on one line carry their own separator.
struct FormView {
    struct Role { var separator: String; var title: String }
    struct Option { var separator: String; var label: String }
    struct Fact { var id: String; var text: String; var options: [Option] }
    struct Choice { var label: String }
    struct Question {
        var id: String
        var text: String
        var askedOf: String
        var hasAskedOf: Bool
        var condition: String
        var hasCondition: Bool
        /// Both marks shown, so Markdown puts " · " between them.
        var hasBothMarks: Bool
        var hasMarks: Bool
        /// Markdown as written, without its final line breaks.
        var help: String
        var helpParagraphs: [String]
        var hasHelp: Bool
        /// The interviewer's notes, each line quoted (Markdown); empty on a
        /// respondent's form.
        var notesQuoted: String
        var notesParagraphs: [String]
        var hasNotes: Bool
        var evidence: String
        /// The evidence on one line, for HTML.
        var evidenceLine: String
        var hasEvidence: Bool
        var choices: [Choice]
    }
    struct Section {
        var id: String
        var title: String
        var sectionSummary: String
        var sectionSummaryParagraphs: [String]
        var hasSectionSummary: Bool
        var questions: [Question]
    }

    var title: String
    var id: String
    var version: String
    /// "Answer form" or "Interviewer's form".
    var kind: String
    var roleTitle: String
    var hasRole: Bool
    var roles: [Role]
    var hasRoles: Bool
    var organisation: String
    var hasOrganisation: Bool
    var interviewer: Bool
    var howToAnswer: String
    var evidenceLead: String
    var summary: String
    var summaryParagraphs: [String]
    var hasSummary: Bool
    var context: [Fact]
    var hasContext: Bool
    var sections: [Section]
    /// The reports' palette and style sheet, then the form's own parts (HTML).
    var style: String

    init(_ questionnaire: Questionnaire, role: String?, organisation: String?, audience: FormAudience, style: String) {
        title = questionnaire.title
        id = questionnaire.id
        version = questionnaire.version
        kind = audience == .interviewer ? "Interviewer's form" : "Answer form"
        roleTitle = role.map { questionnaire.role($0)?.title ?? $0 } ?? ""
        hasRole = role != nil
        roles = questionnaire.roles.enumerated().map { Role(separator: $0.offset == 0 ? "" : " ", title: $0.element.title) }
        hasRoles = !questionnaire.roles.isEmpty
        self.organisation = organisation ?? ""
        hasOrganisation = organisation != nil
        interviewer = audience == .interviewer
        howToAnswer = audience.howToAnswer
        evidenceLead = audience.evidenceLead
        summary = questionnaire.summary.map(Self.trimmingTrailingNewlines) ?? ""
        summaryParagraphs = questionnaire.summary.map(Self.paragraphs) ?? []
        hasSummary = questionnaire.summary != nil
        context = questionnaire.context.map { fact in
            Fact(id: fact.id, text: fact.text, options: fact.options.enumerated().map {
                Option(separator: $0.offset == 0 ? "" : " ", label: $0.element.label)
            })
        }
        hasContext = !questionnaire.context.isEmpty
        sections = FormContent.sections(questionnaire, role: role).map { section in
            Section(id: section.id, title: section.title,
                    sectionSummary: section.summary.map(Self.trimmingTrailingNewlines) ?? "",
                    sectionSummaryParagraphs: section.summary.map(Self.paragraphs) ?? [],
                    hasSectionSummary: section.summary != nil,
                    questions: section.questions.map { Self.question($0, in: questionnaire, role: role, audience: audience) })
        }
        self.style = ":root{--primary:\(ChartPalette.defaultPrimary);--accent:\(ChartPalette.defaultAccent);--accent-text:\(ChartPalette.readable(ChartPalette.defaultAccent))}\n"
            + DefaultTemplates.style + "\n" + style
    }

    private static func question(_ question: MaturityKit.Question, in questionnaire: Questionnaire, role: String?,
                                 audience: FormAudience) -> Question {
        // The roles are named only on a form for everyone.
        let askedOf = role == nil ? FormContent.askedOf(question, in: questionnaire) : nil
        let condition = question.when.map { FormContent.describe($0, in: questionnaire, labels: true) }
        let help = question.help
        let notes = audience.showsInterviewerNotes ? question.interviewerNotes : nil
        return Question(
            id: question.id, text: question.text,
            askedOf: askedOf?.joined(separator: ", ") ?? "", hasAskedOf: askedOf != nil,
            condition: condition ?? "", hasCondition: condition != nil,
            hasBothMarks: askedOf != nil && condition != nil, hasMarks: askedOf != nil || condition != nil,
            help: help.map(trimmingTrailingNewlines) ?? "", helpParagraphs: help.map(paragraphs) ?? [],
            hasHelp: help != nil,
            notesQuoted: notes.map(quoted) ?? "", notesParagraphs: notes.map(paragraphs) ?? [], hasNotes: notes != nil,
            evidence: question.evidence ?? "", evidenceLine: question.evidence.map(FormContent.oneLine) ?? "",
            hasEvidence: question.evidence != nil,
            choices: FormContent.choices(question, in: questionnaire).map {
                Choice(label: $0.id == "na" ? "Not applicable (write why in the notes)" : $0.label)
            })
    }

    /// Paragraphs on one line each: blank lines separate paragraphs, single
    /// line breaks become spaces (HTML).
    private static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n\n").map { FormContent.oneLine($0) }.filter { !$0.isEmpty }
    }

    /// Markdown quoted line by line after the "For the interviewer" lead, so
    /// the notes stand apart from the help however many paragraphs they have.
    private static func quoted(_ text: String) -> String {
        ("**For the interviewer.** " + trimmingTrailingNewlines(text))
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? ">" : "> " + $0 }
            .joined(separator: "\n")
    }

    /// The text without line breaks at its end, so a block scalar's final
    /// newline does not leave a gap in the output (Markdown).
    private static func trimmingTrailingNewlines(_ text: String) -> String {
        var text = text
        while text.last?.isNewline == true { text.removeLast() }
        return text
    }
}
