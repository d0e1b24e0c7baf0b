import type { RichText } from "../../core/ports.js";
import { rawMessage } from "../../core/text/i18n.js";
import { renderTemplate, type TextVars } from "../../core/text/markup.js";

/** The texts only Telegram needs (private-chat prompts, the start message), from the core's catalog. */
export type TelegramMessageKey =
  | "start"
  | "startCommand"
  | "startFirst"
  | "startFirstButton"
  | "welcomePrivately"
  | "welcomePrivatelyButton"
  | "notMember"
  | "addedWithoutRights";

export function telegramText(key: TelegramMessageKey, vars: TextVars = {}): RichText {
  return renderTemplate(rawMessage(`telegram.${key}`), vars);
}
