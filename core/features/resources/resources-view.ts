import { actionId } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import type { Resource } from "../../db/generated/client.js";
import type { Block, Button, RichText } from "../../ports.js";
import { plainText, userRef } from "../../text/markup.js";
import { buttons, list, paragraph } from "../../views.js";

export const PAGE_ACTION = "res.page";

export function sourceLabel(ctx: GroupContext, resource: Resource): string {
  return plainText(ctx.t(`source.${resource.sourceKind}`));
}

/** Title as a link, the summary, then where it comes from, who approved it and when it was reviewed. */
export function resourceItem(ctx: GroupContext, resource: Resource): RichText {
  const source = sourceLabel(ctx, resource);
  return [
    { text: resource.title, href: resource.url, style: "bold" },
    ...(resource.summary ? ctx.t("res.summary", { summary: resource.summary }) : []),
    { text: "\n" },
    ...(resource.approvedBy
      ? [...ctx.t("res.meta", { source, id: resource.id }), userRef(resource.approvedBy)]
      : ctx.t("res.metaNobody", { source, id: resource.id })),
    ...(resource.lastReviewedAt ? ctx.t("res.reviewed", { date: resource.lastReviewedAt }) : []),
  ];
}

/**
 * The query rides in the page buttons' action ids, so it is cut to fit Telegram's 64-byte
 * callback_data; `:` and `@` separate action arguments and are dropped from it.
 */
export function pageQuery(query: string): string {
  let cut = query.replace(/[:@]/g, " ").replace(/\s+/g, " ").trim();
  while (Buffer.byteLength(cut) > 40) cut = cut.slice(0, -1);
  return cut;
}

export function resultBlocks(
  ctx: GroupContext,
  query: string,
  page: number,
  found: Resource[],
  pageSize: number,
): Block[] {
  const shown = found.slice(0, pageSize);
  const title = query ? ctx.t("res.titleQuery", { query, page }) : ctx.t("res.title", { page });
  const nav: Button[] = [];
  const short = pageQuery(query);
  if (page > 1)
    nav.push({ label: plainText(ctx.t("res.prev")), action: actionId(PAGE_ACTION, [page - 1, short]) });
  if (found.length > pageSize) {
    nav.push({ label: plainText(ctx.t("res.next")), action: actionId(PAGE_ACTION, [page + 1, short]) });
  }
  return [
    paragraph(title),
    list(shown.map((r) => resourceItem(ctx, r))),
    buttons(...shown.map((r) => ({ label: r.title.slice(0, 60), url: r.url }))),
    ...(nav.length ? [buttons(...nav)] : []),
  ];
}
