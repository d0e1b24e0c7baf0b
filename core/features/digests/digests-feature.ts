import { changeAndAudit } from "../../audit.js";
import { defineCommand, defineFeature, type Feature } from "../../commands/define.js";
import { arg, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import type { RichText } from "../../ports.js";
import { plainText } from "../../text/markup.js";
import { list, note, paragraph, privateView } from "../../views.js";
import {
  activeSchedules,
  DEFAULT_DIGEST_OPTIONS,
  type DigestOptions,
  deliverDigest,
  digestView,
  purgeDigestRuns,
  runDueDigests,
  selectResources,
} from "./digest-service.js";
import {
  canonicalTimeZone,
  EVERY_DAY,
  formatClock,
  formatWeekdays,
  isValidTimeZone,
  parseClock,
  parseWeekdays,
} from "./zoned-time.js";

// Discord embeds and Telegram messages stay readable with up to ten links.
const MAX_ITEMS = 10;
const DEFAULT_ITEMS = 3;

const channelParam = arg.channel("channel", "param.channel");

function scheduleLine(
  ctx: GroupContext,
  s: {
    minuteOfDay: number;
    timeZone: string;
    weekdays: number;
    itemCount: number;
    channelId: string;
    enabled: boolean;
  },
): RichText {
  return [
    ...ctx.t("digest.line", {
      time: formatClock(s.minuteOfDay),
      zone: s.timeZone,
      days: formatWeekdays(s.weekdays),
      count: s.itemCount,
    }),
    { text: s.channelId, style: "code" },
    ...(s.enabled ? [] : ctx.t("digest.lineOff")),
  ];
}

/** Digests, with how late a missed run may still go out and who claims runs (tests, deployments). */
export function digestsFeature(options: Partial<DigestOptions> = {}): Feature {
  const settings: DigestOptions = { ...DEFAULT_DIGEST_OPTIONS, ...options };
  return defineFeature({
    ...digests,
    tick: (services) => runDueDigests(services, settings, services.observer),
  });
}

const digests = {
  name: "digests",
  purge: purgeDigestRuns,
  async configLines(ctx: GroupContext): Promise<RichText[]> {
    const schedules = await activeSchedules(ctx);
    const value = schedules.length
      ? schedules
          .map(
            (s) =>
              `${formatClock(s.minuteOfDay)} ${s.timeZone} ${formatWeekdays(s.weekdays)} → ${s.channelId}`,
          )
          .join("; ")
      : plainText(ctx.t("config.none"));
    return [ctx.t("config.digests", { value })];
  },
  commands: [
    defineCommand({
      path: "mod digest set",
      audience: "moderator",
      description: "cmd.mod.digest.set",
      section: "digests",
      params: [
        channelParam,
        arg.word("time", "param.time", 5),
        arg.word("timezone", "param.timezone", 64),
        optional(arg.word("weekdays", "param.weekdays", 40)),
        optional(arg.integer("count", "param.count", 1, MAX_ITEMS)),
      ],
      async handler(ctx, args) {
        const minuteOfDay = parseClock(args.time);
        if (minuteOfDay === undefined) throw new UserError(ctx.t("digest.badTime"));
        if (!isValidTimeZone(args.timezone))
          throw new UserError(ctx.t("digest.badZone", { zone: args.timezone }));
        // Stored as the zone's canonical name ("europe/london" → "Europe/London").
        const timeZone = canonicalTimeZone(args.timezone);
        const weekdays = args.weekdays === undefined ? EVERY_DAY : parseWeekdays(args.weekdays);
        if (weekdays === undefined) throw new UserError(ctx.t("digest.badWeekdays"));
        const itemCount = args.count ?? DEFAULT_ITEMS;
        const settings = { minuteOfDay, timeZone, weekdays, itemCount, enabled: true };
        await ctx.db.$transaction(async (tx) => {
          await tx.digestSchedule.upsert({
            where: { groupId_channelId: { groupId: ctx.group.id, channelId: args.channel } },
            create: {
              communityId: ctx.community.id,
              groupId: ctx.group.id,
              channelId: args.channel,
              ...settings,
            },
            update: settings,
          });
          await ctx.audit("digest.set", `${formatClock(minuteOfDay)} ${timeZone}`, tx);
        });
        return note(
          ctx.t("digest.set", {
            count: itemCount,
            time: formatClock(minuteOfDay),
            zone: timeZone,
            days: formatWeekdays(weekdays),
          }),
        );
      },
    }),
    defineCommand({
      path: "mod digest show",
      audience: "moderator",
      description: "cmd.mod.digest.show",
      section: "digests",
      params: [],
      async handler(ctx) {
        const schedules = await ctx.db.digestSchedule.findMany({
          where: { groupId: ctx.group.id },
          orderBy: { id: "asc" },
        });
        if (schedules.length === 0) return note(ctx.t("digest.none", { command: ctx.cmd("mod digest set") }));
        return privateView(list(schedules.map((s) => scheduleLine(ctx, s))));
      },
    }),
    defineCommand({
      path: "mod digest off",
      audience: "moderator",
      description: "cmd.mod.digest.off",
      section: "digests",
      params: [optional(channelParam)],
      async handler(ctx, args) {
        const stopped = await changeAndAudit(
          ctx,
          {
            sql: `UPDATE "DigestSchedule" SET "enabled" = false
                  WHERE "groupId" = $1 AND "enabled" AND ($2::text IS NULL OR "channelId" = $2) RETURNING "id"`,
            params: [ctx.group.id, args.channel ?? null],
          },
          "digest.off",
          "",
        );
        if (stopped.length === 0) throw new UserError(ctx.t("digest.noneToStop"));
        return note(ctx.t("digest.off", { count: stopped.length }));
      },
    }),
    defineCommand({
      path: "mod digest preview",
      audience: "moderator",
      description: "cmd.mod.digest.preview",
      section: "digests",
      params: [optional(channelParam), optional(arg.integer("count", "param.count", 1, MAX_ITEMS))],
      async handler(ctx, args) {
        // Exactly what `mod digest now` would post in that channel: its schedule's item count.
        const channelId = args.channel ?? ctx.place.channelId;
        const schedule = await ctx.db.digestSchedule.findUnique({
          where: { groupId_channelId: { groupId: ctx.group.id, channelId } },
        });
        const count = args.count ?? schedule?.itemCount ?? DEFAULT_ITEMS;
        const resources = await selectResources(ctx, count);
        if (resources.length === 0) return note(ctx.t("digest.emptyPreview"));
        const heading = schedule
          ? ctx.t("digest.previewScheduled", { count, shown: resources.length })
          : ctx.t("digest.previewUnscheduled", { count, shown: resources.length });
        const digest = digestView(ctx, resources);
        return privateView(paragraph(heading), ...digest.blocks);
      },
    }),
    defineCommand({
      path: "mod digest now",
      audience: "moderator",
      description: "cmd.mod.digest.now",
      section: "digests",
      params: [optional(channelParam)],
      async handler(ctx, args) {
        const channelId = args.channel ?? ctx.place.channelId;
        const schedule = await ctx.db.digestSchedule.findUnique({
          where: { groupId_channelId: { groupId: ctx.group.id, channelId } },
        });
        const count = schedule?.itemCount ?? DEFAULT_ITEMS;
        const resources = await selectResources(ctx, count);
        if (resources.length === 0) return note(ctx.t("digest.emptyPreview"));
        const posted = await deliverDigest(ctx, channelId, resources).catch(() => null);
        if (!posted) throw new UserError(ctx.t("digest.notPosted"));
        // Posted: what was featured and its audit entry are recorded together.
        await changeAndAudit(
          ctx,
          {
            sql: `UPDATE "Resource" SET "lastFeaturedAt" = $2 WHERE "id" = ANY($1) RETURNING "id"`,
            params: [resources.map((r) => r.id), ctx.clock.now()],
          },
          "digest.now",
          "",
        );
        return note(ctx.t("digest.posted"));
      },
    }),
  ],
} satisfies Omit<Feature, "tick">;
