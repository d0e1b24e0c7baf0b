import { defineCommand } from "../../commands/define.js";
import type { GroupContext } from "../../context.js";
import type { RichText } from "../../ports.js";
import { plainText } from "../../text/markup.js";
import { list, paragraph, privateView } from "../../views.js";
import { formatClock, formatWeekdays } from "../digests/zoned-time.js";
import { ruleBook } from "../rules/rules-service.js";

/** `mod config`: every setting of the community on one screen. */
export const configCommand = defineCommand({
  path: "mod config",
  audience: "moderator",
  description: "cmd.mod.config",
  section: "moderation",
  params: [],
  async handler(ctx: GroupContext) {
    const c = ctx.community;
    const word = (
      key: "config.on" | "config.off" | "config.set" | "config.default" | "config.none" | "config.notSet",
    ) => plainText(ctx.t(key));
    const [tags, approved, waiting, schedules, groups] = await ctx.db.$transaction([
      ctx.db.tag.count({ where: { communityId: c.id } }),
      ctx.db.resource.count({ where: { communityId: c.id, status: "approved" } }),
      ctx.db.resource.count({ where: { communityId: c.id, status: "suggested" } }),
      ctx.db.digestSchedule.findMany({ where: { groupId: ctx.group.id, enabled: true } }),
      ctx.db.group.count({ where: { communityId: c.id } }),
    ]);
    const { rules, version } = ruleBook(ctx);
    const digests = schedules.length
      ? schedules
          .map(
            (s) =>
              `${formatClock(s.minuteOfDay)} ${s.timeZone} ${formatWeekdays(s.weekdays)} → ${s.channelId}`,
          )
          .join("; ")
      : word("config.none");
    const lines: RichText[] = [
      ctx.t("config.welcome", { value: word(c.welcomeText ? "config.set" : "config.default") }),
      ctx.t("config.welcomeMode", { value: c.welcomeMode }),
      ctx.t("config.gate", { value: word(c.gateEnabled ? "config.on" : "config.off") }),
      ctx.t("config.reminder", {
        value: c.reminderHours > 0 && c.gateEnabled ? `${c.reminderHours} h` : word("config.off"),
      }),
      ctx.t("config.rules", { count: rules.length, version }),
      ctx.t("config.tags", { count: tags }),
      ctx.t("config.resources", { approved, waiting }),
      ctx.t("config.digests", { value: digests }),
      ctx.t("config.modChannel", { value: ctx.group.modChannelId ?? word("config.notSet") }),
      ctx.t("config.retention", { days: c.retentionDays }),
      ctx.t("config.warnings", { days: c.warningExpiryDays }),
      ctx.t("config.crisis", {
        value: word(c.crisisText ? "config.set" : "config.default"),
        alert: word(c.crisisAlert ? "config.on" : "config.off"),
      }),
      ctx.t("config.groups", { count: groups }),
      ctx.t("config.language", { value: c.language ?? "auto" }),
      ctx.t("config.timeZone", { value: c.timeZone ?? "UTC" }),
    ];
    return privateView(paragraph(ctx.t("config.title")), list(lines));
  },
});
