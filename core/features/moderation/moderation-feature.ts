import { actionId, defineAction, defineCommand, defineFeature, numberArg } from "../../commands/define.js";
import { arg, type MemberRef, named, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { alertModerators } from "../../moderator-alerts-service.js";
import type { RichText } from "../../ports.js";
import { defineLimit } from "../../rate-limit-service.js";
import { changeCommunity } from "../../settings-service.js";
import { communityName, recipientHere, tellPrivately } from "../../tell-privately.js";
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
import { underReview } from "../newcomers/newcomer-review-service.js";
import { pendingCount } from "../onboarding/members-service.js";
import { auditPage } from "./audit-log-service.js";
import { AUDIT_KINDS, auditLines } from "./audit-view.js";
import { configCommand } from "./config-command.js";
import { memberActionCommands } from "./member-actions.js";
import { allWarningsCommand, memberCommand } from "./member-overview.js";
import {
  eraseModeration,
  exportModeration,
  purgeByRetention,
  WARNING_EXPIRY_DAYS,
} from "./moderation-service.js";
import { grantedModerators, setModerator, setModeratorChannel } from "./moderators-service.js";
import { closeOpenReport, fileReport, reportPage } from "./reports-service.js";
import { applyThreshold, thresholdCommand, thresholdText } from "./warning-threshold.js";
import { activeWarnings, giveWarning, removeWarning } from "./warnings-service.js";

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
const REPORT_FILTERS = ["open", "resolved", "dismissed", "all"] as const;
const REPORT_STATUS_TEXT = {
  open: "report.status.open",
  resolved: "report.status.resolved",
  dismissed: "report.status.dismissed",
  all: "report.status.all",
} as const;
// Audit entries per page: each is a line, ten keep a message short on every platform.
const AUDIT_PAGE = 10;

/** A platform's reference to the reported message; a permalink is shown as a link. */
function messageRefText(t: Translate, ref: string): RichText {
  return [...t("report.alertMessage"), /^https:\/\//.test(ref) ? { text: ref, href: ref } : { text: ref }];
}
const memberParam = arg.member("member", "param.member");

async function closeReport(ctx: GroupContext, id: number, resolve: boolean) {
  await closeOpenReport(ctx, id, resolve);
  return note(ctx.t(resolve ? "report.resolved" : "report.dismissed", { id }));
}

async function grant(ctx: GroupContext, who: MemberRef, add: boolean) {
  const vars = { member: who.label };
  const changed = await setModerator(ctx, who, add);
  if (!changed && add) return note(ctx.t("mods.already", vars));
  if (!changed) throw new UserError(ctx.t("mods.notOne", vars));
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
    const pending = await pendingCount(ctx);
    return [
      paragraph(ctx.t("home.moderators")),
      paragraph(ctx.t("home.pending", { count: pending, command: ctx.cmd("mod pending") })),
    ];
  },
  configLines: async (ctx) => [
    ctx.t("config.modChannel", { value: ctx.group.modChannelId ?? plainText(ctx.t("config.notSet")) }),
    ctx.t("config.warnings", { days: ctx.community.warningExpiryDays }),
    ctx.t("config.warnThreshold", {
      value: plainText(ctx.community.warnThreshold ? thresholdText(ctx) : ctx.t("config.none")),
    }),
  ],
  commands: [
    configCommand,
    defineCommand({
      path: "report",
      sensitive: true,
      limit: reportLimit,
      audience: "member",
      params: [optional(arg.text("reason", "param.reason", MAX_REASON))],
      async handler(ctx, args) {
        const member = await ctx.ensureMember();
        const held = underReview(ctx, member);
        const report = await fileReport(ctx, member.id, args.reason, held);
        // A newcomer's report waits in the list: it alerts no one until a moderator looks.
        if (held) return note(ctx.t("report.heldThanks", { crisis: ctx.cmd("crisis") }));
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
      params: [
        optional(arg.integer("page", "param.page", 1, 1000)),
        named(optional(arg.choice("status", "param.reportStatus", REPORT_FILTERS))),
        named(optional(memberParam)),
      ],
      async handler(ctx, args) {
        const page = args.page ?? 1;
        const status = args.status ?? "open";
        const filter = { status, reporterId: args.member?.memberId };
        const { count, reports: shown } = await reportPage(ctx, filter, page, REPORTS_SHOWN);
        const filtered = status !== "open" || args.member !== undefined;
        if (count === 0) return note(ctx.t(filtered ? "report.noneMatching" : "report.none"));
        const pages = Math.max(1, Math.ceil(count / REPORTS_SHOWN));
        if (shown.length === 0) throw new UserError(ctx.t("report.noSuchPage", { page, pages }));
        const open = shown.filter((r) => r.status === "open");
        const next = `${ctx.cmd("mod reports")} ${page + 1}${status === "open" ? "" : ` status:${status}`}`;
        return privateView(
          paragraph(
            ctx.t("report.titlePaged", {
              status: plainText(ctx.t(REPORT_STATUS_TEXT[status])),
              count,
              page,
              pages,
            }),
          ),
          list(
            shown.map((r) => [
              ...ctx.t("report.line", {
                id: r.id,
                date: r.createdAt,
                reason: r.reason || plainText(ctx.t("report.noReason")),
              }),
              ...(status === "open" ? [] : [{ text: " · " }, ...ctx.t(REPORT_STATUS_TEXT[r.status])]),
              ...(r.held ? ctx.t("report.heldMark") : []),
              ...(r.reporter ? [{ text: " · " }, userRef(r.reporter.platformUserId)] : []),
            ]),
          ),
          ...(open.length
            ? [
                buttons(
                  ...open.flatMap((r) => [
                    {
                      label: plainText(ctx.t("report.resolve", { id: r.id })),
                      action: actionId(RESOLVE, [r.id]),
                    },
                    {
                      label: plainText(ctx.t("report.dismiss", { id: r.id })),
                      action: actionId(DISMISS, [r.id]),
                    },
                  ]),
                ),
              ]
            : []),
          paragraph(
            ctx.t(page < pages ? "report.hintMore" : "report.hint", {
              next,
              resolve: ctx.cmd("mod reports resolve"),
              dismiss: ctx.cmd("mod reports dismiss"),
            }),
          ),
        );
      },
    }),
    defineCommand({
      path: "mod reports resolve",
      audience: "moderator",
      params: [arg.integer("id", "param.report", 1, 2_000_000_000)],
      handler: (ctx, args) => closeReport(ctx, args.id, true),
    }),
    defineCommand({
      path: "mod reports dismiss",
      audience: "moderator",
      params: [arg.integer("id", "param.report", 1, 2_000_000_000)],
      handler: (ctx, args) => closeReport(ctx, args.id, false),
    }),
    defineCommand({
      path: "mod channel set",
      audience: "moderator",
      params: [arg.channel("channel", "param.channel")],
      async handler(ctx, args) {
        await setModeratorChannel(ctx, args.channel);
        return note(ctx.t("modchannel.set"));
      },
    }),
    defineCommand({
      path: "mod warn",
      sensitive: true,
      audience: "moderator",
      params: [memberParam, arg.text("reason", "param.reason", MAX_REASON)],
      async handler(ctx, args) {
        const id = await giveWarning(ctx, args.member.memberId, args.reason);
        const count = (await activeWarnings(ctx, args.member.memberId)).length;
        const name = ctx.community.name;
        const told = await tellPrivately(
          ctx,
          recipientHere(ctx, args.member.platformUserId),
          name
            ? ctx.t("warn.dm", { community: name, reason: args.reason })
            : ctx.t("warn.dmUnnamed", { reason: args.reason }),
        );
        const vars = { id: id ?? "?", member: args.member.label, count };
        const threshold = await applyThreshold(ctx, args.member, count);
        return personalNote([...ctx.t(told ? "warn.given" : "warn.givenNotTold", vars), ...threshold]);
      },
    }),
    defineCommand({
      path: "mod warnings",
      sensitive: true,
      audience: "moderator",
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
      params: [arg.integer("days", "param.days", WARNING_EXPIRY_DAYS.min, WARNING_EXPIRY_DAYS.max)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "warnings.expiry", { warningExpiryDays: args.days }, `${args.days} days`);
        return note(ctx.t("warn.expirySet", { days: args.days }));
      },
    }),
    defineCommand({
      path: "mod unwarn",
      audience: "moderator",
      params: [memberParam, arg.integer("id", "param.warning", 1, 2_000_000_000)],
      async handler(ctx, args) {
        if (!(await removeWarning(ctx, args.member.memberId, args.id)))
          throw new UserError(ctx.t("warn.noSuch", { member: args.member.label, id: args.id }));
        const told = await tellPrivately(
          ctx,
          recipientHere(ctx, args.member.platformUserId),
          ctx.t("warn.toldRemoved", { community: communityName(ctx) }),
        );
        return note(ctx.t(told ? "warn.removedTold" : "warn.removed", { id: args.id }));
      },
    }),
    defineCommand({
      path: "mod moderators add",
      audience: "moderator",
      params: [memberParam],
      handler: (ctx, args) => grant(ctx, args.member, true),
    }),
    defineCommand({
      path: "mod moderators remove",
      audience: "moderator",
      params: [memberParam],
      handler: (ctx, args) => grant(ctx, args.member, false),
    }),
    defineCommand({
      path: "mod moderators list",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        const grants = await grantedModerators(ctx);
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
      params: [
        optional(arg.integer("page", "param.page", 1, 1000)),
        named(optional(memberParam)),
        named(optional(arg.choice("kind", "param.kind", AUDIT_KINDS))),
      ],
      async handler(ctx, args) {
        const page = args.page ?? 1;
        const filter = { kind: args.kind, member: args.member };
        const { entries, more } = await auditPage(ctx, filter, page, AUDIT_PAGE);
        if (entries.length === 0)
          return personalNote(ctx.t(args.kind || args.member ? "audit.noneMatching" : "audit.none"));
        const lines = await auditLines(ctx, entries);
        return personalView(
          paragraph(ctx.t("audit.page", { page })),
          list(lines),
          ...(more
            ? [paragraph(ctx.t("audit.more", { command: `${ctx.cmd("mod audit")} ${page + 1}` }))]
            : []),
        );
      },
    }),
    // Last, so on Discord it is these that leave /mod for commands of their own when /mod is full.
    ...memberActionCommands,
    thresholdCommand,
    memberCommand,
    allWarningsCommand,
  ],
  actions: [
    defineAction({
      name: RESOLVE,
      audience: "moderator",
      label: "action.resolveReport",
      handler: (ctx, [id]) => closeReport(ctx, numberArg(ctx, id), true),
    }),
    defineAction({
      name: DISMISS,
      audience: "moderator",
      label: "action.dismissReport",
      handler: (ctx, [id]) => closeReport(ctx, numberArg(ctx, id), false),
    }),
  ],
});
