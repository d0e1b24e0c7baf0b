// Issue 8, item 3: end-to-end Telegram throughput. The real grammY adapter (commands parsed and
// answered by the engine on PostgreSQL) against a bare grammY bot answering a constant string,
// both long-polling the same kind of fake Bot API in the same run; the figure is their ratio.
import { apiThrottler } from "@grammyjs/transformer-throttler";
import { Bot } from "grammy";
import { createTelegramAdapter } from "../adapters/telegram/index.js";
import { createEngine } from "../core/engine.js";
import { silentLogger } from "../core/log.js";
import { type FakeTelegram, startFakeTelegram, type TelegramChat } from "../test/fakes/telegram-bot-api.js";
import type { Bench } from "./bench.js";
import { withBenchDatabase } from "./bench-database.js";
import { figure } from "./figures.js";

const NAME = "telegram";
const UPDATES = 1000;
const GROUPS = 20;
const TARGET_RATIO = 0.8;
// The fake is not Telegram: its send limits would only measure the throttler's clock. The adapter
// keeps its throttler (as in production) with limits above what this run sends.
const UNTHROTTLED = {
  global: { reservoir: 100_000, reservoirRefreshAmount: 100_000, reservoirRefreshInterval: 1000 },
  group: { maxConcurrent: 1, minTime: 0 },
  out: { maxConcurrent: 1, minTime: 0 },
};

/** Queues `/rules` in many groups from many members, then measures until every one is answered. */
async function measure(
  fake: FakeTelegram,
  start: () => Promise<void>,
  stop: () => Promise<void>,
): Promise<number> {
  const chats: TelegramChat[] = Array.from({ length: GROUPS }, (_, i) =>
    fake.group({ id: -100_000 - i, title: `Group ${i}`, admins: [] }),
  );
  for (let i = 0; i < UPDATES; i++) {
    const from = { id: 10_000 + (i % 200), is_bot: false, first_name: `Member ${i % 200}` };
    fake.message(chats[i % GROUPS] as TelegramChat, from, "/rules");
  }
  const before = fake.sent.length;
  const started = performance.now();
  await start();
  const deadline = Date.now() + 120_000;
  while (fake.sent.length - before < UPDATES) {
    if (Date.now() > deadline) throw new Error(`only ${fake.sent.length - before} of ${UPDATES} answered`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  const seconds = (performance.now() - started) / 1000;
  await stop();
  return UPDATES / seconds;
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

    // The same bare bot with the adapter's send throttler: what pacing alone costs.
    const pacedFake = await startFakeTelegram();
    const paced = new Bot(pacedFake.token, { client: { apiRoot: pacedFake.apiRoot } });
    paced.api.config.use(apiThrottler(UNTHROTTLED));
    paced.on("message", (ctx) => ctx.reply("ok"));
    const pacedRate = await measure(
      pacedFake,
      async () => {
        void paced.start({ drop_pending_updates: false });
      },
      () => paced.stop(),
    );
    await pacedFake.close();
    progress(`bare grammY with the throttler: ${pacedRate.toFixed(0)} updates/s`);

    const adapterRate = await withBenchDatabase("postgres", {}, async ({ database }) => {
      const fake = await startFakeTelegram();
      const engine = createEngine({ db: database.prisma });
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
    progress(`peerbridge adapter: ${adapterRate.toFixed(0)} updates/s`);
    const ratio = adapterRate / bareRate;
    return [
      figure(NAME, "bare grammY bot, updates/s", bareRate, "/s"),
      figure(NAME, "bare grammY bot with the send throttler, updates/s", pacedRate, "/s"),
      figure(NAME, "peerbridge adapter, updates/s (PostgreSQL)", adapterRate, "/s"),
      {
        ...figure(NAME, "updates/s, peerbridge adapter ÷ bare grammY bot", ratio, ""),
        target: `≥ ${TARGET_RATIO}`,
        verdict: ratio >= TARGET_RATIO ? "PASS" : "MISS",
      },
      figure(NAME, "updates/s, peerbridge adapter ÷ throttled bare bot", adapterRate / pacedRate, ""),
    ];
  },
};
