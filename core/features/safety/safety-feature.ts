import { defineAnywhereCommand, defineCommand, defineFeature } from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { Context, GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import { alertModerators } from "../../moderator-alerts.js";
import type { Block, View } from "../../ports.js";
import { defineLimit, hitLimit } from "../../rate-limit.js";
import { changeCommunity } from "../../settings.js";
import { plain, plainText, userRef } from "../../text/markup.js";
import { note, paragraph, personalView, view } from "../../views.js";

const MAX_CRISIS_TEXT = 1500;
// One heads-up tells the moderators all they need; the member always gets the resources.
const crisisAlertLimit = defineLimit({
  kind: "crisis-alert",
  max: 1,
  windowSeconds: 600,
  refusal: (t) => t("crisis.alertRecent"),
});

function inGroup(ctx: Context | GroupContext): ctx is GroupContext {
  return "community" in ctx;
}

/**
 * The emergency number to name, or "unknown" for the catalog's "your local emergency number": a
 * number is named only where it is right for the community's country (set by moderators).
 */
function emergencyNumber(_ctx: Context | GroupContext): string {
  return "unknown";
}

/** The community's own crisis resources first, then the emergency fallback every member gets. */
function crisisView(ctx: Context | GroupContext, ...after: Block[]): View {
  const text = inGroup(ctx) ? ctx.community.crisisText : null;
  const blocks: Block[] = [
    ...(text ? [paragraph(ctx.t("crisis.community")), paragraph(plain(text))] : []),
    paragraph(ctx.t("crisis.fallback", { number: emergencyNumber(ctx) })),
    paragraph(ctx.t("crisis.care")),
    ...after,
  ];
  return personalView(...blocks);
}

export const safetyFeature = defineFeature({
  name: "safety",
  configLines: async (ctx) => {
    const word = (key: "config.on" | "config.off" | "config.set" | "config.default") => plainText(ctx.t(key));
    return [
      ctx.t("config.crisis", {
        value: word(ctx.community.crisisText ? "config.set" : "config.default"),
        alert: word(ctx.community.crisisAlert ? "config.on" : "config.off"),
      }),
    ];
  },
  commands: [
    defineAnywhereCommand({
      path: "crisis",
      sensitive: true,
      audience: "member",
      description: "cmd.crisis",
      section: "safety",
      params: [],
      // Nothing is said in the group: only the member sees the answer. Nothing about them is stored
      // beyond the heads-up's rate counter (a pseudonym, purged within a day).
      async handler(ctx) {
        if (!inGroup(ctx) || !ctx.community.crisisAlert) return crisisView(ctx);
        // Over the limit, the member still gets every resource; only the repeat heads-up is held back.
        if (!(await hitLimit(ctx, crisisAlertLimit))) {
          return crisisView(ctx, paragraph(crisisAlertLimit.refusal(ctx.t)));
        }
        await alertModerators(
          ctx,
          view(paragraph([...ctx.tCommunity("crisis.alert"), userRef(ctx.actor.id)])),
        );
        return crisisView(ctx);
      },
    }),
    defineCommand({
      path: "mod crisis set",
      audience: "moderator",
      description: "cmd.mod.crisis.set",
      section: "safety",
      params: [arg.text("text", "param.text", MAX_CRISIS_TEXT)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "crisis.set", { crisisText: args.text });
        return note(ctx.t("crisis.saved", { command: ctx.cmd("mod crisis show") }));
      },
    }),
    defineCommand({
      path: "mod crisis show",
      audience: "moderator",
      description: "cmd.mod.crisis.show",
      section: "safety",
      params: [],
      handler: async (ctx) => crisisView(ctx),
    }),
    defineCommand({
      path: "mod crisis alert",
      audience: "moderator",
      description: "cmd.mod.crisis.alert",
      section: "safety",
      params: [arg.choice("state", "param.onoff", ["on", "off"] as const)],
      async handler(ctx, args) {
        const on = args.state === "on";
        // The heads-up names who asked: it goes only to a moderator channel, never the group.
        if (on && !ctx.group.modChannelId) {
          throw new UserError(ctx.t("crisis.needsModChannel", { command: ctx.cmd("mod channel set") }));
        }
        await changeCommunity(ctx, "crisis.alert", { crisisAlert: on }, args.state);
        return note(ctx.t(on ? "crisis.alertOn" : "crisis.alertOff", { command: ctx.cmd("crisis") }));
      },
    }),
  ],
});
