import { changeAndAudit } from "../../audit.js";
import { actionId, defineAction, defineCommand, defineFeature, numberArg } from "../../commands/define.js";
import { arg, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import type { SourceKind } from "../../db/generated/client.js";
import { UserError } from "../../errors.js";
import { defineLimit } from "../../rate-limit.js";
import { plainText, userRef } from "../../text/markup.js";
import { buttons, list, note, paragraph, privateView } from "../../views.js";
import { normalizeDomain } from "./normalize-url.js";
import {
  checkedUrl,
  eraseResources,
  exportResources,
  findResource,
  isTrusted,
  libraryCounts,
  PAGE_SIZE,
  parseTopics,
  refuseDuplicate,
  refuseTooManyOpen,
  search,
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
const titleParam = arg.word("title", "param.title", MAX_TITLE);
const summaryParam = optional(arg.text("summary", "param.summary", MAX_SUMMARY));
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
  const where = { communityId: ctx.community.id, status: "suggested" as const };
  const [left, next] = await ctx.db.$transaction([
    ctx.db.resource.count({ where }),
    ctx.db.resource.findFirst({ where, orderBy: { createdAt: "asc" }, include: { suggestedBy: true } }),
  ]);
  if (!next) return note(ctx.t("res.queueEmpty"));
  const host = new URL(next.url).hostname;
  const trusted = await isTrusted(ctx, host);
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

/** Approves or rejects a suggestion still waiting, then shows the next one. */
async function decide(ctx: GroupContext, id: number, approve: boolean) {
  const now = ctx.clock.now();
  const decided = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Resource" SET "status" = $3::"ResourceStatus", "lastReviewedAt" = $4,
              "approvedBy" = CASE WHEN $5 THEN $6 ELSE "approvedBy" END,
              "approvedByPlatform" = CASE WHEN $5 THEN $7::"Platform" ELSE "approvedByPlatform" END,
              "approvedAt" = CASE WHEN $5 THEN $4 ELSE "approvedAt" END
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'suggested' RETURNING "id"`,
      params: [
        id,
        ctx.community.id,
        approve ? "approved" : "rejected",
        now,
        approve,
        ctx.actor.id,
        ctx.platform,
      ],
    },
    approve ? "resources.approve" : "resources.reject",
    `resource ${id}`,
  );
  if (decided.length === 0) throw new UserError(ctx.t("res.alreadyReviewed", { id }));
  const next = await reviewView(ctx);
  return privateView(paragraph(ctx.t(approve ? "res.approved" : "res.rejected", { id })), ...next.blocks);
}

export const resourcesFeature = defineFeature({
  name: "resources",
  personalColumns: ["Resource.suggestedById", "Resource.approvedBy"],
  exportData: exportResources,
  erase: (tx, person) => eraseResources(tx, person),
  configLines: async (ctx) => [ctx.t("config.resources", await libraryCounts(ctx))],
  commands: [
    defineCommand({
      path: "resources",
      audience: "member",
      description: "cmd.resources",
      section: "resources",
      params: [optional(arg.text("query", "param.query", 200))],
      handler: (ctx, args) => searchView(ctx, args.query ?? "", 1),
    }),
    defineCommand({
      path: "suggest",
      limit: suggestLimit,
      audience: "member",
      description: "cmd.suggest",
      section: "resources",
      params: [arg.word("url", "param.url", 2100), optional(arg.text("title", "param.title", MAX_TITLE))],
      async handler(ctx, args) {
        const link = checkedUrl(ctx, args.url);
        await refuseDuplicate(ctx, link.key);
        const member = await ctx.ensureMember();
        await refuseTooManyOpen(ctx, member.id, MAX_OPEN_SUGGESTIONS);
        const created = await ctx.db.resource.create({
          data: {
            communityId: ctx.community.id,
            url: link.url,
            urlKey: link.key,
            title: args.title ?? link.host,
            suggestedById: member.id,
          },
        });
        return note(ctx.t("res.suggested", { id: created.id }));
      },
    }),
    defineCommand({
      path: "mod resources add",
      audience: "moderator",
      description: "cmd.mod.resources.add",
      section: "resources",
      params: [arg.word("url", "param.url", 2100), titleParam, summaryParam, topicsParam, sourceParam],
      async handler(ctx, args) {
        const link = checkedUrl(ctx, args.url);
        const topics = parseTopics(ctx, args.tags) ?? [];
        const now = ctx.clock.now();
        const [id] = await changeAndAudit(
          ctx,
          {
            sql: `INSERT INTO "Resource" ("communityId", "url", "urlKey", "title", "summary", "topics",
                    "sourceKind", "status", "approvedBy", "approvedByPlatform", "approvedAt", "lastReviewedAt")
                  VALUES ($1, $2, $3, $4, $5, $6, $7::"SourceKind", 'approved', $8, $10::"Platform", $9, $9)
                  ON CONFLICT DO NOTHING RETURNING "id"`,
            params: [
              ctx.community.id,
              link.url,
              link.key,
              args.title,
              args.summary ?? "",
              topics,
              (args.source ?? "other") satisfies SourceKind,
              ctx.actor.id,
              now,
              ctx.platform,
            ],
          },
          "resources.add",
          "resource {id}",
        );
        if (id === undefined) {
          // Nothing inserted: the link is in the library already, and the answer says where.
          await refuseDuplicate(ctx, link.key);
          throw new Error("the conflicting resource was deleted before it could be named");
        }
        return note(ctx.t("res.added", { title: args.title, id }));
      },
    }),
    defineCommand({
      path: "mod resources edit",
      audience: "moderator",
      description: "cmd.mod.resources.edit",
      section: "resources",
      params: [
        idParam,
        optional(arg.word("title", "param.title", MAX_TITLE)),
        summaryParam,
        topicsParam,
        sourceParam,
        optional(arg.word("url", "param.url", 2100)),
      ],
      async handler(ctx, { id, ...changes }) {
        const resource = await findResource(ctx, id);
        if (Object.values(changes).every((v) => v === undefined))
          throw new UserError(ctx.t("res.nothingToEdit"));
        const link = changes.url === undefined ? undefined : checkedUrl(ctx, changes.url);
        if (link && link.key !== resource.urlKey) await refuseDuplicate(ctx, link.key);
        const topics = changes.tags === undefined ? undefined : parseTopics(ctx, changes.tags);
        // A field given as null keeps its value.
        await changeAndAudit(
          ctx,
          {
            sql: `UPDATE "Resource" SET "title" = coalesce($2, "title"), "summary" = coalesce($3, "summary"),
                    "topics" = coalesce($4::text[], "topics"), "sourceKind" = coalesce($5::"SourceKind", "sourceKind"),
                    "url" = coalesce($6, "url"), "urlKey" = coalesce($7, "urlKey"), "lastReviewedAt" = $8
                  WHERE "id" = $1 AND "communityId" = $9 RETURNING "id"`,
            params: [
              resource.id,
              changes.title ?? null,
              changes.summary ?? null,
              topics ?? null,
              changes.source ?? null,
              link?.url ?? null,
              link?.key ?? null,
              ctx.clock.now(),
              ctx.community.id,
            ],
          },
          "resources.edit",
          `resource ${id}`,
        );
        return note(ctx.t("res.edited", { id }));
      },
    }),
    defineCommand({
      path: "mod resources retire",
      audience: "moderator",
      description: "cmd.mod.resources.retire",
      section: "resources",
      params: [idParam],
      async handler(ctx, { id }) {
        const retired = await changeAndAudit(
          ctx,
          {
            sql: `UPDATE "Resource" SET "status" = 'retired' WHERE "id" = $1 AND "communityId" = $2 RETURNING "id"`,
            params: [id, ctx.community.id],
          },
          "resources.retire",
          `resource ${id}`,
        );
        if (retired.length === 0) throw new UserError(ctx.t("res.noSuch", { id }));
        return note(ctx.t("res.retired", { id }));
      },
    }),
    defineCommand({
      path: "mod resources review",
      audience: "moderator",
      description: "cmd.mod.resources.review",
      section: "resources",
      params: [],
      handler: reviewView,
    }),
    defineCommand({
      path: "mod resources trusted add",
      audience: "moderator",
      description: "cmd.mod.resources.trusted.add",
      section: "resources",
      params: [arg.word("domain", "param.domain", 253)],
      async handler(ctx, args) {
        const domain = normalizeDomain(args.domain);
        if (!domain) throw new UserError(ctx.t("trusted.bad"));
        const added = await changeAndAudit(
          ctx,
          {
            sql: `INSERT INTO "TrustedDomain" ("communityId", "domain") VALUES ($1, $2)
                  ON CONFLICT DO NOTHING RETURNING 1 AS "id"`,
            params: [ctx.community.id, domain],
          },
          "resources.trust",
          domain,
        );
        if (added.length === 0) return note(ctx.t("trusted.already", { domain }));
        return note(ctx.t("trusted.added", { domain }));
      },
    }),
    defineCommand({
      path: "mod resources trusted remove",
      audience: "moderator",
      description: "cmd.mod.resources.trusted.remove",
      section: "resources",
      params: [arg.word("domain", "param.domain", 253)],
      async handler(ctx, args) {
        const domain = normalizeDomain(args.domain) ?? args.domain.toLowerCase();
        const removed = await changeAndAudit(
          ctx,
          {
            sql: `DELETE FROM "TrustedDomain" WHERE "communityId" = $1 AND "domain" = $2 RETURNING 1 AS "id"`,
            params: [ctx.community.id, domain],
          },
          "resources.untrust",
          domain,
        );
        if (removed.length === 0) throw new UserError(ctx.t("trusted.notFound", { domain }));
        return note(ctx.t("trusted.removed", { domain }));
      },
    }),
    defineCommand({
      path: "mod resources trusted list",
      audience: "moderator",
      description: "cmd.mod.resources.trusted.list",
      section: "resources",
      params: [],
      async handler(ctx) {
        const domains = await ctx.db.trustedDomain.findMany({
          where: { communityId: ctx.community.id },
          orderBy: { domain: "asc" },
        });
        if (domains.length === 0) {
          return note(ctx.t("trusted.none", { command: ctx.cmd("mod resources trusted add") }));
        }
        return note(ctx.t("trusted.list", { list: domains.map((d) => d.domain).join(", ") }));
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
      handler: (ctx, [id]) => decide(ctx, numberArg(ctx, id), true),
    }),
    defineAction({
      name: REJECT,
      audience: "moderator",
      handler: (ctx, [id]) => decide(ctx, numberArg(ctx, id), false),
    }),
    defineAction({
      name: EDIT,
      audience: "moderator",
      async handler(ctx, [id]) {
        const command = `${ctx.cmd("mod resources edit")} ${numberArg(ctx, id)} title:"…" summary:"…" tags:… source:…`;
        return note(ctx.t("res.editHelp", { command }));
      },
    }),
  ],
});
