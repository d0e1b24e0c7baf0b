// Issue 19, item 1: end-to-end Telegram throughput against a fair peer. peerbridge's grammY
// adapter (commands parsed and answered by the engine on PostgreSQL) and a hand-written grammY +
// node-postgres bot answering `/rules` from the same tables with the same reply (bench/peers/
// telegram-peer.ts), each in a process of its own, each long-polling its own fake Bot API in this
// process, timed in interleaved batches so the machine's drift falls on both alike. A bare bot
// answering a constant is measured too, as information. Figures are ratios within one run.
import pg from "pg";
import { startFakeTelegram, type TelegramChat } from "../test/fakes/telegram-bot-api.js";
import type { Bench } from "./bench.js";
import { postgresAdminUrl, withBenchDatabase } from "./bench-database.js";
import { type BotRole, startBot, withApplicationName } from "./peers/bot-process.js";
import { type Contestant, comparePeers } from "./peers/comparison.js";
import { seed } from "./seed.js";

const NAME = "telegram";
const GROUPS = 20;
const MEMBERS_PER_GROUP = 10;
const RULES = 10;

// Chat i is -100000 - i; member k of chat i is user 10000 + 20k + i, so the bench's senders
// (user 10000 + n % 200 in chat n % 20) are all seeded members.
const CHAT = (i: number) => -100_000 - i;
const USER = (n: number) => 10_000 + (n % (GROUPS * MEMBERS_PER_GROUP));

/** A bot on a fake Bot API of its own, with the seeded groups, receiving `/rules`. */
async function contestant(
  role: BotRole,
  label: string,
  url: string,
): Promise<Contestant & { callCounts(): string; close(): Promise<void> }> {
  const fake = await startFakeTelegram();
  const chats = Array.from({ length: GROUPS }, (_, i) =>
    fake.group({ id: CHAT(i), title: `Community ${i + 1}`, admins: [] }),
  );
  const bot = await startBot({
    role,
    token: fake.token,
    apiRoot: fake.apiRoot,
    databaseUrl: withApplicationName(url, role),
  });
  return {
    role,
    label,
    bot,
    // The rules and the caller's standing (privately, or a prompt to open the private chat).
    perUpdate: role === "telegram-bare" ? 1 : 2,
    wire: {
      send(n) {
        const user = { id: USER(n), is_bot: false, first_name: `Member ${n % 200}` };
        fake.message(chats[n % chats.length] as TelegramChat, user, "/rules");
      },
      replies: () => fake.sent.length,
      mark: () => fake.calls.length,
      // The chat id is the one field sent two ways alike (grammY's ctx.reply sends a number, the
      // adapter a string); Telegram reads both the same. A deep link's start payload is a token
      // each bot chooses for itself (the peer names the command, the adapter numbers it).
      repliesSince: (mark) =>
        JSON.stringify(
          fake.calls
            .slice(mark)
            .filter((call) => call.method.startsWith("send"))
            .map((call) => ({ method: call.method, ...call.payload, chat_id: String(call.payload.chat_id) })),
        ).replace(/\?start=[A-Za-z0-9_-]+/g, "?start=<payload>"),
    },
    // BENCH_CALLS=1 prints them: both bots should make the same calls.
    callCounts() {
      const counts: Record<string, number> = {};
      for (const call of fake.calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
      return JSON.stringify(counts);
    },
    async close() {
      await bot.stop().catch(() => {});
      await fake.close();
    },
  };
}

export const telegramBench: Bench = {
  name: NAME,
  title: "3. Telegram: peerbridge vs a hand-written grammY + pg bot (fake Bot API, interleaved)",
  isolated: true,
  async run(progress) {
    return withBenchDatabase("postgres", { poolSize: 2 }, async ({ database, url }) => {
      if (!url) throw new Error("the Telegram bench needs PostgreSQL");
      await seed(database, {
        communities: GROUPS,
        membersPerGroup: MEMBERS_PER_GROUP,
        rules: RULES,
        tags: 0,
        heldTags: 0,
        resources: 0,
        platform: "telegram",
        at: new Date(),
        gatedEvery: 0,
        ids: { group: "(-100000 - (g - 1))::text", user: `(10000 + (m - 1) * ${GROUPS} + (g - 1))::text` },
        unacceptedEvery: 2,
      });
      const admin = new pg.Client({ connectionString: postgresAdminUrl() });
      await admin.connect();
      const started: Array<Awaited<ReturnType<typeof contestant>>> = [];
      try {
        const peer = await contestant("telegram-peer", "hand-written grammY + pg bot", url);
        started.push(peer);
        const adapter = await contestant("telegram-adapter", "peerbridge adapter + engine", url);
        started.push(adapter);
        const bare = await contestant("telegram-bare", "bare grammY bot (constant answer)", url);
        started.push(bare);
        const figures = await comparePeers({
          bench: NAME,
          peer,
          adapter,
          others: [bare],
          // Each group, one member who accepted the rules and one who has not (odd members never did).
          compared: GROUPS * 2,
          comparedWhat: "20 groups, accepted and not",
          warmUp: 400,
          batch: 400,
          rounds: 5,
          targetRate: 0.9,
          targetCpu: 1.25,
          admin,
          progress,
        });
        if (process.env.BENCH_CALLS) {
          for (const c of started) progress(`${c.label} calls: ${c.callCounts()}`);
        }
        return figures;
      } finally {
        for (const c of started) await c.close();
        await admin.end();
      }
    });
  },
};
