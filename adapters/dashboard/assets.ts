// The dashboard's only stylesheet and script, served from this process (no CDN, no fonts): the
// strict Content-Security-Policy allows nothing else. Kept as strings so the build ships them.

export const STYLES = `
:root { color-scheme: light dark; --fg: #1b1f24; --bg: #ffffff; --muted: #4a5360; --line: #c9d0d8;
  --accent: #0b5cad; --accent-fg: #ffffff; --danger: #a4161a; --ok-bg: #e7f4ea; --err-bg: #fbe9e9; --panel: #f3f5f8; }
@media (prefers-color-scheme: dark) {
  :root { --fg: #e8ebef; --bg: #14171b; --muted: #b3bcc7; --line: #3b434d; --accent: #7cb7ff; --accent-fg: #0b1220;
    --danger: #ff8a8a; --ok-bg: #15301d; --err-bg: #3a1717; --panel: #1e2329; }
}
* { box-sizing: border-box; }
body { margin: 0; font: 1rem/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; color: var(--fg); background: var(--bg); }
a { color: var(--accent); }
:focus-visible { outline: 3px solid var(--accent); outline-offset: 2px; }
.skip { position: absolute; left: -999px; top: 0; background: var(--bg); padding: .5rem 1rem; z-index: 2; }
.skip:focus { left: .5rem; }
header.top { display: flex; flex-wrap: wrap; gap: .5rem 1rem; align-items: center; justify-content: space-between;
  padding: .5rem 1rem; border-bottom: 1px solid var(--line); }
.brand { margin: 0; font-weight: 700; }
.community { font-weight: 400; }
.signout { display: flex; gap: .5rem; flex-wrap: wrap; }
nav ul { list-style: none; margin: 0; padding: .25rem .5rem; display: flex; flex-wrap: wrap; gap: .25rem;
  border-bottom: 1px solid var(--line); }
nav a { display: inline-block; padding: .5rem .75rem; min-height: 44px; text-decoration: none; border-radius: .25rem; }
nav a[aria-current="page"] { background: var(--accent); color: var(--accent-fg); }
main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: .5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 1.5rem 0 .5rem; }
.notice { padding: .75rem 1rem; border-radius: .25rem; }
.notice.done { background: var(--ok-bg); }
.notice.error { background: var(--err-bg); }
.notice-slot:empty { display: none; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(12rem, 1fr)); gap: 1rem; padding: 0; list-style: none; }
.cards li { background: var(--panel); border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; }
.cards .count { display: block; font-size: 2rem; font-weight: 700; }
.item { border: 1px solid var(--line); border-radius: .5rem; padding: 1rem; margin: 0 0 1rem; background: var(--panel); }
.item h2, .item h3 { margin-top: 0; font-size: 1.1rem; }
.meta { color: var(--muted); }
.badge { display: inline-block; padding: 0 .5rem; border-radius: 1rem; border: 1px solid currentColor; font-size: .875rem; }
.badge.warn { color: var(--danger); }
form.inline { display: inline-flex; flex-wrap: wrap; gap: .5rem; align-items: flex-end; margin: .25rem .5rem .25rem 0; }
label { display: block; font-weight: 600; margin: .5rem 0 .25rem; }
.field { margin-bottom: .75rem; }
input[type=text], input[type=url], input[type=number], input[type=date], input[type=search], textarea, select {
  font: inherit; color: inherit; background: var(--bg); border: 1px solid var(--muted); border-radius: .25rem;
  padding: .5rem; width: 100%; max-width: 40rem; min-height: 44px; }
textarea { min-height: 6rem; }
button { font: inherit; min-height: 44px; padding: .5rem 1rem; border-radius: .25rem; border: 1px solid var(--accent);
  background: var(--accent); color: var(--accent-fg); cursor: pointer; }
button.secondary { background: transparent; color: var(--accent); }
button.danger { background: transparent; color: var(--danger); border-color: var(--danger); }
table { border-collapse: collapse; width: 100%; }
.table-wrap { overflow-x: auto; }
th, td { text-align: left; padding: .5rem; border-bottom: 1px solid var(--line); vertical-align: top; }
fieldset { border: 1px solid var(--line); border-radius: .5rem; margin: 0 0 1rem; padding: .5rem 1rem 1rem; }
legend { font-weight: 700; padding: 0 .25rem; }
.chat-preview { border-left: 4px solid var(--accent); margin: .5rem 0 1rem; padding: .25rem 1rem; background: var(--panel); }
.chat-preview figcaption { color: var(--muted); font-size: .875rem; }
.chat-buttons { display: flex; flex-wrap: wrap; gap: .5rem; }
.chat-button { border: 1px solid var(--line); border-radius: .25rem; padding: .25rem .75rem; }
.chat-choice { list-style: none; padding-left: 0; }
.visually-hidden { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
del { background: var(--err-bg); } ins { background: var(--ok-bg); text-decoration: none; }
@media (max-width: 40rem) { main { padding: .75rem; } h1 { font-size: 1.35rem; } }
`;

// Progressive enhancement only: every form works without it. It refreshes the welcome preview
// as the moderator types (same-origin request, CSRF token included).
export const SCRIPT = `
(function () {
  var form = document.querySelector("form[data-preview]");
  if (!form) return;
  var area = form.querySelector("textarea");
  var target = document.getElementById(form.getAttribute("data-preview"));
  if (!area || !target) return;
  var timer;
  area.addEventListener("input", function () {
    clearTimeout(timer);
    timer = setTimeout(function () {
      var body = new URLSearchParams(new FormData(form));
      fetch(form.getAttribute("data-preview-url"), { method: "POST", body: body, credentials: "same-origin" })
        .then(function (r) { return r.ok ? r.text() : null; })
        .then(function (html) { if (html !== null) target.innerHTML = html; });
    }, 300);
  });
})();
`;
