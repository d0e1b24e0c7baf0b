import {
  actionId,
  defineAction,
  defineAnywhereCommand,
  defineCommand,
  defineFeature,
  numberArg,
} from "../../commands/define.js";
import { arg } from "../../commands/params.js";
import type { Context, GroupContext } from "../../context.js";
import { UserError } from "../../errors.js";
import type { Block, View } from "../../ports.js";
import { changeCommunity } from "../../settings.js";
import { plain, plainText, userRef } from "../../text/markup.js";
import { buttons, list, note, paragraph, personalView } from "../../views.js";
import {
  CLAIM,
  claimHeadsUp,
  eraseHeadsUps,
  exportHeadsUps,
  HANDLED,
  handleHeadsUp,
  openHeadsUps,
  purgeHeadsUps,
  raiseHeadsUp,
  remindUnclaimed,
} from "./heads-up-service.js";
import { changeSupportSetting } from "./support-settings.js";

const MAX_CRISIS_TEXT = 1500;
// Ten heads-ups with two buttons each fit every platform's message (Discord: 5 rows of 5 buttons).
const OPEN_SHOWN = 10;

export function inGroup(ctx: Context | GroupContext): ctx is GroupContext {
  return "community" in ctx;
}

/** The community's own crisis resources, then the emergency fallback every member gets. */
export function crisisBlocks(ctx: Context | GroupContext): Block[] {
  const text = inGroup(ctx) ? ctx.community.crisisText : null;
  return [
    ...(text ? [paragraph(ctx.t("crisis.community")), paragraph(plain(text))] : []),
    paragraph(ctx.t("crisis.fallback")),
    paragraph(ctx.t("crisis.care")),
  ];
}

function crisisView(ctx: Context | GroupContext): View {
  return personalView(...crisisBlocks(ctx));
}

async function openList(ctx: GroupContext): Promise<View> {
  const [count, open] = await openHeadsUps(ctx, OPEN_SHOWN);
  if (count === 0) return note(ctx.t("headsup.none"));
  return personalView(
    paragraph(ctx.t("headsup.title", { count })),
    list(
      open.map((h) => [
        ...ctx.t(h.kind === "crisis" ? "headsup.lineCrisis" : "headsup.lineWorried", {
          id: h.id,
          date: h.createdAt.toISOString().slice(0, 16).replace("T", " "),
        }),
        userRef(h.platformUserId),
        ...(h.claimedBy ? [...ctx.t("headsup.lineClaimed"), userRef(h.claimedBy)] : []),
      ]),
    ),
    buttons(
      ...open.flatMap((h) => [
        ...(h.claimedBy
          ? []
          : [
              {
                label: plainText(ctx.t("headsup.claimNumbered", { id: h.id })),
                action: actionId(CLAIM, [h.id]),
              },
            ]),
        {
          label: plainText(ctx.t("headsup.handledNumbered", { id: h.id })),
          action: actionId(HANDLED, [h.id]),
        },
      ]),
    ),
  );
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
      // Nothing is stored and nothing is said in the group: only the member sees the answer.
      async handler(ctx) {
        if (inGroup(ctx) && ctx.community.crisisAlert) await raiseHeadsUp(ctx, "crisis", ctx.actor.id);
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
    defineCommand({
      path: "mod crisis remind",
      audience: "moderator",
      description: "cmd.mod.crisis.remind",
      section: "safety",
      params: [arg.integer("minutes", "param.minutes", 0, 1440)],
      async handler(ctx, args) {
        await changeSupportSetting(ctx, "crisisRemindMinutes", args.minutes, "crisis.remind");
        return note(
          args.minutes === 0
            ? ctx.t("headsup.remindOff", { command: ctx.cmd("mod crisis open") })
            : ctx.t("headsup.remindSet", { minutes: args.minutes }),
        );
      },
    }),
    defineCommand({
      path: "mod crisis open",
      audience: "moderator",
      description: "cmd.mod.crisis.open",
      section: "safety",
      params: [],
      handler: openList,
    }),
  ],
  actions: [
    defineAction({
      name: CLAIM,
      audience: "moderator",
      handler: (ctx, [id]) => claimHeadsUp(ctx, numberArg(ctx, id)),
    }),
    defineAction({
      name: HANDLED,
      audience: "moderator",
      handler: (ctx, [id]) => handleHeadsUp(ctx, numberArg(ctx, id)),
    }),
  ],
  tick: remindUnclaimed,
  purge: purgeHeadsUps,
  personalColumns: ["HeadsUp.platformUserId", "HeadsUp.claimedBy", "HeadsUp.handledBy"],
  exportData: (services, person) => exportHeadsUps(services.db, person.platform, person.userId),
  erase: (tx, person) => eraseHeadsUps(tx, person.platform, person.userId),
});
