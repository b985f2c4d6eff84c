import Mustache

/// The Mustache templates reports are rendered with: the built-in ones
/// (`DefaultTemplates`), each replaceable by name from a brand's templates
/// folder.
///
/// Names are `KIND.FORMAT` (`executive.html`, `roadmap.md`) and the shared
/// parts `page-start.html`, `page-end.html`, `style.css`, `page-start.md`,
/// `page-end.md`. `{{value}}` is escaped for the output: HTML in `.html` and
/// `.css` templates, Markdown in `.md` ones (every `.md` template is read as
/// if it began with `{{% CONTENT_TYPE: MARKDOWN }}`); `{{{value}}}` is not
/// escaped and is meant only for the fields documented as HTML (charts).
public struct ReportTemplates: Sendable {
    private let library: MustacheLibrary
    /// The names taken from overrides rather than the built-in set.
    public let overridden: [String]

    /// - Parameter overrides: template name → Mustache text, replacing the
    ///   built-in template of that name.
    /// - Throws: `ReportError` for an unknown name or a template that does not parse.
    public init(overrides: [String: String] = [:]) throws(ReportError) {
        _ = ReportTemplates.registerMarkdown
        var library = MustacheLibrary()
        let known = DefaultTemplates.all.keys.sorted()
        for name in overrides.keys.sorted() where DefaultTemplates.all[name] == nil {
            throw ReportError.unknownTemplate(name: name, known: known)
        }
        for name in known {
            guard let text = overrides[name] ?? DefaultTemplates.all[name] else { continue }
            let source = name.hasSuffix(".md") ? "{{% CONTENT_TYPE: MARKDOWN }}" + text : text
            do {
                library.register(try MustacheTemplate(string: source), named: name)
            } catch let error as MustacheTemplate.ParserError {
                throw ReportError.templateSyntax(name: name, line: error.context.lineNumber,
                                                 column: error.context.columnNumber, problem: "\(error.error)")
            } catch {
                throw ReportError.templateSyntax(name: name, line: 0, column: 0, problem: "\(error)")
            }
        }
        self.library = library
        self.overridden = overrides.keys.sorted()
    }

    /// Renders a view with the template of this name.
    func render(_ view: Any, template name: String) -> String {
        library.render(view, withTemplate: name) ?? ""
    }

    /// Registers the Markdown content type once, before any template is parsed.
    private static let registerMarkdown: Void = {
        MustacheContentTypes.register(MarkdownContentType(), named: "MARKDOWN")
    }()
}

/// `{{value}}` in Markdown templates: escaped so that text from a user
/// cannot open a link, an image, HTML or a table cell of its own
/// (brackets, angle brackets, pipes and emphasis marks are escaped).
struct MarkdownContentType: MustacheContentType {
    func escapeText(_ text: String) -> String { MarkdownText.escaping(text, parentheses: false) }
}
