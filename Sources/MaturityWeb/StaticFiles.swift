/// The style and script of the respondent's pages, served as files so the
/// Content-Security-Policy needs no 'unsafe-inline'.
enum StaticFiles {
    static let css = """
    *{box-sizing:border-box}
    html{font-family:"Helvetica Neue",Arial,"Liberation Sans","DejaVu Sans",sans-serif;color:#1f2933;font-size:16px;line-height:1.5}
    body{margin:0;background:#e9edf1}
    main{max-width:52rem;margin:0 auto;background:#fff;padding:1.25rem 1.5rem 1rem;min-height:100vh}
    .masthead{display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem;border-bottom:3px solid #1d4f73;padding-bottom:.4rem;font-size:.9rem;color:#52606d}
    .masthead .brand{font-weight:600;color:#1d4f73}
    h1{color:#1d4f73;font-size:1.6rem;line-height:1.2;margin:1rem 0 .3rem}
    h1 .kind{display:block;font-size:.8rem;font-weight:600;letter-spacing:.08em;text-transform:uppercase;color:#8a4b08;margin-bottom:.2rem}
    h2{color:#1d4f73;font-size:1.15rem;border-bottom:1px solid #d9dee3;padding-bottom:.2rem;margin:1.4rem 0 .5rem}
    .lead{font-size:1.05rem}
    a{color:#1d4f73}
    a:focus,button:focus,input:focus,textarea:focus{outline:3px solid #f0b429;outline-offset:2px}
    .facts dt{font-weight:600;margin-top:.6rem}
    .facts dd{margin:0 0 .3rem}
    .button,button{display:inline-block;background:#1d4f73;color:#fff;border:0;border-radius:4px;padding:.6rem 1.1rem;font-size:1rem;text-decoration:none;cursor:pointer}
    .progress{display:flex;align-items:center;gap:.6rem;margin:.6rem 0}
    .progress progress{flex:1;height:.8rem;accent-color:#1d4f73}
    .count{font-size:.9rem;color:#3e4c59;white-space:nowrap}
    .sections{display:flex;flex-wrap:wrap;gap:.3rem .8rem;font-size:.9rem;margin:.6rem 0}
    .sections a[aria-current]{font-weight:700;text-decoration:none}
    .question{border:1px solid #d9dee3;border-left:4px solid #1d4f73;border-radius:4px;margin:0 0 1rem;padding:.6rem .9rem}
    .question fieldset{border:0;margin:0;padding:0;min-width:0}
    .question legend{font-weight:600;padding:0;margin-bottom:.2rem}
    .tag{font-size:.75rem;text-transform:uppercase;letter-spacing:.05em;background:#fcefc7;color:#5c3c00;padding:.05rem .35rem;border-radius:3px}
    .help{color:#3e4c59;font-size:.92rem;margin:.2rem 0}
    .choices{display:flex;flex-direction:column;gap:.15rem;margin:.4rem 0}
    .choice{display:flex;gap:.5rem;align-items:flex-start;padding:.2rem 0}
    .choice input{margin-top:.3rem}
    .field{display:block;font-size:.9rem;color:#3e4c59;margin:.4rem 0}
    .field textarea,.field input{display:block;width:100%;font:inherit;color:#1f2933;padding:.35rem;border:1px solid #9aa5b1;border-radius:3px;margin-top:.15rem}
    .status{font-size:.85rem;color:#2f6f3e;min-height:1.2em;margin:.2rem 0 0}
    .status.failed{color:#a61b1b}
    .notice{background:#fcefc7;border-left:4px solid #f0b429;padding:.5rem .8rem}
    .error{background:#fde8e8;border-left:4px solid #a61b1b;padding:.5rem .8rem;color:#610404}
    .actions{display:flex;flex-wrap:wrap;gap:1rem;align-items:center;justify-content:space-between;margin:1rem 0}
    table{border-collapse:collapse;width:100%;font-size:.92rem}
    th,td{text-align:left;padding:.3rem .4rem;border-bottom:1px solid #e4e7eb;vertical-align:top}
    th{background:#f1f4f7}
    .sub{color:#52606d;font-size:.85rem}
    .page-foot{display:flex;justify-content:space-between;flex-wrap:wrap;gap:.5rem;border-top:1px solid #d9dee3;margin-top:2rem;padding-top:.4rem;font-size:.8rem;color:#616e7c}
    [hidden]{display:none!important}
    @media (max-width:30rem){main{padding:.8rem}h1{font-size:1.35rem}}
    """

    /// Saves each change as it is made and shows or hides follow-up
    /// questions by the server's answer; without it, the form posts a
    /// section at a time.
    static let javascript = #"""
    "use strict";
    (function () {
      var form = document.querySelector("form[data-save]");
      if (!form) { return; }
      function field(set, name) {
        var id = set.getAttribute("data-question");
        var checked = set.querySelector("input[name='choice." + id + "']:checked");
        if (name === "choice") { return checked ? checked.value : ""; }
        var input = set.querySelector("[name='" + name + "." + id + "']");
        return input ? input.value : "";
      }
      function save(set) {
        var status = set.querySelector(".status");
        var body = new URLSearchParams();
        body.set("question", set.getAttribute("data-question"));
        ["choice", "note", "evidence", "justification"].forEach(function (name) { body.set(name, field(set, name)); });
        status.textContent = "Saving…";
        status.classList.remove("failed");
        fetch(form.getAttribute("data-save"), {
          method: "POST", credentials: "same-origin",
          headers: { "X-CSRF-Token": form.getAttribute("data-csrf"), "Content-Type": "application/x-www-form-urlencoded" },
          body: body.toString()
        }).then(function (response) {
          return response.json().then(function (reply) { return { ok: response.ok, reply: reply }; });
        }).then(function (result) {
          if (!result.ok) { throw new Error(result.reply.error || "not saved"); }
          status.textContent = "Saved";
          document.querySelectorAll(".question[data-question]").forEach(function (other) {
            other.hidden = result.reply.asked.indexOf(other.getAttribute("data-question")) < 0;
          });
          var progress = document.querySelector(".progress progress");
          if (progress) { progress.max = result.reply.total; progress.value = result.reply.answered; }
          var count = document.querySelector("[data-count]");
          if (count) { count.textContent = result.reply.answered + " of " + result.reply.total + " answered"; }
        }).catch(function (error) {
          status.textContent = "Not saved: " + error.message;
          status.classList.add("failed");
        });
      }
      form.addEventListener("change", function (event) {
        var set = event.target.closest(".question[data-question]");
        if (set) { save(set); }
      });
    })();
    """#
}
