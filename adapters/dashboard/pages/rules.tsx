import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { MAX_RULE_LENGTH } from "../../../core/features/rules/rules-service.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, Csrf } from "../layout.js";
import { Rich } from "../rich-text.js";

/** What changed between two versions, rule by rule: removed ones struck, added ones marked. */
function Changes({ desk, before, after }: { desk: Desk; before: string[] | null; after: string[] }) {
  const { t } = desk;
  if (before === null) return <p class="meta">{plainText(t("web.rules.noEarlier"))}</p>;
  const removed = before.filter((r) => !after.includes(r));
  const added = after.filter((r) => !before.includes(r));
  const reordered = removed.length === 0 && added.length === 0;
  return (
    <ul>
      {removed.map((r) => (
        <li>
          <del>
            <span class="visually-hidden">{plainText(t("web.rules.removedLabel"))} </span>
            {r}
          </del>
        </li>
      ))}
      {added.map((r) => (
        <li>
          <ins>
            <span class="visually-hidden">{plainText(t("web.rules.addedLabel"))} </span>
            {r}
          </ins>
        </li>
      ))}
      {reordered ? <li>{plainText(t(after.length ? "web.rules.reordered" : "web.rules.cleared"))}</li> : null}
    </ul>
  );
}

export async function RulesPage({ desk }: { desk: Desk }) {
  const { t } = desk;
  const { rules, version } = desk.rules();
  const history = await desk.ruleHistory();
  return (
    <>
      <p>
        <Rich text={t("web.rules.version", { version, count: rules.length })} />
      </p>
      <ol class="rules">
        {rules.map((rule, i) => (
          <li class="item">
            <form method="post" action={`${BASE}/rules/${i + 1}/edit`}>
              <Csrf token={desk.csrf} />
              <input type="hidden" name="version" value={String(version)} />
              <label for={`rule${i + 1}`}>{plainText(t("web.rules.ruleLabel", { number: i + 1 }))}</label>
              <textarea id={`rule${i + 1}`} name="text" maxlength={MAX_RULE_LENGTH} required>
                {rule}
              </textarea>
              <button type="submit">{plainText(t("web.rules.save", { number: i + 1 }))}</button>
            </form>
            <form class="inline" method="post" action={`${BASE}/rules/${i + 1}/move`}>
              <Csrf token={desk.csrf} />
              <input type="hidden" name="version" value={String(version)} />
              <div>
                <label for={`to${i + 1}`}>{plainText(t("web.rules.moveTo", { number: i + 1 }))}</label>
                <input
                  type="number"
                  id={`to${i + 1}`}
                  name="to"
                  min={1}
                  max={rules.length}
                  value={String(i + 1)}
                />
              </div>
              <button type="submit" class="secondary">
                {plainText(t("web.rules.move", { number: i + 1 }))}
              </button>
            </form>
            <form class="inline" method="post" action={`${BASE}/rules/${i + 1}/remove`}>
              <Csrf token={desk.csrf} />
              <input type="hidden" name="version" value={String(version)} />
              <button type="submit" class="danger">
                {plainText(t("web.rules.remove", { number: i + 1 }))}
              </button>
            </form>
          </li>
        ))}
      </ol>
      <h2>{plainText(t("web.rules.addTitle"))}</h2>
      <form method="post" action={`${BASE}/rules/add`}>
        <Csrf token={desk.csrf} />
        <input type="hidden" name="version" value={String(version)} />
        <label for="newrule">{plainText(t("web.rules.newLabel"))}</label>
        <textarea id="newrule" name="text" maxlength={MAX_RULE_LENGTH} required />
        <button type="submit">{plainText(t("web.rules.add"))}</button>
      </form>
      <h2>{plainText(t("web.rules.history"))}</h2>
      {history.length === 0 ? (
        <p>{plainText(t("web.rules.noHistory"))}</p>
      ) : (
        history.map((v) => (
          <section class="item" aria-labelledby={`v${v.version}`}>
            <h3 id={`v${v.version}`}>
              {plainText(
                t("web.rules.versionLine", {
                  version: v.version,
                  date: v.at,
                  zone: t.timeZone,
                  who: v.actorId ? `@${v.actorId}` : "—",
                }),
              )}
            </h3>
            <Changes desk={desk} before={v.previous} after={v.rules} />
          </section>
        ))
      )}
    </>
  );
}
