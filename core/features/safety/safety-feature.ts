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
import { type CrisisEntry, crisisDirectory, crisisEntryFor } from "../../data/directory.js";
import { UserError } from "../../errors.js";
import type { Block, View } from "../../ports.js";
import { defineLimit, hitLimit } from "../../rate-limit-service.js";
import { changeCommunity } from "../../settings-service.js";
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
import { changeSupportSetting, MAX_CRISIS_TEXT } from "./support-settings-service.js";

// One heads-up tells the moderators all they need; the member always gets the resources.
const crisisAlertLimit = defineLimit({
  kind: "crisis-alert",
  max: 1,
  windowSeconds: 600,
  refusal: (t) => t("crisis.alertRecent"),
});
// Ten heads-ups with two buttons each fit every platform's message (Discord: 5 rows of 5 buttons).
const OPEN_SHOWN = 10;

export function inGroup(ctx: Context | GroupContext): ctx is GroupContext {
  return "community" in ctx;
}

/**
 * The emergency number to name, or "unknown" for the catalog's "your local emergency number": a
 * number is named only where the shipped directory has the community's country (set by moderators).
 */
function emergencyNumber(ctx: Context | GroupContext): string {
  const country = inGroup(ctx) ? ctx.community.country : null;
  return crisisEntryFor(country)?.emergency ?? "unknown";
}

/** The directory's numbers for a country: emergency, urgent care where it has one, the main crisis line. */
function countryBlocks(ctx: Context, entry: CrisisEntry): Block[] {
  const line = entry.crisisLine;
  return [
    paragraph(ctx.t("crisis.country", { country: entry.country, emergency: entry.emergency })),
    ...(entry.urgent ? [paragraph(ctx.t("crisis.countryUrgent", { urgent: entry.urgent }))] : []),
    ...(line ? [paragraph(ctx.t("crisis.countryLine", line))] : []),
  ];
}

/**
 * The community's own crisis resources first; without them, its country's entry in the shipped
 * directory; then the emergency fallback every member gets.
 */
export function crisisBlocks(ctx: Context | GroupContext, ...after: Block[]): Block[] {
  const community = inGroup(ctx) ? ctx.community : null;
  const text = community?.crisisText;
  const entry = text ? undefined : crisisEntryFor(community?.country);
  return [
    ...(text ? [paragraph(ctx.t("crisis.community")), paragraph(plain(text))] : []),
    ...(entry ? countryBlocks(ctx, entry) : []),
    paragraph(ctx.t("crisis.fallback", { number: emergencyNumber(ctx) })),
    paragraph(ctx.t("crisis.care")),
    ...after,
  ];
}

export function crisisView(ctx: Context | GroupContext, ...after: Block[]): View {
  return personalView(...crisisBlocks(ctx, ...after));
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
          date: h.createdAt,
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

/** Sets the community's country (ISO 3166-1 alpha-2), which picks its entry in the crisis directory. */
export async function setCountry(ctx: GroupContext, typed: string): Promise<View> {
  const code = typed.trim().toUpperCase();
  const directory = crisisDirectory();
  const entry = directory.get(code);
  if (!entry) {
    throw new UserError(
      ctx.t("country.unknown", { code: typed.slice(0, 12), known: [...directory.keys()].sort().join(", ") }),
    );
  }
  if (ctx.community.country === code) throw new UserError(ctx.t("country.same", { country: code }));
  await changeCommunity(ctx, "safety.country", { country: code }, code);
  const command = ctx.cmd("crisis");
  return note(
    entry.crisisLine
      ? ctx.t("country.set", { country: code, command })
      : ctx.t("country.setNoLine", { country: code, command, set: ctx.cmd("mod crisis set") }),
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
      ctx.t(ctx.community.crisisText ? "config.crisisOwn" : "config.crisisDirectory", {
        command: ctx.cmd("mod crisis show"),
      }),
      ctx.t("config.country", { value: ctx.community.country ?? plainText(ctx.t("config.notSet")) }),
    ];
  },
  commands: [
    defineAnywhereCommand({
      path: "crisis",
      sensitive: true,
      audience: "member",
      params: [],
      // Nothing is said in the group: only the member sees the answer. Nothing about them is stored
      // beyond the heads-up's rate counter (a pseudonym, purged within a day).
      async handler(ctx) {
        if (!inGroup(ctx) || !ctx.community.crisisAlert) return crisisView(ctx);
        // Over the limit, the member still gets every resource; only the repeat heads-up is held back.
        if (!(await hitLimit(ctx, crisisAlertLimit))) {
          return crisisView(ctx, paragraph(crisisAlertLimit.refusal(ctx.t)));
        }
        await raiseHeadsUp(ctx, "crisis", ctx.actor.id);
        return crisisView(ctx);
      },
    }),
    defineCommand({
      path: "mod crisis set",
      audience: "moderator",
      params: [arg.text("text", "param.text", MAX_CRISIS_TEXT)],
      async handler(ctx, args) {
        await changeCommunity(ctx, "crisis.set", { crisisText: args.text });
        return note(ctx.t("crisis.saved", { command: ctx.cmd("mod crisis show") }));
      },
    }),
    defineCommand({
      path: "mod crisis show",
      audience: "moderator",
      params: [],
      handler: async (ctx) => crisisView(ctx),
    }),
    defineCommand({
      path: "mod country",
      audience: "moderator",
      params: [arg.word("country", "param.country", 12)],
      handler: (ctx, args) => setCountry(ctx, args.country),
    }),
    defineCommand({
      path: "mod crisis alert",
      audience: "moderator",
      params: [arg.choice("state", "param.onoff", ["on", "off"] as const)],
      async handler(ctx, args) {
        const on = args.state === "on";
        // The heads-up names who asked: it goes where only moderators read (core/moderator-alerts-service.ts).
        await changeCommunity(ctx, "crisis.alert", { crisisAlert: on }, args.state);
        return note(ctx.t(on ? "crisis.alertOn" : "crisis.alertOff", { command: ctx.cmd("crisis") }));
      },
    }),
    defineCommand({
      path: "mod crisis remind",
      audience: "moderator",
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
