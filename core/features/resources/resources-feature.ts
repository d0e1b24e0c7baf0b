import { actionId, defineAction, defineCommand, defineFeature, numberArg } from "../../commands/define.js";
import { arg, named, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { trustedDefaults } from "../../data/directory.js";
import type { SourceKind } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { defineLimit } from "../../rate-limit-service.js";
import { plainText, userRef } from "../../text/markup.js";
import { buttons, list, note, paragraph, privateView } from "../../views.js";
import { trustedUnderReview } from "../newcomers/newcomer-review-service.js";
import { normalizeDomain } from "./normalize-url.js";
import {
  addApprovedResource,
  addSuggestion,
  addTrustedSuggestion,
  checkedUrl,
  decideSuggestion,
  editResource,
  eraseResources,
  exportResources,
  isTrusted,
  libraryCounts,
  PAGE_SIZE,
  parseTopics,
  refuseDuplicate,
  refuseTooManyOpen,
  retireResource,
  reviewQueue,
  search,
  setTrustedDefaults,
  trustDomain,
  trustedCounts,
  trustedDomains,
  untrustDomain,
} from "./resources-service.js";
import { PAGE_ACTION, resourceItem, resultBlocks } from "./resources-view.js";

const APPROVE = "res.ok";
const REJECT = "res.no";
const EDIT = "res.edit";

const SOURCES = ["government", "clinical", "patient_org", "peer", "other"] as const;
// Titles show as Discord embed titles (256) and Slack button text (75): keep them short.
const MAX_TITLE = 150;
const MAX_SUMMARY = 300;
// Every suggestion waits in the moderators' review queue: a member fills it a little at a time.
const suggestLimit = defineLimit({
  kind: "suggest",
  max: 3,
  windowSeconds: 60,
  refusal: (t) => t("limit.suggest"),
});
const MAX_OPEN_SUGGESTIONS = 5;

const idParam = arg.integer("id", "param.id", 1, 2_000_000_000);
const titleParam = arg.phrase("title", "param.title", MAX_TITLE);
const summaryParam = optional(arg.text("summary", "param.summary", MAX_SUMMARY));

/** How each part of the command was read, so a surprise shows at once. */
function describeResource(
  ctx: GroupContext,
  resource: { summary?: string | undefined; topics?: string[] | undefined; source?: SourceKind | undefined },
): string {
  const parts = [
    resource.summary === undefined
      ? undefined
      : resource.summary
        ? ctx.t("res.withSummary", { summary: resource.summary })
        : ctx.t("res.noSummary"),
    resource.topics === undefined
      ? undefined
      : resource.topics.length
        ? ctx.t("res.withTopics", { topics: resource.topics.join(", ") })
        : ctx.t("res.noTopics"),
    resource.source === undefined ? undefined : ctx.t(`source.${resource.source}`),
  ];
  return parts.flatMap((part) => (part ? [plainText(part)] : [])).join(", ");
}
const topicsParam = optional(arg.word("tags", "param.topics", 200));
const sourceParam = optional(arg.choice("source", "param.source", SOURCES));

async function searchView(ctx: GroupContext, query: string, page: number) {
  const found = await search(ctx, query, page);
  if (found.length === 0) {
    if (page > 1) return note(ctx.t("error.staleButton"));
    return note(query ? ctx.t("res.none", { query }) : ctx.t("res.empty", { suggest: ctx.cmd("suggest") }));
  }
  return privateView(...resultBlocks(ctx, query, page, found, PAGE_SIZE));
}

/** The oldest suggestion waiting, with approve / reject / edit, and where its link comes from. */
async function reviewView(ctx: GroupContext) {
  const { total: left, items } = await reviewQueue(ctx, 1);
  const [first] = items;
  if (!first) return note(ctx.t("res.queueEmpty"));
  const { resource: next, host, trusted } = first;
  return privateView(
    paragraph(ctx.t("res.review", { id: next.id, left })),
    list([resourceItem(ctx, next)]),
    paragraph(trusted ? ctx.t("res.trusted", { host }) : ctx.t("res.unverified", { host })),
    paragraph(
      next.suggestedBy
        ? [...ctx.t("res.suggestedBy"), userRef(next.suggestedBy.platformUserId)]
        : ctx.t("res.suggestedByGone"),
    ),
    buttons(
      { label: plainText(ctx.t("res.approve")), action: actionId(APPROVE, [next.id]), style: "primary" },
      { label: plainText(ctx.t("res.reject")), action: actionId(REJECT, [next.id]), style: "danger" },
      { label: plainText(ctx.t("res.edit")), action: actionId(EDIT, [next.id]) },
    ),
  );
}

/** Approves or rejects a suggestion still waiting (the suggester is told), then shows the next one. */
async function decide(ctx: GroupContext, id: number, approve: boolean, reason?: string) {
  await decideSuggestion(ctx, id, approve, reason);
  const next = await reviewView(ctx);
  return privateView(paragraph(ctx.t(approve ? "res.approved" : "res.rejected", { id })), ...next.blocks);
}

export const resourcesFeature = defineFeature({
  name: "resources",
  personalColumns: ["Resource.suggestedById", "Resource.approvedBy"],
  exportData: exportResources,
  erase: (tx, person) => eraseResources(tx, person),
  configLines: async (ctx) => [
    ctx.t("config.resources", await libraryCounts(ctx)),
    ctx.t("config.trusted", {
      ...(await trustedCounts(ctx)),
      command: ctx.cmd("mod resources trusted list"),
    }),
  ],
  commands: [
    defineCommand({
      path: "resources",
      audience: "member",
      params: [optional(arg.text("query", "param.query", 200))],
      handler: (ctx, args) => searchView(ctx, args.query ?? "", 1),
    }),
    defineCommand({
      path: "suggest",
      limit: suggestLimit,
      audience: "member",
      params: [arg.word("url", "param.url", 2100), optional(arg.text("title", "param.title", MAX_TITLE))],
      async handler(ctx, args) {
        const link = checkedUrl(ctx, args.url);
        await refuseDuplicate(ctx, link.key);
        const member = await ctx.ensureMember();
        await refuseTooManyOpen(ctx, member.id, MAX_OPEN_SUGGESTIONS);
        const title = args.title ?? link.host;
        if (trustedUnderReview(ctx, member) && (await isTrusted(ctx, link.host))) {
          const id = await addTrustedSuggestion(ctx, link, title, member.id);
          if (id !== undefined) return note(ctx.t("res.suggestedTrusted", { id, title }));
          await refuseDuplicate(ctx, link.key);
        }
        const id = await addSuggestion(ctx, link, title, member.id);
        return note(ctx.t("res.suggested", { id, title }));
      },
    }),
    defineCommand({
      path: "mod resources add",
      audience: "moderator",
      // The summary is named, so an unquoted title of several words is the title.
      params: [arg.word("url", "param.url", 2100), titleParam, named(summaryParam), topicsParam, sourceParam],
      async handler(ctx, args) {
        const link = checkedUrl(ctx, args.url);
        const topics = parseTopics(ctx, args.tags) ?? [];
        const id = await addApprovedResource(ctx, link, {
          title: args.title,
          summary: args.summary ?? "",
          topics,
          source: args.source ?? "other",
        });
        if (id === undefined) {
          // Nothing inserted: the link is in the library already, and the answer says where.
          await refuseDuplicate(ctx, link.key);
          throw new Error("the conflicting resource was deleted before it could be named");
        }
        const read = { summary: args.summary ?? "", topics, source: args.source ?? "other" };
        return note(ctx.t("res.added", { title: args.title, id, details: describeResource(ctx, read) }));
      },
    }),
    defineCommand({
      path: "mod resources edit",
      audience: "moderator",
      params: [
        idParam,
        optional(arg.phrase("title", "param.title", MAX_TITLE)),
        summaryParam,
        topicsParam,
        sourceParam,
        optional(arg.word("url", "param.url", 2100)),
      ],
      async handler(ctx, { id, ...changes }) {
        await editResource(ctx, id, changes);
        const link = changes.url === undefined ? undefined : checkedUrl(ctx, changes.url);
        const topics = changes.tags === undefined ? undefined : parseTopics(ctx, changes.tags);
        const changed = [
          ...(changes.title === undefined
            ? []
            : [plainText(ctx.t("res.withTitle", { title: changes.title }))]),
          ...(changes.url === undefined || !link ? [] : [plainText(ctx.t("res.withUrl", { url: link.url }))]),
          describeResource(ctx, { summary: changes.summary, topics, source: changes.source }),
        ].filter((part) => part.length > 0);
        return note(ctx.t("res.edited", { id, details: changed.join(", ") }));
      },
    }),
    defineCommand({
      path: "mod resources retire",
      audience: "moderator",
      params: [idParam],
      async handler(ctx, { id }) {
        await retireResource(ctx, id);
        return note(ctx.t("res.retired", { id }));
      },
    }),
    defineCommand({
      path: "mod resources review",
      audience: "moderator",
      params: [],
      handler: reviewView,
    }),
    defineCommand({
      path: "mod resources approve",
      audience: "moderator",
      params: [idParam],
      handler: (ctx, { id }) => decide(ctx, id, true),
    }),
    defineCommand({
      path: "mod resources reject",
      audience: "moderator",
      params: [idParam, optional(arg.text("reason", "param.rejectReason", MAX_SUMMARY))],
      handler: (ctx, { id, reason }) => decide(ctx, id, false, reason),
    }),
    defineCommand({
      path: "mod resources trusted add",
      audience: "moderator",
      params: [arg.word("domain", "param.domain", 253)],
      async handler(ctx, args) {
        const domain = normalizeDomain(args.domain);
        if (!domain) throw new UserError(ctx.t("trusted.bad"));
        if (!(await trustDomain(ctx, domain))) return note(ctx.t("trusted.already", { domain }));
        return note(ctx.t("trusted.added", { domain }));
      },
    }),
    defineCommand({
      path: "mod resources trusted remove",
      audience: "moderator",
      params: [arg.word("domain", "param.domain", 253)],
      async handler(ctx, args) {
        const domain = normalizeDomain(args.domain) ?? args.domain.toLowerCase();
        if (!(await untrustDomain(ctx, domain))) throw new UserError(ctx.t("trusted.notFound", { domain }));
        return note(ctx.t("trusted.removed", { domain }));
      },
    }),
    defineCommand({
      path: "mod resources trusted defaults",
      audience: "moderator",
      params: [arg.choice("state", "param.onoff", ["on", "off"] as const)],
      async handler(ctx, args) {
        const count = trustedDefaults().length;
        const changed = await setTrustedDefaults(ctx, args.state === "on");
        if (args.state === "on") {
          return note(
            changed > 0
              ? ctx.t("trusted.defaultsOn", { added: changed, count })
              : ctx.t("trusted.defaultsOnAlready", { count }),
          );
        }
        return note(
          changed > 0
            ? ctx.t("trusted.defaultsOff", { removed: changed })
            : ctx.t("trusted.defaultsOffAlready"),
        );
      },
    }),
    defineCommand({
      path: "mod resources trusted list",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        const domains = await trustedDomains(ctx);
        if (domains.length === 0) {
          return note(ctx.t("trusted.none", { command: ctx.cmd("mod resources trusted add") }));
        }
        return note(ctx.t("trusted.list", { list: domains.join(", ") }));
      },
    }),
  ],
  actions: [
    defineAction({
      name: PAGE_ACTION,
      audience: "member",
      async handler(ctx, [page, ...query]) {
        return searchView(ctx, query.join(":"), numberArg(ctx, page));
      },
    }),
    defineAction({
      name: APPROVE,
      audience: "moderator",
      label: "action.approveSuggestion",
      handler: (ctx, [id]) => decide(ctx, numberArg(ctx, id), true),
    }),
    defineAction({
      name: REJECT,
      audience: "moderator",
      label: "action.rejectSuggestion",
      handler: (ctx, [id]) => decide(ctx, numberArg(ctx, id), false),
    }),
    defineAction({
      name: EDIT,
      audience: "moderator",
      label: "action.editSuggestion",
      async handler(ctx, [id]) {
        const command = `${ctx.cmd("mod resources edit")} ${numberArg(ctx, id)} title:"…" summary:"…" tags:… source:…`;
        return note(ctx.t("res.editHelp", { command }));
      },
    }),
  ],
});
