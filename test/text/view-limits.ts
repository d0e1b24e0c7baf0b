// Renders every view a scripted session produces, in one language, through the real Discord,
// Telegram and Slack renderers, and lists what breaks a platform's limits or was cut short.
// Shared by view-limits.test.ts (en, es, fr) and view-limits-pseudo.test.ts (the pseudo-locale).

import { ComponentType } from "discord.js";
import { renderView as renderDiscord } from "../../adapters/discord/views.js";
import { messagePages } from "../../adapters/slack/views.js";
import { createCallbackCodec } from "../../adapters/telegram/callback-data.js";
import { renderView as renderTelegram } from "../../adapters/telegram/views.js";
import { allFeatures } from "../../core/features/index.js";
import type { Block, View } from "../../core/ports.js";
import type { Translate } from "../../core/text/i18n.js";
import type { Language } from "../../core/text/languages.js";
import { plainText } from "../../core/text/markup.js";
import { PSEUDO_CLOSE, PSEUDO_OPEN } from "../../core/text/pseudo.js";
import { blockProblems } from "../fakes/slack-block-limits.js";
import type { Harness, Persona } from "../helpers/harness.js";

/** The platforms' limits the renderers must keep, whatever the language. */
export const LIMITS = {
  discord: { content: 2000, button: 80, option: 100, description: 100, placeholder: 150, components: 25 },
  telegram: { text: 4096, callbackBytes: 64, button: 64 },
  slack: { blocks: 50, section: 3000, button: 75 },
} as const;

/**
 * The tightest of the three for a text the core hands over whole (a button label, an option): a
 * longer one is cut by some renderer, which a member reads as a broken word.
 */
const WHOLE = { button: 64, option: 75, description: 100, placeholder: 150 };

/** What the session's people write themselves: shown as they wrote it, in no catalog. */
export const WRITTEN = {
  welcome: "Welcome {member} to {community}! Read /rules when you can.",
  resource: "Conditions A to Z",
  question: "How do you all cope with night sweats?",
};

/** Whether a text is one the session's people wrote (filled in), rather than the bot's. */
export function writtenByPeople(text: string): boolean {
  const welcome = /^Welcome .+ to .+! Read \/rules when you can\.$/;
  return (
    welcome.test(text) || text === WRITTEN.welcome || text === WRITTEN.resource || text === WRITTEN.question
  );
}

/**
 * A moderator and a member going through the bot's features in `language`: every reply, post and
 * direct message the engine makes, as Views.
 */
export async function sessionViews(h: Harness, language: Language): Promise<View[]> {
  const group = h.group(`Peer Support (${language})`);
  const mod = group.mod;
  const member = group.as("m1", { name: "Ana María" });
  const views: View[] = [];
  const before = { posts: h.port.recorded.posts.length, direct: h.port.recorded.direct.length };
  const run = async (who: Persona, ...lines: string[]) => {
    for (const line of lines) views.push(...(await who.run(line)));
  };
  await run(mod, `mod language ${language}`, `language ${language}`);
  views.push(...(await mod.addBot(["delete_messages"])));
  await run(
    mod,
    "mod setup",
    "mod rules add Be kind and patient: everyone here lives with something hard, and some days are worse than others.",
    "mod rules add What people share here stays here.",
    "mod tags create Sleep description:Trouble sleeping, night sweats, tiredness",
    "mod tags create Caregiver",
    `mod welcome set ${WRITTEN.welcome}`,
    "mod welcome show",
    "mod welcome preview",
    "mod gate on",
    `mod resources add https://www.nhs.uk/conditions/ ${WRITTEN.resource} summary:Plain, trusted advice`,
    "mod resources trusted list",
    "mod crisis show",
    "mod crisis alert on",
    "mod worried alert on",
    "mod screening show",
    "mod digest show",
    "mod digest preview",
    "mod",
  );
  views.push(...(await member.join()));
  await run(member, `language ${language}`, "help", "rules", "agree", "tags");
  const picker = views
    .at(-1)
    ?.blocks.find((b): b is Extract<Block, { kind: "choice" }> => b.kind === "choice");
  const first = picker?.options[0];
  if (picker && first) views.push(...(await member.press(picker.action, { toggled: first.value })));
  await run(
    member,
    "iam Sleep",
    "mytags",
    "resources",
    "resources sleep",
    "suggest https://www.example.org/sleep A guide to sleeping better",
    "report Someone is posting worrying things",
    `ask ${WRITTEN.question}`,
    "cw nausea I had a rough day and could not keep anything down",
    "crisis",
    "worried mod",
    "checkins off",
    "mydata",
    "language",
    "iam",
    "frobnicate",
    "mod pending",
  );
  await run(
    mod,
    "mod pending",
    "mod reports",
    "mod resources review",
    "mod ask queue",
    "mod crisis open",
    "mod warn m1 Please keep the conversation kind",
    "mod warnings m1",
    "mod moderators list",
    "mod audit",
    "mod config",
    "mod rules clear",
  );
  await run(member, "forgetme");
  for (const { view } of h.port.recorded.posts.slice(before.posts)) views.push(view);
  for (const { view } of h.port.recorded.direct.slice(before.direct)) views.push(view);
  return views;
}

/**
 * Command and parameter descriptions a platform shows whole, in `t`'s language: Discord's 100
 * characters are the tightest (Telegram's menus allow 256); a longer one would be cut with "…".
 */
export function commandTextProblems(t: Translate): string[] {
  const problems: string[] = [];
  for (const command of allFeatures.flatMap((f) => f.commands)) {
    const texts = [command.description, ...command.params.map((p) => p.description)];
    for (const key of texts) {
      const text = t.description(key);
      if (text.length > LIMITS.discord.description) problems.push(`${key} is ${text.length}: ${text}`);
    }
  }
  for (const key of ["report.menu", "worried.menu"] as const) {
    // Discord: a context menu's name is at most 32 characters.
    if (t.description(key).length > 32) problems.push(`${key}: ${t.description(key)}`);
  }
  return problems;
}

/** What a member would see cut, or a platform would refuse, across the three renderers. */
export function viewProblems(views: View[], options: { pseudo: boolean }): string[] {
  const problems: string[] = [];
  const codec = createCallbackCodec();
  views.forEach((view, n) => {
    const where = (what: string) => `view ${n} (${firstWords(view)}): ${what}`;
    const whole = (what: string, text: string, max: number) => {
      if (text.length > max) problems.push(where(`${what} is ${text.length} > ${max}: ${text}`));
      if (options.pseudo && text.includes(PSEUDO_OPEN) && !text.includes(PSEUDO_CLOSE)) {
        problems.push(where(`${what} cut short: ${text}`));
      }
    };
    for (const block of view.blocks) {
      if (block.kind === "buttons") for (const b of block.buttons) whole("button", b.label, WHOLE.button);
      if (block.kind === "choice") {
        whole("placeholder", block.placeholder, WHOLE.placeholder);
        for (const o of block.options) {
          whole("option", o.label, WHOLE.option);
          if (o.description) whole("option description", o.description, WHOLE.description);
        }
      }
      if (block.kind === "spoiler") whole("show button", block.show, WHOLE.button);
    }

    // Discord: what the REST API would be sent.
    for (const message of renderDiscord(view, { groupId: "123456789012345678" })) {
      const content = message.content ?? "";
      if (content.length > LIMITS.discord.content) problems.push(where("discord content"));
      const rows = message.components;
      const components = rows.flatMap((row) => row.components);
      if (rows.length + components.length > LIMITS.discord.components + 5) {
        problems.push(where("discord components"));
      }
      for (const c of components) {
        if ("label" in c && (c.label?.length ?? 0) > LIMITS.discord.button)
          problems.push(where("discord button"));
        if (c.type !== ComponentType.StringSelect) continue;
        if ((c.placeholder?.length ?? 0) > LIMITS.discord.placeholder)
          problems.push(where("discord placeholder"));
        for (const o of c.options) {
          if (o.label.length > LIMITS.discord.option) problems.push(where("discord option"));
          if ((o.description?.length ?? 0) > LIMITS.discord.description)
            problems.push(where("discord option description"));
        }
      }
    }

    // Telegram: the text after entity parsing, and every button's callback data.
    for (const out of renderTelegram(view, {
      inGroup: false,
      groupId: "-1001234",
      codec,
      nameOf: () => "Ana",
    })) {
      if (out.kind !== "text") continue;
      const text = out.html.replace(/<[^>]+>/g, "").replace(/&(lt|gt|amp|quot);/g, "_");
      if (text.length > LIMITS.telegram.text) problems.push(where(`telegram text ${text.length}`));
      for (const button of (out.keyboard ?? []).flat()) {
        const data = "callback_data" in button ? button.callback_data : undefined;
        if (data && Buffer.byteLength(data) > LIMITS.telegram.callbackBytes) {
          problems.push(where(`telegram callback_data ${Buffer.byteLength(data)} bytes`));
        }
      }
    }

    // Slack: each message page as the fake Web API checks it.
    for (const page of messagePages(view, { mentions: true })) {
      for (const p of blockProblems(page.blocks, LIMITS.slack.blocks)) problems.push(where(`slack ${p}`));
    }
  });
  return problems;
}

function firstWords(view: View): string {
  const block = view.blocks.find((b) => b.kind === "text");
  return block?.kind === "text" ? plainText(block.text).slice(0, 40) : (view.blocks[0]?.kind ?? "empty");
}
