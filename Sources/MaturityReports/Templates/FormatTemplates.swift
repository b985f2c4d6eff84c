import Mustache

/// The Mustache templates of the working documents (`ospo plan --format md`,
/// `ospo score --format md`, `ospo form --format md|html`): built in, not
/// replaceable by a brand, because scripts and diffs rely on their layout
/// (`ReportTemplates` holds the branded reports' templates).
///
/// Names are `KIND.FORMAT` (`plan.md`, `scorecard.md`, `form.html`). In
/// `.html` templates `{{value}}` is escaped for HTML. In these Markdown
/// templates `{{value}}` escapes parentheses too (`MarkdownText.escape`), as
/// the working documents always have; `{{{value}}}` is kept for ids, dates
/// and figures the renderer writes itself.
enum FormatTemplates {
    /// Template name → Mustache text.
    static let all: [String: String] = [
        "form.html": formHTML,
        "form.md": formMarkdown,
        "plan.md": planMarkdown,
        "scorecard.md": scorecardMarkdown,
    ]

    /// Renders a view with the built-in template of this name.
    static func render(_ view: Any, template name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    /// Parsed once; a template that does not parse is a programming error
    /// caught by the golden tests, so it renders as nothing rather than
    /// stopping the process.
    private static let library: MustacheLibrary = {
        MustacheContentTypes.register(WorkingMarkdownContentType(), named: contentType)
        var library = MustacheLibrary()
        for (name, text) in all {
            let source = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: \(contentType) }}" + text : text
            if let template = try? MustacheTemplate(string: source) {
                library.register(template, named: name)
            }
        }
        return library
    }()

    private static let contentType = "WORKING_MARKDOWN"
}

/// `{{value}}` in the working documents' Markdown: brackets, angle brackets,
/// pipes, emphasis marks and parentheses escaped.
struct WorkingMarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escape(text) }
}
