import { z } from "zod";
import type { PlatformBot, PlatformDeps } from "../../bots/platform.js";

/** The variables the Telegram bot reads. */
export const telegramEnv = z.object({
  TELEGRAM_BOT_TOKEN: z.string().optional(),
});

export type TelegramEnv = z.infer<typeof telegramEnv>;

/** The Telegram bot when configured, else null. */
export function createTelegramBot(_env: TelegramEnv, _deps: PlatformDeps): PlatformBot | null {
  return null;
}
