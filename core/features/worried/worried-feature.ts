import { defineAnywhereCommand, defineCommand, type Feature } from "../../commands/define.js";
import { arg, type MemberRef } from "../../commands/params.js";
import type { Context, GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { memberGroups } from "../../member-service.js";
import { defineLimit, enforceLimit } from "../../rate-limit-service.js";
import { note, paragraph, personalView } from "../../views.js";
import { raiseHeadsUp } from "../safety/heads-up-service.js";
import { crisisBlocks, inGroup } from "../safety/safety-feature.js";
import { changeSupportSetting, supportSettings } from "../safety/support-settings-service.js";
import {
  claimCooldown,
  eraseWorried,
  exportWorried,
  isMemberOf,
  optedOut,
  purgeCooldowns,
  setOptOut,
} from "./worried-service.js";

// One member can look out for a few others an hour; more is more likely misuse than care.
const worriedLimit = defineLimit({
  kind: "worried",
  max: 5,
  windowSeconds: 3600,
  refusal: (t) => t("worried.tooMany"),
});

/** The group and the member a worried message is about: in a group the typed member, in a private
 * chat the first of the caller's groups that knows the one they named. */
async function target(
  ctx: Context | GroupContext,
  typed: MemberRef | string,
): Promise<{ group: GroupContext; userId: string } | undefined> {
  if (inGroup(ctx) && typeof typed !== "string") return { group: ctx, userId: typed.platformUserId };
  const reference = typeof typed === "string" ? typed : typed.label;
  for (const group of await memberGroups(ctx)) {
    const port = group.ports.get(group.platform);
    const userId = (await port?.resolveUser?.(group.group.platformGroupId, reference)) ?? reference;
    if (await isMemberOf(group, userId)) return { group, userId };
  }
  return undefined;
}

async function sendWorried(ctx: Context | GroupContext, typed: MemberRef | string) {
  const found = await target(ctx, typed);
  if (!found) throw new UserError(ctx.t("worried.unknown"));
  const { group, userId } = found;
  if (userId === ctx.actor.id) return note(ctx.t("worried.self", { command: ctx.cmd("crisis") }));
  // Counted in the group of the member worried about, whether asked there or in a private chat.
  await enforceLimit(group, worriedLimit);
  // The same thanks whatever happens next: the asker never learns the other's settings.
  const thanks = note(ctx.t("worried.thanks"));
  if (await optedOut(ctx.db, ctx.platform, userId)) return thanks;
  if (!(await claimCooldown(group, userId))) return thanks;
  const name = group.community.name;
  const message = personalView(
    paragraph(name ? ctx.t("worried.dm", { community: name }) : ctx.t("worried.dmUnnamed")),
    ...crisisBlocks(group),
    paragraph(ctx.t("worried.optOut", { command: group.cmd("checkins off") })),
  );
  const port = ctx.ports.get(ctx.platform);
  // A private message or nothing: it never falls back to the group.
  await port?.sendDirect(userId, message, { groupId: group.group.platformGroupId }).catch(() => false);
  const settings = await supportSettings(ctx.db, group.community.id);
  if (settings.worriedAlert) await raiseHeadsUp(group, "worried", userId);
  return thanks;
}

export const worriedFeature: Feature = {
  name: "worried",
  commands: [
    defineAnywhereCommand({
      path: "worried",
      sensitive: true,
      audience: "member",
      section: "safety",
      params: [arg.member("member", "param.member")],
      // In a private chat the engine cannot resolve the member (no group yet): it arrives as typed.
      handler: (ctx, args) => sendWorried(ctx, args.member as MemberRef | string),
    }),
    defineAnywhereCommand({
      path: "checkins",
      audience: "member",
      section: "safety",
      params: [arg.choice("state", "param.onoff", ["on", "off"] as const)],
      async handler(ctx, args) {
        await setOptOut(ctx.db, ctx.platform, ctx.actor.id, args.state === "off");
        return note(ctx.t(args.state === "off" ? "checkins.off" : "checkins.on"));
      },
    }),
    defineCommand({
      path: "mod worried alert",
      audience: "moderator",
      section: "safety",
      params: [arg.choice("state", "param.onoff", ["on", "off"] as const)],
      async handler(ctx, args) {
        const on = args.state === "on";
        await changeSupportSetting(ctx, "worriedAlert", on, "worried.alert");
        return note(ctx.t(on ? "worried.alertOn" : "worried.alertOff"));
      },
    }),
  ],
  purge: purgeCooldowns,
  personalColumns: ["WorriedNote.platformUserId", "WorriedOptOut.platformUserId"],
  exportData: (services, person) => exportWorried(services.db, person.platform, person.userId),
  erase: (tx, person) => eraseWorried(tx, person.platform, person.userId),
};
