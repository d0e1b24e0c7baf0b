import type { Tag } from "../../../core/db/generated/client.js";
import type { Desk } from "../../../core/features/dashboard/dashboard-desk.js";
import { MAX_TAG_DESCRIPTION, MAX_TAG_NAME } from "../../../core/features/tags/tags-service.js";
import { plainText } from "../../../core/text/markup.js";
import { BASE, Csrf } from "../layout.js";

function TagFields({ desk, tag, prefix }: { desk: Desk; tag?: Tag; prefix: string }) {
  const { t } = desk;
  return (
    <>
      <div class="field">
        <label for={`${prefix}name`}>{plainText(t("web.field.tagName"))}</label>
        <input
          type="text"
          id={`${prefix}name`}
          name="name"
          value={tag?.name ?? ""}
          maxlength={MAX_TAG_NAME}
          required
        />
      </div>
      <div class="field">
        <label for={`${prefix}description`}>{plainText(t("web.field.tagDescription"))}</label>
        <input
          type="text"
          id={`${prefix}description`}
          name="description"
          value={tag?.description ?? ""}
          maxlength={MAX_TAG_DESCRIPTION}
        />
      </div>
      <div class="field">
        <label for={`${prefix}emoji`}>{plainText(t("web.field.tagEmoji"))}</label>
        <input type="text" id={`${prefix}emoji`} name="emoji" value={tag?.emoji ?? ""} maxlength={16} />
      </div>
      <div class="field">
        <label for={`${prefix}visibility`}>{plainText(t("web.field.tagVisibility"))}</label>
        <select id={`${prefix}visibility`} name="visibility">
          <option value="public" selected={tag?.visibility === "public"}>
            {plainText(t("tags.public"))}
          </option>
          <option value="private" selected={tag?.visibility === "private"}>
            {plainText(t("tags.private"))}
          </option>
        </select>
      </div>
      <div class="field">
        <label for={`${prefix}self`}>{plainText(t("web.field.tagSelf"))}</label>
        <select id={`${prefix}self`} name="self">
          <option value="yes" selected={tag ? tag.selfAssignable : true}>
            {plainText(t("tags.self"))}
          </option>
          <option value="no" selected={tag ? !tag.selfAssignable : false}>
            {plainText(t("tags.modAssigned"))}
          </option>
        </select>
      </div>
    </>
  );
}

export async function TagsPage({ desk, show }: { desk: Desk; show: number | undefined }) {
  const { t } = desk;
  const tags = await desk.tags();
  const holders = show === undefined ? undefined : await desk.holders(show);
  return (
    <>
      {tags.length === 0 ? <p>{plainText(t("web.tags.none"))}</p> : null}
      {tags.map(({ tag, holders: count }) => (
        <section class="item" aria-labelledby={`tag${tag.id}`}>
          <h2 id={`tag${tag.id}`}>
            {tag.emoji ? `${tag.emoji} ` : ""}
            {tag.name}{" "}
            {tag.visibility === "private" ? (
              <span class="badge warn">{plainText(t("web.tags.privateBadge"))}</span>
            ) : null}
          </h2>
          {tag.description ? <p>{tag.description}</p> : null}
          <p class="meta">
            {plainText(t(tag.selfAssignable ? "tags.self" : "tags.modAssigned"))} ·{" "}
            <a href={`${BASE}/tags?holders=${tag.id}#tag${tag.id}`}>
              {plainText(t("web.tags.holders", { count, tag: tag.name }))}
            </a>
          </p>
          {show === tag.id && holders ? (
            <ul aria-label={plainText(t("web.tags.holdersLabel", { tag: tag.name }))}>
              {holders.length === 0 ? <li>{plainText(t("web.tags.noHolders"))}</li> : null}
              {holders.map((id) => (
                <li>@{id}</li>
              ))}
            </ul>
          ) : null}
          <details>
            <summary>{plainText(t("web.tags.edit", { tag: tag.name }))}</summary>
            <form method="post" action={`${BASE}/tags/${tag.id}/edit`}>
              <Csrf token={desk.csrf} />
              <TagFields desk={desk} tag={tag} prefix={`t${tag.id}`} />
              <button type="submit">{plainText(t("web.save"))}</button>
            </form>
          </details>
          <form class="inline" method="post" action={`${BASE}/tags/${tag.id}/delete`}>
            <Csrf token={desk.csrf} />
            <button type="submit" class="danger">
              {plainText(t("web.tags.delete", { tag: tag.name }))}
            </button>
          </form>
        </section>
      ))}
      <h2>{plainText(t("web.tags.createTitle"))}</h2>
      <form method="post" action={`${BASE}/tags/create`}>
        <Csrf token={desk.csrf} />
        <TagFields desk={desk} prefix="new" />
        <button type="submit">{plainText(t("web.tags.create"))}</button>
      </form>
    </>
  );
}
