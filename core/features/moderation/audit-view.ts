import type { GroupContext } from "../../context.js";
import type { AuditEntry } from "../../db/generated/client.js";
import type { Inline, RichText } from "../../ports.js";
import type { MessageKey } from "../../text/catalog-en.js";
import { userRef } from "../../text/markup.js";
import { referencedNames } from "./audit-log-service.js";

/** The audit log's kinds: the first word of an entry's action. */
export const AUDIT_KINDS = [
  "tags",
  "rules",
  "resources",
  "warnings",
  "reports",
  "moderators",
  "members",
  "moderation",
  "digest",
  "welcome",
  "gate",
  "crisis",
  "privacy",
  "link",
] as const;

// Actions told as a sentence of their own; any other reads "changed {action}: {detail}".
const SENTENCES: Record<string, MessageKey> = {
  "tags.create": "audit.do.tags.create",
  "tags.edit": "audit.do.tags.edit",
  "tags.delete": "audit.do.tags.delete",
  "tags.give": "audit.do.tags.give",
  "tags.take": "audit.do.tags.take",
  "warnings.add": "audit.do.warnings.add",
  "warnings.remove": "audit.do.warnings.remove",
  "resources.add": "audit.do.resources.add",
  "resources.edit": "audit.do.resources.edit",
  "resources.retire": "audit.do.resources.retire",
  "resources.approve": "audit.do.resources.approve",
  "resources.reject": "audit.do.resources.reject",
  "resources.trustedAdd": "audit.do.resources.trustedAdd",
  "reports.resolve": "audit.do.reports.resolve",
  "reports.dismiss": "audit.do.reports.dismiss",
  "moderators.add": "audit.do.moderators.add",
  "moderators.remove": "audit.do.moderators.remove",
  "rules.add": "audit.do.rules.add",
  "rules.edit": "audit.do.rules.edit",
  "rules.remove": "audit.do.rules.remove",
  "rules.move": "audit.do.rules.move",
  "rules.clear": "audit.do.rules.clear",
  "members.mute": "audit.do.members.mute",
  "members.unmute": "audit.do.members.unmute",
  "members.kick": "audit.do.members.kick",
  "members.ban": "audit.do.members.ban",
  "members.unban": "audit.do.members.unban",
  "members.trust": "audit.do.members.trust",
  "dashboard.signin": "audit.do.dashboard.signin",
  "dashboard.signout": "audit.do.dashboard.signout",
};

const REFERENCE = /\b(tag|member|resource|report|warning) (\d+)\b/g;

/** The ids entries refer to, so their names are fetched once per page. */
function referencedIds(entries: AuditEntry[]) {
  const ids = { tag: new Set<number>(), member: new Set<number>(), resource: new Set<number>() };
  for (const entry of entries) {
    for (const [, kind, id] of entry.detail.matchAll(REFERENCE)) {
      if (kind === "tag" || kind === "member" || kind === "resource") ids[kind].add(Number(id));
    }
  }
  return ids;
}

// Stands in for a mention inside a rendered template, then replaced by the mention itself.
const MARK = "\u0000";

/** Replaces `{actor}`/`{member}` marks in rendered text with non-notifying mentions. */
function withMentions(text: RichText, mentions: Record<string, Inline>): RichText {
  const out: RichText = [];
  for (const span of text) {
    const parts = span.text.split(MARK);
    parts.forEach((part, i) => {
      if (i % 2 === 1) {
        const mention = mentions[part];
        if (mention) out.push(mention);
      } else if (part) out.push({ ...span, text: part });
    });
  }
  return out;
}

/** One entry as a sentence: when, who, what, to whom. */
export async function auditLines(ctx: GroupContext, entries: AuditEntry[]): Promise<RichText[]> {
  const names = await referencedNames(ctx, referencedIds(entries));
  return entries.map((entry) => {
    const refs: Record<string, string> = {};
    for (const [, kind, id] of entry.detail.matchAll(REFERENCE)) if (kind) refs[kind] = id ?? "";
    const memberId = refs.member === undefined ? undefined : names.member.get(Number(refs.member));
    const tagName = refs.tag === undefined ? undefined : names.tag.get(Number(refs.tag));
    const title = refs.resource === undefined ? undefined : names.resource.get(Number(refs.resource));
    const mentions: Record<string, Inline> = {
      member: memberId ? userRef(memberId) : { text: plainGone(ctx) },
    };
    if (entry.actorId) mentions.actor = userRef(entry.actorId);
    else mentions.actor = { text: formerActor(ctx, entry) };
    const vars = {
      date: entry.createdAt,
      zone: ctx.t.timeZone,
      actor: `${MARK}actor${MARK}`,
      member: `${MARK}member${MARK}`,
      tag: tagName ?? `#${refs.tag ?? "?"}`,
      resource: title ? `#${refs.resource} ${title}` : `#${refs.resource ?? "?"}`,
      id: refs.report ?? refs.warning ?? "?",
      action: entry.action,
      detail: entry.detail,
    };
    const key = SENTENCES[entry.action];
    const sentence = key ? ctx.t(key as "audit.do.other", vars) : ctx.t("audit.do.other", vars);
    return withMentions([...ctx.t("audit.when", vars), ...sentence], mentions);
  });
}

function plainGone(ctx: GroupContext): string {
  return ctx
    .t("audit.memberGone")
    .map((s) => s.text)
    .join("");
}

function formerActor(ctx: GroupContext, entry: AuditEntry): string {
  const text = entry.formerActor
    ? ctx.t("audit.formerActor", { number: entry.formerActor })
    : ctx.t("audit.erasedActor");
  return text.map((s) => s.text).join("");
}
