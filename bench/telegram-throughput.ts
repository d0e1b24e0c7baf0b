// Issue 8, item 3: end-to-end Telegram throughput. The real grammY adapter (commands parsed and
// answered by the engine on PostgreSQL) against a bare grammY bot answering a constant string,
// both long-polling the same kind of fake Bot API in the same run; the figure is their ratio.
import { Bot } from "grammy";
import { createTelegramAdapter } from "../adapters/telegram/bot.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { silentLogger } from "../core/log.js";
import type { View } from "../core/ports.js";
import { type FakeTelegram, startFakeTelegram, type TelegramChat } from "../test/fakes/telegram-bot-api.js";
import type { Bench } from "./bench.js";
import { withBenchDatabase } from "./bench-database.js";
import { figure } from "./figures.js";

const NAME = "telegram";
const WARM_UP = 400;
const UPDATES = 2000;
const GROUPS = 20;
const TARGET_RATIO = 0.8;
// The fake is not Telegram: its send limits would only measure the throttler's clock. The adapter
// keeps its throttler for the engine's own posts (as in production), with limits above this run's.
const UNTHROTTLED = {
  global: { reservoir: 100_000, reservoirRefreshAmount: 100_000, reservoirRefreshInterval: 1000 },
  group: { maxConcurrent: 1, minTime: 0 },
  out: { maxConcurrent: 1, minTime: 0 },
};

/** Queues `/rules` from many members across the groups and waits until every one is answered. */
async function answerAll(fake: FakeTelegram, chats: TelegramChat[], count: number): Promise<void> {
  const before = fake.sent.length;
  for (let i = 0; i < count; i++) {
    const from = { id: 10_000 + (i % 200), is_bot: false, first_name: `Member ${i % 200}` };
    fake.message(chats[i % chats.length] as TelegramChat, from, "/rules");
  }
  const deadline = Date.now() + 120_000;
  while (fake.sent.length - before < count) {
    if (Date.now() > deadline) throw new Error(`only ${fake.sent.length - before} of ${count} answered`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * Steady-state updates/s: a warm-up batch first (JIT, connection pool, Prisma's query plans and
 * each group's first sight happen once per process), then the timed batch.
 */
async function measure(
  fake: FakeTelegram,
  start: () => Promise<void>,
  stop: () => Promise<void>,
): Promise<number> {
  const chats: TelegramChat[] = Array.from({ length: GROUPS }, (_, i) =>
    fake.group({ id: -100_000 - i, title: `Group ${i}`, admins: [] }),
  );
  await start();
  await answerAll(fake, chats, WARM_UP);
  const started = performance.now();
  await answerAll(fake, chats, UPDATES);
  const seconds = (performance.now() - started) / 1000;
  await stop();
  return UPDATES / seconds;
}

/** The real adapter on a fresh PostgreSQL database; `precomputed` answers each command from memory. */
async function adapterRate(precomputed: boolean): Promise<number> {
  return withBenchDatabase("postgres", {}, async ({ database }) => {
    const fake = await startFakeTelegram();
    const engine = createPeerbridge({ db: database.prisma });
    if (precomputed) {
      // The adapter's own cost: each group's answer is computed once, then served from memory.
      const dispatch = engine.dispatch.bind(engine);
      const answers = new Map<string, Promise<View[]>>();
      engine.dispatch = (event) => {
        const key = `${event.place.groupId}|${event.type === "command" ? event.text : event.type}`;
        const answer = answers.get(key) ?? dispatch(event);
        answers.set(key, answer);
        return answer;
      };
    }
    const adapter = createTelegramAdapter({
      token: fake.token,
      apiRoot: fake.apiRoot,
      engine,
      log: silentLogger,
      throttle: UNTHROTTLED,
      pollTimeoutSeconds: 1,
    });
    engine.attach(adapter.port);
    try {
      return await measure(
        fake,
        () => adapter.startPolling(),
        () => adapter.stop(),
      );
    } finally {
      await fake.close();
    }
  });
}

export const telegramBench: Bench = {
  name: NAME,
  title: "3. End-to-end Telegram throughput vs a bare grammY bot (fake Bot API)",
  isolated: true,
  async run(progress) {
    const bareFake = await startFakeTelegram();
    const bare = new Bot(bareFake.token, { client: { apiRoot: bareFake.apiRoot } });
    bare.on("message", (ctx) => ctx.reply("ok"));
    const bareRate = await measure(
      bareFake,
      async () => {
        void bare.start({ drop_pending_updates: false });
      },
      () => bare.stop(),
    );
    await bareFake.close();
    progress(`bare grammY: ${bareRate.toFixed(0)} updates/s`);

    const rate = await adapterRate(false);
    progress(`peerbridge adapter: ${rate.toFixed(0)} updates/s`);
    const ceiling = await adapterRate(true);
    progress(`peerbridge adapter, answers precomputed: ${ceiling.toFixed(0)} updates/s`);
    const ratio = rate / bareRate;
    return [
      figure(NAME, "bare grammY bot, updates/s", bareRate, "/s"),
      figure(NAME, "peerbridge adapter, updates/s (PostgreSQL)", rate, "/s"),
      {
        ...figure(NAME, "updates/s, peerbridge adapter ÷ bare grammY bot", ratio, ""),
        target: `≥ ${TARGET_RATIO}`,
        verdict: ratio >= TARGET_RATIO ? "PASS" : "MISS",
      },
      figure(NAME, "adapter alone (engine answers precomputed), updates/s", ceiling, "/s"),
      figure(NAME, "updates/s, adapter alone ÷ bare grammY bot", ceiling / bareRate, ""),
    ];
  },
};
