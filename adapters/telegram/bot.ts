import { z } from "zod";
import type { PlatformBot, PlatformDeps } from "../../bots/platform.js";
import { ConfigError } from "../../core/config/env.js";
import { createTelegramAdapter } from "./index.js";

// Telegram: a webhook's secret_token is 1-256 characters of A-Z, a-z, 0-9, _ and -.
const SECRET = /^[A-Za-z0-9_-]{1,256}$/;
const httpUrl = (example: string) =>
  z.url({ protocol: /^https?$/, message: `should be an http(s) URL, e.g. ${example}` });

/** The variables the Telegram bot reads. */
export const telegramEnv = z.object({
  TELEGRAM_BOT_TOKEN: z
    .string()
    .regex(/^\d+:[A-Za-z0-9_-]+$/, { message: "should look like 123456789:AAE… (the token BotFather gave)" })
    .optional(),
  TELEGRAM_API_ROOT: httpUrl("https://api.telegram.org").optional(),
  TELEGRAM_WEBHOOK_URL: httpUrl("https://bot.example.org/telegram").optional(),
  TELEGRAM_WEBHOOK_SECRET: z
    .string()
    .regex(SECRET, { message: "should be 1-256 characters of A-Z, a-z, 0-9, _ and -" })
    .optional(),
});

export type TelegramEnv = z.infer<typeof telegramEnv>;

/**
 * The Telegram bot when configured, else null: long polling, or a webhook on the process's HTTP
 * server (at the path of TELEGRAM_WEBHOOK_URL) when that is set.
 */
export function createTelegramBot(env: TelegramEnv, deps: PlatformDeps): PlatformBot | null {
  const token = env.TELEGRAM_BOT_TOKEN;
  if (!token) return null;
  const webhook = env.TELEGRAM_WEBHOOK_URL;
  const secret = env.TELEGRAM_WEBHOOK_SECRET;
  if (webhook && !secret) {
    throw new ConfigError(
      "Configuration problem:\n  TELEGRAM_WEBHOOK_SECRET: is needed with TELEGRAM_WEBHOOK_URL (1-256 characters of A-Z, a-z, 0-9, _ and -)",
    );
  }
  const adapter = createTelegramAdapter({
    token,
    ...(env.TELEGRAM_API_ROOT ? { apiRoot: env.TELEGRAM_API_ROOT } : {}),
    engine: deps.engine,
    log: deps.log,
    ...(deps.onRetry ? { onRetry: () => deps.onRetry?.("telegram") } : {}),
  });
  deps.engine.attach(adapter.port);
  const routes =
    webhook && secret
      ? [{ method: "POST" as const, path: new URL(webhook).pathname, handle: adapter.webhookHandler(secret) }]
      : [];
  return {
    platform: "telegram",
    routes,
    start: () => (webhook && secret ? adapter.startWebhook(webhook, secret) : adapter.startPolling()),
    stop: () => adapter.stop(),
    connected: () => adapter.connected(),
  };
}
