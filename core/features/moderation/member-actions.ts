import { defineCommand } from "../../commands/define.js";
import { arg, type MemberRef, optional } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { PlatformError } from "../../platform-error.js";
import type { PlatformMemberActions, RichText } from "../../ports.js";
import { communityName, recipientHere, tellPrivately } from "../../tell-privately.js";
import { personalNote } from "../../views.js";
import { heldByGate } from "../rules/rules-service.js";

const MAX_REASON = 500;
// Discord timeouts last at most 28 days; the same bound everywhere keeps one rule.
const MAX_MUTE_MS = 28 * 86_400_000;
const UNIT_MS: Record<string, number> = { m: 60_000, h: 3_600_000, d: 86_400_000, w: 604_800_000 };

/** `30m`, `24h`, `7d`, `2w` → milliseconds; undefined for anything else or past 28 days. */
export function parseDuration(typed: string): number | undefined {
  const match = /^(\d{1,4})\s*([mhdw])$/i.exec(typed.trim());
  if (!match?.[1] || !match[2]) return undefined;
  const ms = Number(match[1]) * (UNIT_MS[match[2].toLowerCase()] ?? 0);
  return ms > 0 && ms <= MAX_MUTE_MS ? ms : undefined;
}

function actionsHere(ctx: GroupContext): PlatformMemberActions {
  const actions = ctx.ports.get(ctx.platform)?.members;
  if (!actions) throw new UserError(ctx.t("act.unsupported"));
  return actions;
}

/** Runs the platform action; a refusal for missing rights becomes a clear answer. */
async function onPlatform(ctx: GroupContext, who: MemberRef, work: () => Promise<void>): Promise<void> {
  try {
    await work();
  } catch (error) {
    if (error instanceof PlatformError && error.kind === "missing_permission")
      throw new UserError(ctx.t("act.missingRight"));
    if (error instanceof PlatformError && error.kind === "not_found")
      throw new UserError(ctx.t("act.notFound"));
    if (error instanceof PlatformError && error.kind === "protected_member")
      throw new UserError(ctx.t("act.protected", { member: who.label }));
    throw error;
  }
}

export type Kind = "mute" | "unmute" | "kick" | "ban" | "unban";

const TOLD = {
  mute: "act.toldMute",
  unmute: "act.toldUnmute",
  kick: "act.toldKick",
  ban: "act.toldBan",
  unban: "act.toldUnban",
} as const;
const DONE = {
  mute: "act.muted",
  unmute: "act.unmuted",
  kick: "act.kicked",
  ban: "act.banned",
  unban: "act.unbanned",
} as const;

/**
 * The platform acts first, so a member is never told of something that did not happen; then they
 * are told privately (the moderator hears when that was not possible) and the action is audited.
 * The moderator's answer is personal.
 */
export async function actOn(
  ctx: GroupContext,
  kind: Kind,
  who: MemberRef,
  reason: string,
  until?: Date,
): Promise<RichText> {
  const actions = actionsHere(ctx);
  const groupId = ctx.group.platformGroupId;
  // Shown through Intl in the reader's language and the community's time zone.
  const dates = { until: until ?? ctx.clock.now() };
  const reasonText =
    reason ||
    ctx
      .t("act.noReason")
      .map((s) => s.text)
      .join("");
  // A newcomer muted before passing the gate is still held back once the mute is lifted.
  const held = kind === "unmute" && (await heldByGate(ctx, who));
  await onPlatform(ctx, who, async () => {
    if (kind === "mute") await actions.mute(groupId, who.platformUserId, until ?? new Date(), reason);
    if (kind === "unmute") await actions.unmute(groupId, who.platformUserId, held);
    if (kind === "kick") await actions.kick(groupId, who.platformUserId, reason);
    if (kind === "ban") await actions.ban(groupId, who.platformUserId, reason);
    if (kind === "unban") await actions.unban(groupId, who.platformUserId);
  });
  const told = await tellPrivately(
    ctx,
    recipientHere(ctx, who.platformUserId),
    ctx.t(held ? "act.toldUnmuteHeld" : TOLD[kind], {
      community: communityName(ctx),
      reason: reasonText,
      ...dates,
    }),
  );
  await ctx.audit(`members.${kind}`, `member ${who.memberId}${until ? ` until ${until.toISOString()}` : ""}`);
  const reply = ctx.t(held ? "act.unmutedHeld" : DONE[kind], { member: who.label, ...dates });
  return [...reply, ...ctx.t(told ? "common.toldPrivately" : "common.notToldPrivately")];
}

async function act(ctx: GroupContext, kind: Kind, who: MemberRef, reason: string, until?: Date) {
  return personalNote(await actOn(ctx, kind, who, reason, until));
}

const memberParam = arg.member("member", "param.member");
const reasonParam = optional(arg.text("reason", "param.reason", MAX_REASON));

export const memberActionCommands = [
  defineCommand({
    path: "mod mute",
    audience: "moderator",
    params: [memberParam, arg.word("duration", "param.duration", 8), reasonParam],
    async handler(ctx, args) {
      const ms = parseDuration(args.duration);
      if (ms === undefined) throw new UserError(ctx.t("act.badDuration"));
      return act(ctx, "mute", args.member, args.reason ?? "", new Date(ctx.clock.now().getTime() + ms));
    },
  }),
  defineCommand({
    path: "mod unmute",
    audience: "moderator",
    params: [memberParam],
    handler: (ctx, args) => act(ctx, "unmute", args.member, ""),
  }),
  defineCommand({
    path: "mod kick",
    audience: "moderator",
    params: [memberParam, reasonParam],
    handler: (ctx, args) => act(ctx, "kick", args.member, args.reason ?? ""),
  }),
  defineCommand({
    path: "mod ban",
    audience: "moderator",
    params: [memberParam, reasonParam],
    handler: (ctx, args) => act(ctx, "ban", args.member, args.reason ?? ""),
  }),
  defineCommand({
    path: "mod unban",
    audience: "moderator",
    params: [memberParam],
    handler: (ctx, args) => act(ctx, "unban", args.member, ""),
  }),
];
