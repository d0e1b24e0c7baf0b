import { changeAndAudit } from "../../audit.js";
import { actionId, defineAction, defineCommand, defineFeature, numberArg } from "../../commands/define.js";
import { arg, type MemberRef, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { alertModerators, moderatorsOnly } from "../../moderator-alerts.js";
import type { RichText } from "../../ports.js";
import { defineLimit } from "../../rate-limit.js";
import { changeCommunity, changeGroup } from "../../settings.js";
import type { Translate } from "../../text/i18n.js";
import { plainText, userRef } from "../../text/markup.js";
import {
  buttons,
  list,
  note,
  paragraph,
  personalNote,
  personalView,
  privateView,
  view,
} from "../../views.js";
import { pendingCount } from "../onboarding/members-service.js";
import { configCommand } from "./config-command.js";
import { eraseModeration, exportModeration, purgeByRetention } from "./moderation-service.js";

const RESOLVE = "rep.ok";
const DISMISS = "rep.no";
const MAX_REASON = 500;
// Every report reaches every moderator: a few a minute is plenty for a real problem.
const reportLimit = defineLimit({
  kind: "report",
  max: 5,
  windowSeconds: 60,
  refusal: (t) => t("limit.report"),
});
// Ten reports with two buttons each fit every platform's message (Discord: 5 rows of 5 buttons).
const REPORTS_SHOWN = 10;
const DAY_MS = 86_400_000;

/** A platform's reference to the reported message; a permalink is shown as a link. */
function messageRefText(t: Translate, ref: string): RichText {
  return [...t("report.alertMessage"), /^https:\/\//.test(ref) ? { text: ref, href: ref } : { text: ref }];
}
const memberParam = arg.member("member", "param.member");

async function closeReport(ctx: GroupContext, id: number, resolve: boolean) {
  const closed = await changeAndAudit(
    ctx,
    {
      sql: `UPDATE "Report" SET "status" = $3::"ReportStatus", "resolvedBy" = $4, "resolvedAt" = $5,
              "resolvedByPlatform" = $6::"Platform"
            WHERE "id" = $1 AND "communityId" = $2 AND "status" = 'open' RETURNING "id"`,
      params: [
        id,
        ctx.community.id,
        resolve ? "resolved" : "dismissed",
        ctx.actor.id,
        ctx.clock.now(),
        ctx.platform,
      ],
    },
    resolve ? "reports.resolve" : "reports.dismiss",
    `report ${id}`,
  );
  if (closed.length === 0) throw new UserError(ctx.t("report.alreadyClosed", { id }));
  return note(ctx.t(resolve ? "report.resolved" : "report.dismissed", { id }));
}

async function activeWarnings(ctx: GroupContext, memberId: number) {
  return ctx.db.warning.findMany({
    where: { memberId, communityId: ctx.community.id, expiresAt: { gt: ctx.clock.now() } },
    orderBy: { id: "asc" },
  });
}

async function grant(ctx: GroupContext, who: MemberRef, add: boolean) {
  const vars = { member: who.label };
  const params = [ctx.community.id, ctx.platform, who.platformUserId];
  const changed = await changeAndAudit(
    ctx,
    add
      ? {
          sql: `INSERT INTO "ModeratorGrant" ("communityId", "platform", "platformUserId", "grantedBy")
                VALUES ($1, $2::"Platform", $3, $4) ON CONFLICT DO NOTHING RETURNING 1 AS "id"`,
          params: [...params, ctx.actor.id],
        }
      : {
          sql: `DELETE FROM "ModeratorGrant"
                WHERE "communityId" = $1 AND "platform" = $2::"Platform" AND "platformUserId" = $3 RETURNING 1 AS "id"`,
          params,
        },
    add ? "moderators.add" : "moderators.remove",
    `member ${who.memberId}`,
  );
  if (changed.length === 0 && add) return note(ctx.t("mods.already", vars));
  if (changed.length === 0) throw new UserError(ctx.t("mods.notOne", vars));
  return note(ctx.t(add ? "mods.added" : "mods.removed", vars));
}

export const moderationFeature = defineFeature({
  name: "moderation",
  personalColumns: [
    "Warning.memberId",
    "Warning.issuedBy",
    "Report.reporterId",
    "Report.resolvedBy",
    "ModeratorGrant.platformUserId",
    "ModeratorGrant.grantedBy",
    "AuditEntry.actorId",
  ],
  exportData: exportModeration,
  erase: (tx, person) => eraseModeration(tx, person),
  purge: purgeByRetention,
  // What waits for moderators closes the overview.
  async homeSection(ctx) {
    if (!(await ctx.isModerator())) return [];
    const pending = await pendingCount(ctx, ctx.group.id);
    return [
      paragraph(ctx.t("home.moderators")),
      paragraph(ctx.t("home.pending", { count: pending, command: ctx.cmd("mod pending") })),
    ];
  },
  configLines: async (ctx) => [
    ctx.t("config.modChannel", { value: ctx.group.modChannelId ?? plainText(ctx.t("config.notSet")) }),
    ctx.t("config.warnings", { days: ctx.community.warningExpiryDays }),
  ],
  commands: [
    configCommand,
    defineCommand({
      path: "report",
      sensitive: true,
      limit: reportLimit,
      audience: "member",
      description: "cmd.report",
      section: "moderation",
      params: [optional(arg.text("reason", "param.reason", MAX_REASON))],
      async handler(ctx, args) {
        const member = await ctx.ensureMember();
        const report = await ctx.db.report.create({
          data: {
            communityId: ctx.community.id,
            groupId: ctx.group.id,
            reporterId: member.id,
            reason: args.reason ?? "",
            messageRef: ctx.messageRef ?? null,
          },
        });
        // Moderators read the alert together: in the community's language.
        const t = ctx.tCommunity;
        const alert: RichText[] = [
          [...t("report.alert", { id: report.id }), userRef(ctx.actor.id)],
          t("report.alertReason", { reason: args.reason ?? t.plain("report.noReason") }),
          ...(ctx.messageRef ? [messageRefText(t, ctx.messageRef)] : []),
        ];
        await alertModerators(
          ctx,
          view(
            ...alert.map(paragraph),
            buttons(
              {
                label: t.plain("report.resolve", { id: report.id }),
                action: actionId(RESOLVE, [report.id]),
              },
              {
                label: t.plain("report.dismiss", { id: report.id }),
                action: actionId(DISMISS, [report.id]),
              },
            ),
          ),
        );
        return note(ctx.t("report.thanks"));
      },
    }),
    defineCommand({
      path: "mod reports",
      audience: "moderator",
      description: "cmd.mod.reports",
      section: "moderation",
      params: [],
      async handler(ctx) {
        const where = { communityId: ctx.community.id, status: "open" as const };
        const [count, open] = await ctx.db.$transaction([
          ctx.db.report.count({ where }),
          ctx.db.report.findMany({
            where,
            orderBy: { id: "asc" },
            take: REPORTS_SHOWN,
            include: { reporter: true },
          }),
        ]);
        if (count === 0) return note(ctx.t("report.none"));
        return privateView(
          paragraph(ctx.t("report.title", { count })),
          list(
            open.map((r) => [
              ...ctx.t("report.line", {
                id: r.id,
                date: r.createdAt,
                reason: r.reason || plainText(ctx.t("report.noReason")),
              }),
              ...(r.reporter ? [{ text: " · " }, userRef(r.reporter.platformUserId)] : []),
            ]),
          ),
          buttons(
            ...open.flatMap((r) => [
              { label: plainText(ctx.t("report.resolve", { id: r.id })), action: actionId(RESOLVE, [r.id]) },
              { label: plainText(ctx.t("report.dismiss", { id: r.id })), action: actionId(DISMISS, [r.id]) },
            ]),
          ),
        );
      },
    }),
    defineCommand({
      path: "mod channel set",
      audience: "moderator",
      description: "cmd.mod.channel.set",
      section: "moderation",
      params: [arg.channel("channel", "param.channel")],
      async handler(ctx, args) {
        // Alerts name members (reports, crisis heads-ups): a channel members read would be public.
        if (!(await moderatorsOnly(ctx, args.channel))) throw new UserError(ctx.t("modchannel.notGroup"));
        await changeGroup(ctx, "moderation.channel", { modChannelId: args.channel });
        return note(ctx.t("modchannel.set"));
      },
    }),
    defineCommand({
      path: "mod warn",
      sensitive: true,
      audience: "moderator",
      description: "cmd.mod.warn",
      section: "moderation",
      params: [memberParam, arg.text("reason", "param.reason", MAX_REASON)],
      async handler(ctx, args) {
        const now = ctx.clock.now();
        const [id] = await changeAndAudit(
          ctx,
          {
            sql: `INSERT INTO "Warning" ("communityId", "memberId", "reason", "issuedBy", "issuedByPlatform",
                    "createdAt", "expiresAt")
                  VALUES ($1, $2, $3, $4, $7::"Platform", $5, $6) RETURNING "id"`,
            params: [
              ctx.community.id,
              args.member.memberId,
              args.reason,
              ctx.actor.id,
              now,
              new Date(now.getTime() + ctx.community.warningExpiryDays * DAY_MS),
              ctx.platform,
            ],
          },
          "warnings.add",
          `warning {id} member ${args.member.memberId}`,
        );
        const count = (await activeWarnings(ctx, args.member.memberId)).length;
        const name = ctx.community.name;
        const told = await ctx.ports
          .get(ctx.platform)
          ?.sendDirect(
            args.member.platformUserId,
            note(
              name
                ? ctx.t("warn.dm", { community: name, reason: args.reason })
                : ctx.t("warn.dmUnnamed", { reason: args.reason }),
            ),
            { groupId: ctx.group.platformGroupId },
          )
          .catch(() => false);
        const vars = { id: id ?? "?", member: args.member.label, count };
        return personalNote(ctx.t(told ? "warn.given" : "warn.givenNotTold", vars));
      },
    }),
    defineCommand({
      path: "mod warnings",
      sensitive: true,
      audience: "moderator",
      description: "cmd.mod.warnings",
      section: "moderation",
      params: [memberParam],
      async handler(ctx, args) {
        const warnings = await activeWarnings(ctx, args.member.memberId);
        if (warnings.length === 0) return personalNote(ctx.t("warn.none", { member: args.member.label }));
        return personalView(
          paragraph(ctx.t("warn.title", { member: args.member.label, count: warnings.length })),
          list(
            warnings.map((w) =>
              ctx.t("warn.line", {
                id: w.id,
                date: w.createdAt,
                reason: w.reason,
                expires: w.expiresAt,
              }),
            ),
          ),
        );
      },
    }),
    defineCommand({
      path: "mod warnings expire",
      audience: "moderator",
      description: "cmd.mod.warnings.expire",
      section: "moderation",
      params: [arg.integer("days", "param.days", 1, 3650)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "warnings.expiry", { warningExpiryDays: args.days }, `${args.days} days`);
        return note(ctx.t("warn.expirySet", { days: args.days }));
      },
    }),
    defineCommand({
      path: "mod unwarn",
      audience: "moderator",
      description: "cmd.mod.unwarn",
      section: "moderation",
      params: [memberParam, arg.integer("id", "param.warning", 1, 2_000_000_000)],
      async handler(ctx, args) {
        const removed = await changeAndAudit(
          ctx,
          {
            sql: `DELETE FROM "Warning" WHERE "id" = $1 AND "memberId" = $2 AND "communityId" = $3 RETURNING "id"`,
            params: [args.id, args.member.memberId, ctx.community.id],
          },
          "warnings.remove",
          `warning ${args.id}`,
        );
        if (removed.length === 0)
          throw new UserError(ctx.t("warn.noSuch", { member: args.member.label, id: args.id }));
        return note(ctx.t("warn.removed", { id: args.id }));
      },
    }),
    defineCommand({
      path: "mod moderators add",
      audience: "moderator",
      description: "cmd.mod.moderators.add",
      section: "moderation",
      params: [memberParam],
      handler: (ctx, args) => grant(ctx, args.member, true),
    }),
    defineCommand({
      path: "mod moderators remove",
      audience: "moderator",
      description: "cmd.mod.moderators.remove",
      section: "moderation",
      params: [memberParam],
      handler: (ctx, args) => grant(ctx, args.member, false),
    }),
    defineCommand({
      path: "mod moderators list",
      audience: "moderator",
      description: "cmd.mod.moderators.list",
      section: "moderation",
      params: [],
      async handler(ctx) {
        const grants = await ctx.db.moderatorGrant.findMany({
          where: { communityId: ctx.community.id, platform: ctx.platform },
          orderBy: { createdAt: "asc" },
        });
        if (grants.length === 0) return note(ctx.t("mods.none"));
        return privateView(
          paragraph(ctx.t("mods.title")),
          list(grants.map((g) => [userRef(g.platformUserId)])),
        );
      },
    }),
    defineCommand({
      path: "mod audit",
      audience: "moderator",
      description: "cmd.mod.audit",
      section: "moderation",
      params: [optional(arg.integer("count", "param.countAudit", 1, 100))],
      async handler(ctx, args) {
        const entries = await ctx.db.auditEntry.findMany({
          where: { communityId: ctx.community.id },
          orderBy: { id: "desc" },
          take: args.count ?? 20,
        });
        if (entries.length === 0) return note(ctx.t("audit.none"));
        return privateView(
          paragraph(ctx.t("audit.title")),
          list(
            entries.map((e) => {
              const vars = {
                date: e.createdAt,
                action: e.action,
                detail: e.detail,
              };
              if (e.actorId) return [...ctx.t("audit.line", vars), userRef(e.actorId)];
              return e.formerActor
                ? ctx.t("audit.former", { ...vars, number: e.formerActor })
                : ctx.t("audit.erased", vars);
            }),
          ),
        );
      },
    }),
  ],
  actions: [
    defineAction({
      name: RESOLVE,
      audience: "moderator",
      handler: (ctx, [id]) => closeReport(ctx, numberArg(ctx, id), true),
    }),
    defineAction({
      name: DISMISS,
      audience: "moderator",
      handler: (ctx, [id]) => closeReport(ctx, numberArg(ctx, id), false),
    }),
  ],
});
