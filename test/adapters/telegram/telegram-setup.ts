import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { Writable } from "node:stream";
import { afterAll, beforeAll } from "vitest";
import { createTelegramAdapter, type TelegramAdapter } from "../../../adapters/telegram/bot.js";
import { createHttpServer } from "../../../bots/http-server.js";
import { createPeerbridge } from "../../../core/create-peerbridge.js";
import type { Database } from "../../../core/db/database.js";
import type { Engine } from "../../../core/engine.js";
import { createLogger } from "../../../core/log.js";
import {
  type FakeTelegram,
  type SentMessage,
  startFakeTelegram,
  type TelegramUser,
} from "../../fakes/telegram-bot-api.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";

export interface TelegramTest {
  fake: FakeTelegram;
  adapter: TelegramAdapter;
  engine: Engine;
  db: Database;
  /** Everything the bot logged (debug and up), to check nothing personal is logged in clear. */
  logs: string[];
  /** Webhook mode: where the process's HTTP server listens. */
  webhookUrl?: string;
  /** Bot API calls retried (after a 429, a 5xx or a network error). */
  retries: number;
}

// Telegram's real send limits would make a test wait minutes; the engine still paces, faster.
const FAST = { everyMs: 1, groupEveryMs: 1, directEveryMs: 1 };

export const WEBHOOK_SECRET = "s3cret_for-tests";

/** The real grammY bot on a real engine and database, against the fake Bot API, for one test file. */
export function useTelegram(mode: "polling" | "webhook" = "polling"): TelegramTest {
  const test = {} as TelegramTest;
  let server: Server | undefined;
  beforeAll(async () => {
    test.db = await createTestDatabase();
    test.fake = await startFakeTelegram();
    test.logs = [];
    test.retries = 0;
    const destination = new Writable({
      write(chunk: Buffer, _encoding, done) {
        test.logs.push(chunk.toString("utf8"));
        done();
      },
    });
    const log = createLogger({ level: "debug", destination });
    test.engine = createPeerbridge({ db: test.db.prisma, log });
    test.adapter = createTelegramAdapter({
      token: test.fake.token,
      apiRoot: test.fake.apiRoot,
      engine: test.engine,
      log,
      sendLimits: FAST,
      pollTimeoutSeconds: 5,
      onRetry: () => {
        test.retries++;
      },
    });
    test.engine.attach(test.adapter.port);
    if (mode === "polling") {
      await test.adapter.startPolling();
      return;
    }
    const route = {
      method: "POST" as const,
      path: "/telegram/hook",
      handle: test.adapter.webhookHandler(WEBHOOK_SECRET),
    };
    server = createHttpServer([route]);
    await new Promise<void>((resolve) => server?.listen(0, "127.0.0.1", resolve));
    test.webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/telegram/hook`;
    await test.adapter.startWebhook(test.webhookUrl, WEBHOOK_SECRET);
  });
  afterAll(async () => {
    await test.adapter?.stop();
    server?.closeAllConnections();
    await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
    await test.fake?.close();
    await test.db?.close();
  });
  return test;
}

// Ten digits like real Telegram ids, so a log check for an id cannot match a millisecond timestamp by chance.
let nextUser = 7_304_918_260;
/** A fresh Telegram user. */
export function user(first_name: string, extra: Partial<TelegramUser> = {}): TelegramUser {
  return { id: nextUser++, is_bot: false, first_name, ...extra };
}

let nextGroup = 1;
export function groupId(): number {
  return -(1001000000000 + nextGroup++);
}

/** Waits for the next message the bot sends to `chatId` after `since` messages had been sent there. */
export async function nextMessage(
  fake: FakeTelegram,
  chatId: number,
  since: number,
  what = "a message",
): Promise<SentMessage> {
  return until(`${what} in chat ${chatId}`, () => fake.sentTo(chatId)[since]);
}

/** The button labelled `label` in a sent message. */
export function button(
  message: SentMessage,
  label: string | RegExp,
): { text: string; callback_data?: string; url?: string } {
  const found = message.keyboard
    .flat()
    .find((b) => (typeof label === "string" ? b.text === label : label.test(String(b.text))));
  if (!found) throw new Error(`No button ${label} among ${JSON.stringify(message.keyboard)}`);
  return found as { text: string; callback_data?: string; url?: string };
}

/**
 * Pushes an update and waits until the bot has fully handled it: in long polling, its next
 * getUpdates confirms the update (grammY handles a batch before asking again); with a webhook,
 * the delivery was answered. Returns the messages the bot sent meanwhile.
 */
export async function handled(t: TelegramTest, push: () => number): Promise<SentMessage[]> {
  const before = t.fake.sent.length;
  const id = push();
  await until(`update ${id} handled`, () =>
    t.webhookUrl
      ? t.fake.webhookDeliveries.some((d) => d.updateId === id)
      : // Acknowledged by the poller, and nothing fetched still in the handlers (they run concurrently).
        t.fake.callsTo("getUpdates").some((c) => Number(c.payload.offset) > id) && !t.adapter.busy(),
  );
  return t.fake.sent.slice(before);
}
