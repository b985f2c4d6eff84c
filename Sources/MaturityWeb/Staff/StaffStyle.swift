/// The style the team's pages add to the respondent's (`/static/respond.css`):
/// a wider page, the workspace's bar and the organisation's navigation,
/// forms in a column, numbers aligned, status badges. Served as a file so
/// the Content-Security-Policy needs no 'unsafe-inline'.
enum StaffStyle {
    static let css = """
    main.wide{max-width:76rem}
    .skip{position:absolute;left:-999px;top:0;background:#fff;padding:.4rem .8rem;z-index:2}
    .skip:focus{left:.5rem}
    .topbar{display:flex;justify-content:space-between;align-items:center;flex-wrap:wrap;gap:.4rem 1rem;background:#1d4f73;color:#fff;padding:.45rem 1.5rem}
    .topbar .brand{color:#fff;font-weight:700;text-decoration:none;letter-spacing:.02em}
    .topbar nav{display:flex;flex-wrap:wrap;align-items:center;gap:.3rem 1.1rem}
    .topbar a{color:#fff}
    .topbar .sub{color:#d9e8f3}
    .topbar a:focus,.topbar button:focus{outline-color:#f0b429}
    form.inline{display:inline;margin:0}
    button.link{background:none;border:0;padding:0;color:inherit;text-decoration:underline;font:inherit;cursor:pointer}
    button.secondary,.button.secondary{background:#fff;color:#1d4f73;border:1px solid #1d4f73}
    button.danger{background:#a61b1b}
    .org-nav{display:flex;flex-wrap:wrap;gap:.3rem 1rem;align-items:baseline;border-bottom:1px solid #d9dee3;padding:.2rem 0 .5rem;margin-bottom:.4rem;font-size:.95rem}
    .org-nav .org-name{font-weight:700;color:#1d4f73;margin-right:.4rem}
    .org-nav a[aria-current]{font-weight:700;text-decoration:none;border-bottom:3px solid #f0b429}
    .stack{max-width:32rem}
    .inline-form{display:flex;flex-wrap:wrap;gap:.4rem;align-items:flex-end;margin:.2rem 0}
    .inline-form .field{margin:0}
    .inline-form .field input,.inline-form .field select,.inline-form .field textarea{width:auto;min-width:8rem}
    .field select{display:block;font:inherit;padding:.3rem;border:1px solid #9aa5b1;border-radius:3px;margin-top:.15rem;background:#fff;color:#1f2933}
    fieldset.choices{border:1px solid #d9dee3;border-radius:4px;padding:.4rem .8rem;margin:.6rem 0}
    fieldset.choices legend{font-size:.9rem;color:#3e4c59;padding:0 .3rem}
    td.num,th.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
    .badge{display:inline-block;font-size:.78rem;font-weight:600;padding:.05rem .45rem;border-radius:3px;background:#e4e7eb;color:#1f2933;white-space:nowrap}
    .badge.good{background:#d5f0dc;color:#1c4a2a}
    .badge.warn{background:#fcefc7;color:#5c3c00}
    .badge.bad{background:#fde8e8;color:#610404}
    .cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(15rem,1fr));gap:.8rem;margin:.8rem 0}
    .card{border:1px solid #d9dee3;border-top:4px solid #1d4f73;border-radius:4px;padding:.6rem .8rem}
    .card h3{margin:.1rem 0 .3rem;font-size:1rem;color:#1d4f73}
    .table-scroll{overflow-x:auto}
    @media (max-width:30rem){.topbar{padding:.45rem .8rem}}
    /* viewer */
    .report-frame{display:block;width:100%;height:80vh;min-height:28rem;border:1px solid #d9dee3;border-radius:4px;background:#fff}
    .report-links{margin:.3rem 0 .6rem}
    .report-links a[download],a.format{margin-right:.5rem;white-space:nowrap}
    th[scope=row] .sub{font-weight:400}
    .field.check{display:flex;gap:.35rem;align-items:center}
    .inline-form .field.check input,.field.check input{width:auto;min-width:0;margin:0}
    /* plan */
    .plan-phase{margin:1.2rem 0}
    .plan-actions{display:flex;flex-wrap:wrap;gap:.6rem;align-items:center}
    .profile-form td input{width:5rem}
    .profile-form textarea{width:100%;max-width:40rem}
    /* board */
    .nowrap{white-space:nowrap}
    table.board th[scope=row]{font-weight:400}
    .measure-line{font-size:.9rem;margin:.1rem 0}
    .status-line{margin:.2rem 0 .6rem}
    .stack .field select{max-width:100%}
    .badge.st-done,.badge.st-on-track{background:#d5f0dc;color:#1c4a2a}
    .badge.st-at-risk,.badge.st-no-data{background:#fcefc7;color:#5c3c00}
    .badge.st-off-track,.badge.st-overdue{background:#fde8e8;color:#610404}
    .progress-objective{border-top:1px solid #d9dee3;margin-top:1rem}
    .progress-measure{display:grid;grid-template-columns:minmax(0,22rem) 1fr;gap:.4rem 1rem;align-items:start}
    .progress-measure figure{margin:0}
    .progress-measure svg{max-width:100%;height:auto}
    @media (max-width:40rem){.progress-measure{grid-template-columns:1fr}}
    /* desk */
    .desk-links{display:flex;flex-wrap:wrap;gap:.3rem 1.2rem;list-style:none;padding:0;margin:.6rem 0}
    .desk-crumb{margin:.2rem 0 0}
    tr.desk-module th,tr.desk-module td{background:#f0f4f8;font-weight:700}
    .desk-question{border-top:1px solid #d9dee3;margin-top:1rem}
    .desk-question h2{font-size:1.05rem}
    """
}
