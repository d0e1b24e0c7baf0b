import { defineCommand } from "../../commands/define.js";
import { arg, type MemberRef, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import type { RichText } from "../../ports.js";
import { changeCommunity } from "../../settings-service.js";
import { plainText } from "../../text/markup.js";
import { note } from "../../views.js";
import { actOn, parseDuration } from "./member-actions.js";

const ACTIONS = ["mute", "kick", "ban"] as const;
type ThresholdAction = (typeof ACTIONS)[number];
// Enough for any group's policy; past it a threshold is no policy at all.
const MAX_THRESHOLD = 20;
const ACTION_TEXT = {
  mute: "warn.threshold.mute",
  kick: "warn.threshold.kick",
  ban: "warn.threshold.ban",
} as const;

function isAction(value: string | null): value is ThresholdAction {
  return (ACTIONS as readonly (string | null)[]).includes(value);
}

/** 1440 → `1d`, 90 → `90m`: the way a moderator types a duration. */
export function durationText(minutes: number): string {
  if (minutes % 1440 === 0) return `${minutes / 1440}d`;
  if (minutes % 60 === 0) return `${minutes / 60}h`;
  return `${minutes}m`;
}

/** The threshold in words, for its command's answer and `mod config`. */
export function thresholdText(ctx: GroupContext): RichText {
  const { warnThreshold: count, warnThresholdAction: action, warnThresholdMinutes: minutes } = ctx.community;
  if (!count || !isAction(action)) return ctx.t("warn.thresholdNone");
  return ctx.t("warn.thresholdRule", {
    count,
    action: plainText(ctx.t(ACTION_TEXT[action])),
    duration: action === "mute" && minutes ? durationText(minutes) : "none",
  });
}

/**
 * After a warning: when the member's active warnings reach the threshold, the threshold's action
 * is taken in the moderator's name (told to the member and audited like a typed one). A refusal
 * from the platform does not undo the warning: the moderator hears why nothing more happened.
 */
export async function applyThreshold(ctx: GroupContext, who: MemberRef, count: number): Promise<RichText> {
  const { warnThreshold: at, warnThresholdAction: action, warnThresholdMinutes: minutes } = ctx.community;
  if (!at || count < at || !isAction(action)) return [];
  const reason = plainText(ctx.t("warn.thresholdReason", { count }));
  const until =
    action === "mute" ? new Date(ctx.clock.now().getTime() + (minutes ?? 60) * 60_000) : undefined;
  try {
    const done = await actOn(ctx, action, who, reason, until);
    return [{ text: " " }, ...ctx.t("warn.thresholdActed", { count }), { text: " " }, ...done];
  } catch (error) {
    if (!(error instanceof UserError)) throw error;
    return [{ text: " " }, ...ctx.t("warn.thresholdFailed", { count }), { text: " " }, ...error.text];
  }
}

export const thresholdCommand = defineCommand({
  path: "mod warnings threshold",
  audience: "moderator",
  params: [
    arg.integer("count", "param.thresholdCount", 0, MAX_THRESHOLD),
    optional(arg.choice("action", "param.thresholdAction", ACTIONS)),
    optional(arg.word("duration", "param.duration", 8)),
  ],
  async handler(ctx, args) {
    if (args.count === 0) {
      const off = { warnThreshold: null, warnThresholdAction: null, warnThresholdMinutes: null };
      await changeCommunity(ctx, "warnings.threshold", off, "off");
      return note(ctx.t("warn.thresholdOff"));
    }
    if (!args.action)
      throw new UserError(ctx.t("warn.thresholdNeedsAction", { usage: ctx.cmd("mod warnings threshold") }));
    let minutes: number | null = null;
    if (args.action === "mute") {
      const ms = parseDuration(args.duration ?? "");
      if (ms === undefined) throw new UserError(ctx.t("act.badDuration"));
      minutes = ms / 60_000;
    } else if (args.duration !== undefined) {
      throw new UserError(ctx.t("warn.thresholdNoDuration", { action: args.action }));
    }
    const detail = `${args.count} ${args.action}${minutes ? ` ${durationText(minutes)}` : ""}`;
    await changeCommunity(
      ctx,
      "warnings.threshold",
      { warnThreshold: args.count, warnThresholdAction: args.action, warnThresholdMinutes: minutes },
      detail,
    );
    return note(thresholdText(ctx));
  },
});
