import type { Resource } from "../../../core/db/generated/client.js";
import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, Csrf } from "../layout.js";
import { Rich } from "../rich-text.js";

export const SOURCES = ["government", "clinical", "patient_org", "peer", "other"] as const;

function ResourceSummary({ desk, resource }: { desk: Desk; resource: Resource }) {
  const { t } = desk;
  return (
    <>
      <p>
        <a href={/^https?:\/\//.test(resource.url) ? resource.url : "#"} rel="noopener noreferrer">
          {resource.url}
        </a>
      </p>
      {resource.summary ? <p>{resource.summary}</p> : null}
      <p class="meta">
        <Rich
          text={t("web.res.meta", {
            id: resource.id,
            source: plainText(t(`source.${resource.sourceKind}`)),
            topics: resource.topics.join(", ") || "—",
          })}
        />
      </p>
    </>
  );
}

export async function QueuePage({ desk }: { desk: Desk }) {
  const { t } = desk;
  const { total, items } = await desk.queue();
  if (total === 0) return <p>{plainText(t("res.queueEmpty"))}</p>;
  return (
    <>
      <p>
        <Rich text={t("web.queue.count", { count: total })} />
      </p>
      {items.map(({ resource, host, trusted }) => (
        <section class="item" aria-labelledby={`r${resource.id}`}>
          <h2 id={`r${resource.id}`}>{resource.title}</h2>
          <ResourceSummary desk={desk} resource={resource} />
          <p>
            <span class={trusted ? "badge" : "badge warn"}>
              {plainText(trusted ? t("web.queue.trusted") : t("web.queue.unverified"))}
            </span>{" "}
            <Rich text={trusted ? t("res.trusted", { host }) : t("res.unverified", { host })} />
          </p>
          <p class="meta">
            {resource.suggestedBy ? (
              <>
                <Rich text={t("res.suggestedBy")} />@{resource.suggestedBy.platformUserId}
              </>
            ) : (
              <Rich text={t("res.suggestedByGone")} />
            )}
          </p>
          <form class="inline" method="post" action={`${BASE}/queue/${resource.id}/approve`}>
            <Csrf token={desk.csrf} />
            <button type="submit">{plainText(t("web.queue.approve", { title: resource.title }))}</button>
          </form>
          <form class="inline" method="post" action={`${BASE}/queue/${resource.id}/reject`}>
            <Csrf token={desk.csrf} />
            <div>
              <label for={`reason${resource.id}`}>{plainText(t("web.queue.reason"))}</label>
              <input type="text" id={`reason${resource.id}`} name="reason" maxlength={300} />
            </div>
            <button type="submit" class="danger">
              {plainText(t("web.queue.reject", { title: resource.title }))}
            </button>
          </form>
          <p>
            <a href={`${BASE}/resources/${resource.id}/edit`}>
              {plainText(t("web.res.edit", { title: resource.title }))}
            </a>
          </p>
        </section>
      ))}
    </>
  );
}

export async function LibraryPage({ desk, query, page }: { desk: Desk; query: string; page: number }) {
  const { t } = desk;
  const found = await desk.library(query, page);
  const shown = found.slice(0, 5);
  const link = (p: number) => `${BASE}/library?q=${encodeURIComponent(query)}&page=${p}`;
  return (
    <>
      <search>
        <form method="get" action={`${BASE}/library`}>
          <label for="q">{plainText(t("web.library.search"))}</label>
          <input type="search" id="q" name="q" value={query} maxlength={200} />
          <button type="submit">{plainText(t("web.library.searchButton"))}</button>
        </form>
      </search>
      {shown.length === 0 ? (
        <p>{plainText(t("web.library.none"))}</p>
      ) : (
        shown.map((resource) => (
          <section class="item" aria-labelledby={`r${resource.id}`}>
            <h2 id={`r${resource.id}`}>{resource.title}</h2>
            <ResourceSummary desk={desk} resource={resource} />
            <p>
              <a href={`${BASE}/resources/${resource.id}/edit`}>
                {plainText(t("web.res.edit", { title: resource.title }))}
              </a>
            </p>
            <form class="inline" method="post" action={`${BASE}/resources/${resource.id}/retire`}>
              <Csrf token={desk.csrf} />
              <button type="submit" class="danger">
                {plainText(t("web.library.retire", { title: resource.title }))}
              </button>
            </form>
          </section>
        ))
      )}
      <nav aria-label={plainText(t("web.pages"))}>
        <p>
          {page > 1 ? <a href={link(page - 1)}>{plainText(t("res.prev"))}</a> : null}{" "}
          {found.length > 5 ? <a href={link(page + 1)}>{plainText(t("res.next"))}</a> : null}
        </p>
      </nav>
    </>
  );
}

export async function EditResourcePage({ desk, id }: { desk: Desk; id: number }) {
  const { t } = desk;
  const r = await desk.resource(id);
  return (
    <form method="post" action={`${BASE}/resources/${r.id}/edit`}>
      <Csrf token={desk.csrf} />
      <div class="field">
        <label for="title">{plainText(t("web.field.title"))}</label>
        <input type="text" id="title" name="title" value={r.title} maxlength={150} required />
      </div>
      <div class="field">
        <label for="url">{plainText(t("web.field.url"))}</label>
        <input type="url" id="url" name="url" value={r.url} maxlength={2100} required />
      </div>
      <div class="field">
        <label for="summary">{plainText(t("web.field.summary"))}</label>
        <textarea id="summary" name="summary" maxlength={300}>
          {r.summary}
        </textarea>
      </div>
      <div class="field">
        <label for="tags">{plainText(t("web.field.topics"))}</label>
        <input type="text" id="tags" name="tags" value={r.topics.join(", ")} maxlength={200} />
      </div>
      <div class="field">
        <label for="source">{plainText(t("web.field.source"))}</label>
        <select id="source" name="source">
          {SOURCES.map((s) => (
            <option value={s} selected={r.sourceKind === s}>
              {plainText(t(`source.${s}`))}
            </option>
          ))}
        </select>
      </div>
      <button type="submit">{plainText(t("web.save"))}</button>
    </form>
  );
}
