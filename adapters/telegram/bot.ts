import type { IncomingMessage, ServerResponse } from "node:http";
import { type AutoRetryOptions, autoRetry } from "@grammyjs/auto-retry";
import { type RunnerHandle, run, sequentialize } from "@grammyjs/runner";
import { Api, Bot, HttpError, type Transformer, webhookCallback } from "grammy";
import { z } from "zod";
import { ConfigError } from "../../core/config/env.js";
import type { Engine } from "../../core/engine.js";
import type { Logger } from "../../core/log.js";
import type { PlatformPort, SendLimits } from "../../core/ports.js";
import { translator } from "../../core/text/i18n.js";
import { FALLBACK_LANGUAGE, LANGUAGES } from "../../core/text/languages.js";
import { plainText } from "../../core/text/markup.js";
import type { PlatformBot, PlatformDeps } from "../contract.js";
import { createAdmins } from "./admins.js";
import { createCallbackCodec } from "./callback-data.js";
import { commandMenus } from "./commands.js";
import { describeTelegramError } from "./errors.js";
import { telegramText } from "./messages.js";
import { telegramHandlers } from "./middleware.js";
import { createOutbox } from "./outbox.js";
import { createPeople } from "./people.js";
import { createTelegramPort } from "./port.js";

/** The updates the bot handles; chat_member must be asked for explicitly (Telegram leaves it out). */
export const ALLOWED_UPDATES = [
  "message",
  "callback_query",
  "chat_member",
  "my_chat_member",
  "chat_join_request",
] as const;

// Telegram answers webhooks it waited on for long by sending the update again; the bot answers
// before that and finishes the work (a rate-limit wait, say) afterwards.
const WEBHOOK_ANSWER_MS = 9_000;

export interface TelegramAdapterOptions {
  token: string;
  /** A Bot API server other than api.telegram.org (self-hosted, or a test fake). */
  apiRoot?: string;
  engine: Engine;
  log: Logger;
  /** The pace of what the engine sends on its own; Telegram's published limits unless given. */
  sendLimits?: SendLimits;
  /** Retries of 429 and 5xx answers. */
  retry?: Partial<AutoRetryOptions>;
  /** Long-polling wait in seconds. */
  pollTimeoutSeconds?: number;
  /** Called for each Bot API call retried after a 429 or a 5xx (for /metrics). */
  onRetry?: () => void;
}

export interface TelegramAdapter {
  bot: Bot;
  port: PlatformPort;
  /** Sets the command menus, then long-polls; resolves once polling runs. */
  startPolling(): Promise<void>;
  /** Sets the command menus and the webhook (with its secret); updates then arrive on `handleWebhook`. */
  startWebhook(url: string, secret: string): Promise<void>;
  /** The webhook route: a wrong or missing secret is answered 401 and nothing is processed. */
  webhookHandler(secret: string): (request: IncomingMessage, response: ServerResponse) => Promise<void>;
  stop(): Promise<void>;
  /** Whether fetched updates are still being handled (long polling). */
  busy(): boolean;
  /** Whether Telegram answered the bot's latest request and updates are being received. */
  connected(): boolean;
}

/** The grammY bot wired to the engine, and the port the engine uses to act on Telegram. */
export function createTelegramAdapter(options: TelegramAdapterOptions): TelegramAdapter {
  const { engine, log } = options;
  const client = options.apiRoot ? { apiRoot: options.apiRoot.replace(/\/+$/, "") } : {};
  const bot = new Bot(options.token, { client });
  // What the engine sends on its own (digests, alerts, reminders, warnings) can burst across many
  // chats at once: the engine paces it to the port's sendLimits across every process (core/
  // send-pacing.ts). A reply answers one update and leaves at once: pacing every reply cost about
  // 1.7 ms of CPU each (bench/telegram-throughput.ts). A 429 on either is waited out by
  // auto-retry, which grammY documents as the way to handle flood limits.
  const posts = new Api(options.token, client);
  let reachable = false;
  let mode: "idle" | "polling" | "webhook" = "idle";
  let runner: RunnerHandle | undefined;

  // Innermost: records whether Telegram answers at all, for connected().
  const health: Transformer = async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      reachable = result.ok || result.error_code < 500;
      return result;
    } catch (error) {
      if (error instanceof HttpError) reachable = false;
      throw error;
    }
  };
  // Sits inside auto-retry, which passes the same payload object on every attempt of one call.
  const attempts = new WeakMap<object, number>();
  const countRetries: Transformer = (prev, method, payload, signal) => {
    if (typeof payload === "object" && payload !== null) {
      const attempt = (attempts.get(payload) ?? 0) + 1;
      attempts.set(payload, attempt);
      if (attempt > 1) options.onRetry?.();
    }
    return prev(method, payload, signal);
  };
  // Network errors are not retried: auto-retry would retry them without limit (a stop would hang
  // while Telegram is unreachable); long polling has its own retry for those.
  const retry = () =>
    autoRetry({ maxRetryAttempts: 3, maxDelaySeconds: 60, rethrowHttpErrors: true, ...options.retry });
  bot.api.config.use(health, countRetries, retry());
  posts.config.use(health, countRetries, retry());
  // getUpdates results are checked before grammY walks them: an entry without an update id is dropped.
  bot.api.config.use(async (prev, method, payload, signal) => {
    const result = await prev(method, payload, signal);
    if (method !== "getUpdates" || !result.ok || !Array.isArray(result.result)) return result;
    const valid = (result.result as unknown[]).filter(
      (u) =>
        typeof u === "object" && u !== null && Number.isSafeInteger((u as { update_id?: unknown }).update_id),
    );
    return { ...result, result: valid as typeof result.result };
  });

  const people = createPeople();
  const codec = createCallbackCodec();
  const outbox = createOutbox(bot.api, codec, people);
  const admins = createAdmins(bot.api, log);
  const port = createTelegramPort(
    bot.api,
    createOutbox(posts, codec, people),
    people,
    admins,
    options.sendLimits,
  );
  // Updates of one chat are handled in order, different chats concurrently (the runner), so the
  // send pacing one busy group needs never holds up the others.
  bot.use(sequentialize((ctx) => (ctx.chat ? String(ctx.chat.id) : undefined)));
  bot.use(
    telegramHandlers({
      engine,
      api: bot.api,
      outbox,
      codec,
      admins,
      people,
      log,
      botUsername: () => bot.botInfo.username,
      botId: () => bot.botInfo.id,
    }),
  );
  bot.catch((error) => {
    log.error({ error: describeTelegramError(error.error) }, "telegram: middleware failed");
  });

  async function setMenus() {
    try {
      // Telegram shows a client the menu set for its language_code, else the one set without.
      for (const language of [undefined, ...LANGUAGES.filter((l) => l !== FALLBACK_LANGUAGE)]) {
        const t = translator(language ? { language } : {});
        const start = { command: "start", description: plainText(telegramText("startCommand", t)) };
        const menus = commandMenus(engine.registry, start, t);
        const code = language ? { language_code: language } : {};
        await bot.api.setMyCommands(menus.groups, { scope: { type: "all_group_chats" }, ...code });
        await bot.api.setMyCommands(menus.privateChats, { scope: { type: "all_private_chats" }, ...code });
        await bot.api.setMyCommands(menus.administrators, {
          scope: { type: "all_chat_administrators" },
          ...code,
        });
      }
    } catch (error) {
      // The bot works without menus; commands typed by hand still arrive.
      log.warn({ error: describeTelegramError(error) }, "telegram: could not set the command menus");
    }
  }

  return {
    bot,
    port,
    async startPolling() {
      await bot.init();
      await setMenus();
      // A webhook left by another deployment would make getUpdates fail.
      await bot.api.deleteWebhook();
      runner = run(bot, {
        runner: {
          // The runner would print fetch errors itself, API URL (and so the token) included; our
          // health transformer already records reachability, so it stays quiet.
          silent: true,
          fetch: {
            allowed_updates: [...ALLOWED_UPDATES],
            ...(options.pollTimeoutSeconds === undefined ? {} : { timeout: options.pollTimeoutSeconds }),
          },
        },
      });
      mode = "polling";
      runner.task()?.catch((error: unknown) => {
        log.error({ error: describeTelegramError(error) }, "telegram: long polling stopped");
      });
    },
    async startWebhook(url, secret) {
      await bot.init();
      await setMenus();
      await bot.api.setWebhook(url, { secret_token: secret, allowed_updates: [...ALLOWED_UPDATES] });
      mode = "webhook";
    },
    webhookHandler(secret) {
      const callback = webhookCallback(bot, "http", {
        secretToken: secret,
        onTimeout: "return",
        timeoutMilliseconds: WEBHOOK_ANSWER_MS,
      });
      return async (request, response) => {
        try {
          await callback(request, response);
        } catch (error) {
          // Unreadable JSON: nothing to process. Handler failures never reach here (they are caught).
          log.debug({ error: describeTelegramError(error) }, "telegram: webhook request refused");
          if (!response.headersSent) response.writeHead(400);
          response.end();
        }
      };
    },
    async stop() {
      if (mode === "polling" && runner?.isRunning()) await runner.stop();
      mode = "idle";
    },
    busy() {
      return (runner?.size() ?? 0) > 0;
    },
    connected() {
      if (mode === "polling") return runner?.isRunning() === true && reachable;
      return mode === "webhook" && reachable;
    },
  };
}

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
