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
  groupSchedules,
  markFeatured,
  purgeDigestRuns,
  runDueDigests,
  saveSchedule,
  scheduleOf,
  selectResources,
  stopSchedules,
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
        await saveSchedule(ctx, args.channel, settings, `${formatClock(minuteOfDay)} ${timeZone}`);
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
      params: [],
      async handler(ctx) {
        const schedules = await groupSchedules(ctx);
        if (schedules.length === 0) return note(ctx.t("digest.none", { command: ctx.cmd("mod digest set") }));
        return privateView(list(schedules.map((s) => scheduleLine(ctx, s))));
      },
    }),
    defineCommand({
      path: "mod digest off",
      audience: "moderator",
      params: [optional(channelParam)],
      async handler(ctx, args) {
        const stopped = await stopSchedules(ctx, args.channel);
        if (stopped === 0) throw new UserError(ctx.t("digest.noneToStop"));
        return note(ctx.t("digest.off", { count: stopped }));
      },
    }),
    defineCommand({
      path: "mod digest preview",
      audience: "moderator",
      params: [optional(channelParam), optional(arg.integer("count", "param.count", 1, MAX_ITEMS))],
      async handler(ctx, args) {
        // Exactly what `mod digest now` would post in that channel: its schedule's item count.
        const channelId = args.channel ?? ctx.place.channelId;
        const schedule = await scheduleOf(ctx, channelId);
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
      params: [optional(channelParam)],
      async handler(ctx, args) {
        const channelId = args.channel ?? ctx.place.channelId;
        const schedule = await scheduleOf(ctx, channelId);
        const count = schedule?.itemCount ?? DEFAULT_ITEMS;
        const resources = await selectResources(ctx, count);
        if (resources.length === 0) return note(ctx.t("digest.emptyPreview"));
        const posted = await deliverDigest(ctx, channelId, resources).catch(() => null);
        if (!posted) throw new UserError(ctx.t("digest.notPosted"));
        await markFeatured(ctx, resources);
        return note(ctx.t("digest.posted"));
      },
    }),
  ],
} satisfies Omit<Feature, "tick">;
