/// The respondent's pages as Mustache templates, in the reports' style:
/// every value escaped by `{{ }}`, no inline script or style (the policy
/// forbids them), the style and script served as files of their own.
enum WebTemplates {
    static let all: [String: String] = [
        "start": start, "end": end, "message": message, "welcome": welcome, "section": section, "finish": finish,
    ]

    static let start = #"""
    <!DOCTYPE html>
    <html lang="en">
    <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="referrer" content="no-referrer">
    <title>{{title}}</title>
    <link rel="stylesheet" href="/static/respond.css">
    {{#script}}<script src="/static/respond.js" defer></script>{{/script}}
    </head>
    <body>
    <main>
    <header class="masthead"><span class="brand">{{organisation}}</span>{{#respondent}}<span>{{.}}</span>{{/respondent}}</header>

    """#

    static let end = #"""
    <footer class="page-foot"><span>Your answers stay in {{organisation}}{{^organisation}}this{{/organisation}} assessment's workspace.</span><span>Made with ospo</span></footer>
    </main>
    </body>
    </html>

    """#

    static let message = #"""
    {{>start}}
    <h1>{{heading}}</h1>
    <p class="lead">{{text}}</p>
    {{>end}}
    """#

    static let welcome = #"""
    {{>start}}
    <h1><span class="kind">Questionnaire</span>{{questionnaire}}</h1>
    <p class="lead">Hello {{respondent}}. {{organisation}} asks you, as {{role}}, to answer {{total}} questions about how it works with open source.</p>
    {{#closed}}<p class="notice">This assessment is closed: you can read your answers but no longer change them.</p>{{/closed}}
    <dl class="facts">
    <dt>Why</dt><dd>{{organisation}} is assessing how it uses, contributes to and governs open source. Your answers, with those of colleagues in other roles, show where it stands today and what to improve next. Answer from what you know: "Don't know" is a useful answer too.</dd>
    <dt>Time it takes</dt><dd>About {{minutes}} minutes. Every answer is saved as you give it: you can stop and come back with the same link.</dd>
    {{#hasContext}}<dt>About {{organisation}}</dt><dd><ul class="context">{{#context}}<li>{{text}} <strong>{{label}}</strong></li>{{/context}}</ul>{{#contextPending}}The people running the assessment will state the rest of these facts; until then, questions that depend on them are asked of you.{{/contextPending}}{{^contextPending}}Questions that do not concern {{organisation}} are left out.{{/contextPending}}</dd>{{/hasContext}}
    <dt>Who sees your answers</dt><dd>The people running this assessment for {{organisation}}. Your answers are kept in their workspace on this server and go nowhere else.</dd>
    </dl>
    {{>progress}}
    <p><a class="button" href="{{base}}/section/{{resume}}">{{#started}}Continue{{/started}}{{^started}}Start{{/started}}</a>
    {{#started}} <a href="{{base}}/finish">See your answers</a>{{/started}}</p>
    {{>end}}
    """#

    static let progress = #"""
    <div class="progress"><progress max="{{total}}" value="{{answered}}" aria-label="Questions answered">{{answered}} of {{total}}</progress> <span class="count" data-count>{{answered}} of {{total}} answered</span></div>
    """#

    static let section = #"""
    {{>start}}
    <nav class="sections" aria-label="Sections">{{#sections}}<a href="{{base}}/section/{{number}}"{{#current}} aria-current="page"{{/current}}>{{number}}. {{title}}</a> {{/sections}}<a href="{{base}}/finish">Summary</a></nav>
    <h1><span class="kind">Section {{number}} of {{count}}</span>{{title}}</h1>
    {{#summary}}<p class="lead">{{.}}</p>{{/summary}}
    {{>progress}}
    {{#closed}}<p class="notice">This assessment is closed: your answers are shown read-only.</p>{{/closed}}
    {{#error}}<p class="error" role="alert">{{.}}</p>{{/error}}
    {{#followUps}}<p class="notice" role="status">Your answers opened follow-up questions below.</p>{{/followUps}}
    <form method="post" action="{{base}}/section/{{number}}" data-save="{{base}}/answer" data-csrf="{{csrf}}">
    <input type="hidden" name="csrf" value="{{csrf}}">
    {{#questions}}
    <div class="question" id="q-{{id}}" data-question="{{id}}"{{^asked}} hidden{{/asked}}>
    <fieldset{{#closed}} disabled{{/closed}}>
    <legend>{{#followUp}}<span class="tag">Follow-up</span> {{/followUp}}{{text}}</legend>
    {{#help}}<p class="help">{{.}}</p>{{/help}}
    {{#evidencePrompt}}<p class="help">Evidence: {{.}}</p>{{/evidencePrompt}}
    <div class="choices">
    {{#choices}}<label class="choice"><input type="radio" name="choice.{{qid}}" value="{{value}}"{{#checked}} checked{{/checked}}> {{label}}</label>
    {{/choices}}
    </div>
    </fieldset>
    {{#allowNA}}<label class="field">Why it does not apply (needed for "not applicable")<textarea name="justification.{{id}}" rows="2"{{#closed}} disabled{{/closed}}>{{justification}}</textarea></label>{{/allowNA}}
    <label class="field">Note (optional)<textarea name="note.{{id}}" rows="2"{{#closed}} disabled{{/closed}}>{{note}}</textarea></label>
    <label class="field">Evidence link (optional)<input type="text" name="evidence.{{id}}" value="{{evidence}}"{{#closed}} disabled{{/closed}}></label>
    <p class="status" aria-live="polite"></p>
    </div>
    {{/questions}}
    <div class="actions">{{#previous}}<a href="{{base}}/section/{{.}}">Previous section</a>{{/previous}}
    {{^closed}}<button type="submit">{{#next}}Save and continue{{/next}}{{^next}}Save and see summary{{/next}}</button>{{/closed}}
    {{#closed}}{{#next}}<a class="button" href="{{base}}/section/{{.}}">Next section</a>{{/next}}{{/closed}}</div>
    </form>
    {{>end}}
    """#

    static let finish = #"""
    {{>start}}
    <h1><span class="kind">Summary</span>{{questionnaire}}</h1>
    {{#closed}}<p class="notice">This assessment is closed: these are your answers as kept.</p>{{/closed}}
    {{^closed}}<p class="lead">{{#complete}}Thank you: every question is answered.{{/complete}}{{^complete}}Some questions are still open; you can answer them now or later with the same link.{{/complete}} You can change any answer until the assessment is closed.</p>{{/closed}}
    {{>progress}}
    {{#sections}}
    <h2>{{number}}. {{title}}</h2>
    <table>
    <thead><tr><th scope="col">Question</th><th scope="col">Your answer</th></tr></thead>
    <tbody>
    {{#questions}}{{#asked}}<tr><td>{{text}}</td><td>{{#answerLabel}}{{.}}{{/answerLabel}}{{^answerLabel}}<em>not answered</em>{{/answerLabel}}{{#justification}}<br><span class="sub">{{.}}</span>{{/justification}}</td></tr>
    {{/asked}}{{/questions}}
    </tbody>
    </table>
    {{^closed}}<p><a href="{{base}}/section/{{number}}">Change answers in this section</a></p>{{/closed}}
    {{/sections}}
    {{>end}}
    """#
}
