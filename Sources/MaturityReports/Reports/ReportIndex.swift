/// A page that lists reports and links to each of their files, in HTML (with
/// the reports' style sheet) or Markdown: what `ospo demo` writes beside its
/// reports as `index.html` and `index.md`.
///
/// Every text is escaped for the output; links are written as given, so they
/// must be relative file names the caller made.
public struct ReportIndex: Sendable {
    /// A group of reports, such as one organisation's.
    public struct Section: Sendable {
        /// The heading, such as an organisation's name.
        public var title: String
        /// A line under the heading, if any.
        public var summary: String?
        /// The reports listed, in order.
        public var entries: [Entry]

        /// A section with its heading, an optional line under it, and its reports.
        public init(title: String, summary: String? = nil, entries: [Entry]) {
            self.title = title
            self.summary = summary
            self.entries = entries
        }
    }

    /// One report: its title, what it shows, and its files (label → relative path).
    public struct Entry: Sendable {
        /// The report's name, such as "Executive summary".
        public var title: String
        /// What the report shows, in a sentence.
        public var summary: String
        /// Each file: the label of its link (such as "PDF") and its path relative to the index.
        public var files: [(label: String, path: String)]

        /// One report with its files.
        public init(title: String, summary: String, files: [(label: String, path: String)]) {
            self.title = title
            self.summary = summary
            self.files = files
        }
    }

    /// The page's title.
    public var title: String
    /// A paragraph under the title (blank lines separate paragraphs in HTML).
    public var introduction: String
    /// The groups of reports, in order.
    public var sections: [Section]

    /// An index with its title, introduction and sections.
    public init(title: String, introduction: String, sections: [Section]) {
        self.title = title
        self.introduction = introduction
        self.sections = sections
    }

    /// One self-contained page with the reports' style sheet.
    public func html() -> String {
        var out = """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <meta name="generator" content="ospo">
        <title>\(HTMLText.escape(title))</title>
        <style>
        :root{--primary:\(ChartPalette.defaultPrimary);--accent:\(ChartPalette.defaultAccent);--accent-text:\(ChartPalette.readable(ChartPalette.defaultAccent))}
        \(DefaultTemplates.style)
        .index td:first-child{width:32%}
        .index td.files{white-space:nowrap;text-align:right}
        .index td.files a{margin-left:8px}
        </style>
        </head>
        <body>
        <main class="index">
        <h1>\(HTMLText.escape(title))</h1>
        \(HTMLText.paragraphs(introduction, class: "lead"))

        """
        for section in sections {
            out += "<h2>\(HTMLText.escape(section.title))</h2>\n"
            if let summary = section.summary { out += HTMLText.paragraphs(summary, class: "muted") + "\n" }
            out += "<table>\n<tbody>\n"
            for entry in section.entries {
                let links = entry.files.map { "<a href=\"\(HTMLText.escape($0.path))\">\(HTMLText.escape($0.label))</a>" }.joined(separator: " ")
                out += "<tr><td><b>\(HTMLText.escape(entry.title))</b></td><td>\(HTMLText.escape(entry.summary))</td><td class=\"files\">\(links)</td></tr>\n"
            }
            out += "</tbody>\n</table>\n"
        }
        out += "<footer class=\"page-foot\"><span></span><span>Made with ospo</span></footer>\n</main>\n</body>\n</html>\n"
        return out
    }

    /// The same list as Markdown.
    public func markdown() -> String {
        // Parentheses stay as written: with brackets escaped no link can form.
        func text(_ value: String) -> String { MarkdownText.escaping(value, parentheses: false) }
        var lines = ["# \(text(title))", "", text(introduction)]
        for section in sections {
            lines += ["", "## \(text(section.title))", ""]
            if let summary = section.summary { lines += [text(summary), ""] }
            lines += ["| Report | What it shows | Files |", "| --- | --- | --- |"]
            for entry in section.entries {
                let links = entry.files.map { "[\(text($0.label))](\($0.path))" }.joined(separator: " · ")
                lines.append("| \(text(entry.title)) | \(text(entry.summary)) | \(links) |")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
