import type { RichText } from "../../core/ports.js";
import { renderTemplate, type TextVars } from "../../core/text/markup.js";

/**
 * The few texts only Telegram needs (private-chat prompts, the start message), in the core's
 * template syntax: `**bold**`, `_italic_`, `{name}` placeholders filled as plain text. They belong
 * in the core's catalog; they live here until it has keys for them.
 */
const telegramMessages = {
  start:
    "Hi! I'm **peerbridge**, a helper for peer-support groups. Add me to your group and make me an admin: I welcome newcomers with the group's rules and let members pick tags. Here, in private, I answer what is only for you.",
  startCommand: "What this bot does",
  startFirst:
    "{member}, I answer this in private, and Telegram lets me write to you only once you have started a chat with me. Tap the button below, then **Start**.",
  startFirstButton: "Open a private chat",
  welcomePrivately:
    "Welcome, {member}! Your welcome and the group's rules are waiting in a private chat with me: tap the button below, then **Start**.",
  welcomePrivatelyButton: "Read the welcome privately",
  notMember: "You are not a member of that group, so I can't open this for it.",
  addedWithoutRights:
    "Thanks for adding me! Please make me an **admin** with the **Ban users** right: I need it to see members join and to hold newcomers back until they accept the rules (when the gate is on).",
} as const;

export type TelegramMessageKey = keyof typeof telegramMessages;

export function telegramText(key: TelegramMessageKey, vars: TextVars = {}): RichText {
  return renderTemplate(telegramMessages[key], vars);
}

export function telegramPlain(key: TelegramMessageKey): string {
  return telegramMessages[key];
}
