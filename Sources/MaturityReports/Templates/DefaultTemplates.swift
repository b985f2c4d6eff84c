/// The built-in report templates, embedded so that the binary needs no
/// files. A brand's templates folder replaces any of them by name (see
/// `ReportTemplates`).
public enum DefaultTemplates {
    /// Template name → Mustache text.
    public static let all: [String: String] = [
        "style.css": style,
        "page-start.html": pageStartHTML,
        "page-end.html": pageEndHTML,
        "page-start.md": pageStartMarkdown,
        "page-end.md": pageEndMarkdown,
        "assessment.html": assessmentHTML,
        "executive.html": executiveHTML,
        "roadmap.html": roadmapHTML,
        "progress.html": progressHTML,
        "portfolio.html": portfolioHTML,
        "assessment.md": assessmentMarkdown,
        "executive.md": executiveMarkdown,
        "roadmap.md": roadmapMarkdown,
        "progress.md": progressMarkdown,
        "portfolio.md": portfolioMarkdown,
    ]

    /// The report's style sheet: screen and A4 print.
    static let style = """
    *{box-sizing:border-box}
    html{font-family:"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:#1f2933;font-size:10pt;line-height:1.45;-webkit-print-color-adjust:exact;print-color-adjust:exact}
    body{margin:0;background:#e9edf1}
    main{max-width:210mm;margin:0 auto;background:#fff;padding:14mm 15mm 12mm}
    .masthead{display:flex;justify-content:space-between;align-items:center;gap:12px;border-bottom:3px solid var(--primary);padding-bottom:6px;font-size:9pt;color:#52606d}
    .masthead .brand{display:flex;align-items:center;gap:8px;font-weight:600;color:var(--primary)}
    .masthead img{max-height:34px;max-width:160px}
    .confidential{font-weight:600;color:#7b2c2c;text-align:right}
    h1{color:var(--primary);font-size:21pt;line-height:1.15;margin:12px 0 2px}
    h1 .kind{display:block;font-size:10pt;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:var(--accent-text);margin-bottom:3px}
    .subtitle{color:#52606d;margin:0 0 10px}
    h2{color:var(--primary);font-size:13.5pt;border-bottom:1px solid #d9dee3;padding-bottom:3px;margin:20px 0 8px;break-after:avoid}
    h3{font-size:11pt;margin:14px 0 4px;break-after:avoid}
    p{margin:4px 0 8px}
    .lead{font-size:11pt}
    table{border-collapse:collapse;width:100%;max-width:100%;margin:4px 0 10px;font-size:9pt}
    th,td{text-align:left;padding:3px 6px;border-bottom:1px solid #e4e7eb;vertical-align:top;overflow-wrap:break-word}
    th.num{white-space:normal}
    th{background:#f1f4f7;font-weight:600;color:#323f4b}
    .num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    tr{break-inside:avoid}
    thead{display:table-header-group}
    table:not(.flow):has(> tbody > tr:nth-child(-n+15):last-child){break-inside:avoid}
    main>*{max-width:100%}
    svg{max-width:100%}
    .kpis{display:grid;grid-template-columns:repeat(4,1fr);gap:8px;margin:10px 0 6px}
    .kpi{border:1px solid #d9dee3;border-top:3px solid var(--primary);padding:5px 8px;break-inside:avoid}
    .kpi .label{font-size:7.5pt;color:#616e7c;text-transform:uppercase;letter-spacing:.05em}
    .kpi .value{font-size:15pt;font-weight:700;color:var(--primary);line-height:1.2}
    .kpi .sub{font-size:8pt;color:#616e7c}
    figure{margin:6px 0 10px;break-inside:avoid}
    figure svg{width:100%;height:auto;display:block}
    figcaption{font-size:8.5pt;color:#616e7c;margin-top:2px}
    .two{display:grid;grid-template-columns:1.2fr 1fr;gap:14px;align-items:start}
    .descriptor{color:#3e4c59;font-size:8.5pt;margin-top:1px}
    .descriptor b{color:#52606d;font-weight:600}
    .muted{color:#616e7c}
    .nowrap{white-space:nowrap}
    .wide{min-width:40mm}
    .keep{break-after:avoid}
    .small{font-size:8.5pt}
    .status{display:inline-block;padding:0 7px;border-radius:8px;font-size:8pt;font-weight:600;white-space:nowrap;border:1px solid transparent}
    .status.done{background:#e3f4e8;color:#1b6b3a}
    .status.on-track{background:#e1effe;color:#1a4f8b}
    .status.at-risk{background:#fff3d6;color:#8a5a00}
    .status.off-track{background:#fde2e1;color:#9b1c1c}
    .status.no-data{background:#eef0f2;color:#52606d}
    .status.dropped{background:#fff;color:#7b8794;border-color:#cbd2d9}
    .cards{display:grid;grid-template-columns:1fr 1fr;gap:10px}
    .card{border:1px solid #d9dee3;border-left:4px solid var(--primary);padding:6px 9px;break-inside:avoid}
    .card.gap{border-left-color:var(--accent)}
    .card h4{margin:0 0 2px;font-size:10pt}
    ul.plain{margin:4px 0 8px;padding-left:18px}
    .appendix{font-size:8.5pt}
    .appendix table{font-size:8.5pt}
    .response{margin:1px 0}
    .objective{border-top:2px solid #d9dee3;padding-top:4px;margin-top:12px}
    .measure{display:grid;grid-template-columns:1.25fr 1fr;gap:12px;align-items:start;break-inside:avoid;margin:6px 0 10px}
    a{color:var(--primary);overflow-wrap:anywhere}
    code{font-family:"DejaVu Sans Mono",Menlo,Consolas,monospace;font-size:8.5pt;color:#52606d}
    .page-foot{margin-top:18px;border-top:1px solid #d9dee3;padding-top:4px;font-size:8pt;color:#616e7c;display:flex;justify-content:space-between;gap:12px}
    .break{break-before:page}
    .executive{font-size:9.5pt}
    .executive h2{margin:12px 0 6px}
    .executive table{font-size:8.5pt}
    .executive .two{grid-template-columns:1.1fr 1fr}
    .executive td,.executive th{padding:2px 5px}
    .executive .two{grid-template-columns:1fr 1fr;gap:10px}
    .executive .two table{font-size:8pt;margin:0}
    .executive .kpis{margin:6px 0 2px}
    .executive .kpi{padding:3px 8px}
    .executive .kpi .value{font-size:13pt}
    .executive td.small,.executive p.small{font-size:8pt}
    .executive .two td,.executive .two th{padding:1px 4px}
    .executive .lead{font-size:10.5pt;margin:2px 0 4px}
    .decision{border:1px solid #d9dee3;border-left:4px solid var(--accent);background:#fbf8f3;padding:6px 10px;margin:8px 0;break-inside:avoid}
    .decision h2{border:0;margin:0 0 2px;padding:0;font-size:12pt}
    .decision p{margin:2px 0}
    td.short{color:#9b1c1c;font-weight:600}
    tr.chosen td{font-weight:600;background:#f6f8fa}
    @media screen and (max-width:800px){main{padding:6mm}.two,.cards,.measure{grid-template-columns:1fr}.kpis{grid-template-columns:1fr 1fr}}
    @media print{
    body{background:#fff}
    main{max-width:none;margin:0;padding:0}
    .page-foot{display:none}
    h2,h3,h4{break-after:avoid;break-inside:avoid}
    h2::after,h3::after{content:"";display:block;height:24mm;margin-bottom:-24mm}
    h2+p,h3+p{break-before:avoid}
    figure,.card,.kpi,.kpis,.measure,.decision,.two{break-inside:avoid}
    .executive figure.timeline svg{max-height:44mm}
    a{text-decoration:none}
    }
    /* progress and portfolio */
    .status.overdue{background:#9b1c1c;color:#fff}
    .attention{border:1px solid #d9dee3;border-left:4px solid var(--accent);padding:4px 10px 8px;margin:8px 0 14px;break-inside:avoid}
    .attention h2{margin-top:4px}
    .attention .lead{font-weight:600}
    .attention .status{white-space:normal}
    .stale{background:#fff3d6;color:#5c3c00;padding:3px 7px}
    .figure{margin:0 0 4px}
    .figure .big{font-size:16pt;font-weight:700;color:var(--primary)}
    """
}
