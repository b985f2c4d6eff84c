import MaturityKit

/// The scorecard as Markdown: a table per module and, with `explain`, the
/// answers behind every dimension's score. The layout is the
/// `scorecard.md` template in `FormatTemplates`, over `ScorecardMarkdownView`.
public enum ScorecardMarkdown {
    public static func render(_ card: Scorecard, explain: Bool = false) -> String {
        FormatTemplates.render(ScorecardMarkdownView(card: card, explain: explain), template: "scorecard.md")
    }
}
