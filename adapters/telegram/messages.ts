import type { RichText } from "../../core/ports.js";
import type { MessageKey } from "../../core/text/catalog-en.js";
import type { Translate } from "../../core/text/i18n.js";

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

type Untyped = (key: MessageKey, vars?: Record<string, string>) => RichText;

/**
 * `member` is the only value these texts take (the prompts name who they are for). `t` is the
 * reader's: the person's own in a private chat, the community's in the group.
 */
export function telegramText(
  key: TelegramMessageKey,
  t: Translate,
  vars: { member?: string } = {},
): RichText {
  // The key is chosen at run time, so the typed signature cannot see its placeholders.
  return (t as unknown as Untyped)(`telegram.${key}`, vars as Record<string, string>);
}
