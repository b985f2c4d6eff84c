extension DefaultTemplates {
    /// The start of every HTML report: head, style, brand masthead and title.
    static let pageStartHTML = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="generator" content="ospo">
    <title>{{page.title}}: {{page.organisation}}</title>
    <style>
    :root{--primary:{{page.primary}};--accent:{{page.accent}};--accent-text:{{page.accentText}}}
    {{>style.css}}
    @page{size:A4;margin:14mm 13mm 15mm;@bottom-left{content:"{{{page.confidentialityCSS}}}";font-size:7.5pt;color:#616e7c;font-family:Arial,"Liberation Sans",sans-serif}@bottom-right{content:"Page " counter(page) " of " counter(pages);font-size:7.5pt;color:#616e7c;font-family:Arial,"Liberation Sans",sans-serif}}
    </style>
    </head>
    <body>
    <main class="{{page.kind}}">
    <header class="masthead">
    <div class="brand">{{#page.logo}}<img src="{{page.logo}}" alt="{{#page.brandName}}{{.}}{{/page.brandName}}{{^page.brandName}}Logo{{/page.brandName}}">{{/page.logo}}{{#page.brandName}}<span>{{.}}</span>{{/page.brandName}}</div>
    {{#page.confidentiality}}<div class="confidential">{{.}}</div>{{/page.confidentiality}}
    </header>
    <h1><span class="kind">{{page.title}}</span>{{page.organisation}}</h1>
    <p class="subtitle">{{page.subtitle}}</p>

    """#

    static let pageEndHTML = #"""
    <footer class="page-foot"><span>{{#page.confidentiality}}{{.}}{{/page.confidentiality}}</span><span>Made with ospo{{#page.brandName}} for {{.}}{{/page.brandName}}{{#page.source}} · content from {{.}}{{/page.source}}</span></footer>
    </main>
    </body>
    </html>

    """#

    static let pageStartMarkdown = #"""
    # {{page.title}}: {{page.organisation}}

    {{page.subtitle}}
    {{#page.brandName}}

    Prepared by {{.}}.
    {{/page.brandName}}
    {{#page.confidentiality}}

    **{{.}}**
    {{/page.confidentiality}}
    """#

    static let pageEndMarkdown = #"""
    {{#page.confidentiality}}

    ---

    {{.}}
    {{/page.confidentiality}}

    """#
}
