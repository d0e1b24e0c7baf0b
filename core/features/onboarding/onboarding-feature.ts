import { defineCommand, defineFeature } from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { plain, plainText, userRef } from "../../text/markup.js";
import { list, note, paragraph, privateView } from "../../views.js";
import { MAX_WELCOME_LENGTH } from "./welcome-view.js";

// One screen: Telegram and Discord messages hold about 50 short lines.
const PENDING_SHOWN = 50;

import { tryPlatform } from "../../notices-service.js";
import { changeCommunity, changeGroup } from "../../settings-service.js";
import { acceptance, ruleBook, setAccess } from "../rules/rules-service.js";
import { eraseMembers, exportMemberships, pendingMembers } from "./members-service.js";
import { remindPending } from "./reminders-service.js";
import { welcomeText, welcomeView } from "./welcome-view.js";

export async function setGate(ctx: GroupContext, on: boolean) {
  if (ctx.community.gateEnabled === on) throw new UserError(ctx.t(on ? "gate.alreadyOn" : "gate.alreadyOff"));
  await changeCommunity(ctx, on ? "gate.on" : "gate.off", { gateEnabled: on });
  // A gate with nothing to accept holds no one back; the moderator hears why.
  if (on && ruleBook(ctx).rules.length === 0)
    return note(ctx.t("gate.onNoRules", { add: ctx.cmd("mod rules add") }));
  return note(ctx.t(on ? "gate.on" : "gate.off"));
}

export const onboardingFeature = defineFeature({
  name: "onboarding",
  personalColumns: ["Member.platformUserId"],
  exportData: exportMemberships,
  erase: (tx, person) => eraseMembers(tx, person),
  tick: remindPending,
  async configLines(ctx) {
    const c = ctx.community;
    const word = (key: "config.on" | "config.off" | "config.set" | "config.default") => plainText(ctx.t(key));
    return [
      ctx.t("config.welcome", { value: word(c.welcomeText ? "config.set" : "config.default") }),
      ctx.t("config.welcomeMode", { value: c.welcomeMode }),
      ctx.t("config.gate", { value: word(c.gateEnabled ? "config.on" : "config.off") }),
      ctx.t("config.welcomeChannel", {
        value: ctx.group.welcomeChannelId ?? plainText(ctx.t("config.platformDefault")),
      }),
      ...(ctx.ports.get(ctx.platform)?.roles
        ? [ctx.t("config.gateRole", { value: ctx.group.memberRoleId ?? plainText(ctx.t("config.notSet")) })]
        : []),
      ctx.t("config.reminder", {
        value: c.reminderHours > 0 && c.gateEnabled ? `${c.reminderHours} h` : word("config.off"),
      }),
    ];
  },
  async onJoin(ctx) {
    const mustAccept = ruleBook(ctx).rules.length > 0 && acceptance(ctx).kind !== "accepted";
    if (ctx.community.gateEnabled && mustAccept) await setAccess(ctx, ctx.actor.id, false);
    const welcome = await welcomeView(ctx, ctx.actor.displayName);
    // A welcome channel the moderators chose: the engine posts there itself. Otherwise the
    // adapter delivers the reply where its platform welcomes (system channel, DM when private).
    const channelId = ctx.group.welcomeChannelId;
    const port = ctx.ports.get(ctx.platform);
    if (welcome.private || !channelId || !port) return [welcome];
    const posted = await tryPlatform(ctx, () =>
      port.post({ groupId: ctx.group.platformGroupId, channelId }, welcome),
    );
    return posted ? [] : [welcome];
  },
  commands: [
    defineCommand({
      path: "mod welcome set",
      audience: "moderator",
      params: [arg.text("text", "param.text", MAX_WELCOME_LENGTH)],
      async handler(ctx, args) {
        // A one-line prompt (the console, Slack's /peer) cannot type a line break: `\n` stands for one.
        const welcomeText = args.text.replace(/\\n/g, "\n");
        await changeCommunity(ctx, "welcome.set", { welcomeText });
        return note(ctx.t("welcome.saved", { preview: ctx.cmd("mod welcome preview") }));
      },
    }),
    defineCommand({
      path: "mod welcome show",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        const text = ctx.community.welcomeText;
        return text
          ? privateView(paragraph(ctx.t("welcome.show")), paragraph(plain(text)))
          : privateView(paragraph(ctx.t("welcome.showDefault")), paragraph(welcomeText(ctx, undefined)));
      },
    }),
    defineCommand({
      path: "mod welcome preview",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        const welcome = await welcomeView(ctx, ctx.actor.displayName ?? "new member");
        return privateView(paragraph(ctx.t("welcome.previewNote")), ...welcome.blocks);
      },
    }),
    defineCommand({
      path: "mod welcome mode",
      audience: "moderator",
      params: [arg.choice("mode", "param.mode", ["group", "private"] as const)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "welcome.mode", { welcomeMode: args.mode });
        return note(ctx.t(args.mode === "group" ? "welcome.modeGroup" : "welcome.modePrivate"));
      },
    }),
    defineCommand({
      path: "mod welcome channel",
      audience: "moderator",
      params: [arg.channel("channel", "param.channel")],
      async handler(ctx, args) {
        await changeGroup(ctx, "welcome.channel", { welcomeChannelId: args.channel });
        return note(ctx.t("welcome.channelSet"));
      },
    }),
    defineCommand({
      path: "mod pending",
      audience: "moderator",
      params: [],
      async handler(ctx) {
        if (ruleBook(ctx).rules.length === 0) return note(ctx.t("pending.noRules"));
        const { count, pending } = await pendingMembers(ctx, PENDING_SHOWN);
        if (count === 0) return note(ctx.t("pending.none"));
        return privateView(
          paragraph(ctx.t("pending.title", { count })),
          list(
            pending.map((m) => [
              userRef(m.platformUserId),
              ...(m.acceptedRulesVersion === null
                ? ctx.t("pending.never", { date: m.joinedAt })
                : ctx.t("pending.outdated", { version: m.acceptedRulesVersion })),
            ]),
          ),
          ...(count > PENDING_SHOWN
            ? [paragraph(ctx.t("pending.more", { count: count - PENDING_SHOWN }))]
            : []),
        );
      },
    }),
    defineCommand({
      path: "mod gate remind",
      audience: "moderator",
      params: [arg.integer("hours", "param.hours", 0, 24 * 14)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "gate.remind", { reminderHours: args.hours }, `${args.hours} hours`);
        return note(
          args.hours > 0 ? ctx.t("gate.remindSet", { hours: args.hours }) : ctx.t("gate.remindOff"),
        );
      },
    }),
    defineCommand({
      path: "mod gate on",
      audience: "moderator",
      params: [],
      handler: (ctx) => setGate(ctx, true),
    }),
    defineCommand({
      path: "mod gate role",
      audience: "moderator",
      params: [arg.role("role", "param.role")],
      async handler(ctx, args) {
        if (!ctx.ports.get(ctx.platform)?.roles) return note(ctx.t("gate.noRoles"));
        await changeGroup(ctx, "gate.role", { memberRoleId: args.role });
        return note(ctx.t("gate.roleSet"));
      },
    }),
    defineCommand({
      path: "mod gate off",
      audience: "moderator",
      params: [],
      handler: (ctx) => setGate(ctx, false),
    }),
  ],
});
