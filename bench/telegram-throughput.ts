// Issue 19, item 1: end-to-end Telegram throughput against a fair peer. peerbridge's grammY
// adapter (commands parsed and answered by the engine on PostgreSQL) and a hand-written grammY +
// node-postgres bot answering `/rules` from the same tables with the same reply (bench/peers/
// telegram-peer.ts), each in a process of its own, each long-polling its own fake Bot API in this
// process, timed in interleaved batches so the machine's drift falls on both alike. A bare bot
// answering a constant is measured too, as information. Figures are ratios within one run.
import pg from "pg";
import { type FakeTelegram, startFakeTelegram, type TelegramChat } from "../test/fakes/telegram-bot-api.js";
import type { Bench } from "./bench.js";
import { postgresAdminUrl, withBenchDatabase } from "./bench-database.js";
import { type Figure, figure, textFigure } from "./figures.js";
import {
  type BotProcess,
  type BotRole,
  serverCpu,
  serverCpuBetween,
  startBot,
  withApplicationName,
} from "./peers/bot-process.js";
import { seed } from "./seed.js";

const NAME = "telegram";
const GROUPS = 20;
const MEMBERS_PER_GROUP = 10;
const RULES = 10;
const WARM_UP = 400;
const BATCH = 400;
const ROUNDS = 5;
const STALL_MS = 10_000;
// Issue 19's targets against the hand-written peer.
const TARGET_RATE = 0.9;
const TARGET_CPU = 1.25;

// Chat i is -100000 - i; member k of chat i is user 10000 + 20k + i, so the bench's senders
// (user 10000 + n % 200 in chat n % 20) are all seeded members.
const CHAT = (i: number) => -100_000 - i;
const USER = (n: number) => 10_000 + (n % (GROUPS * MEMBERS_PER_GROUP));

interface Contestant {
  role: BotRole;
  label: string;
  fake: FakeTelegram;
  chats: TelegramChat[];
  bot: BotProcess;
  /** Messages per update: the rules and the caller's standing, or one constant. */
  perUpdate: number;
  /** Updates the fake lost (see answerAll). */
  lost: number;
  sent: number;
  seconds: number;
  cpuMicros: number;
  serverMicros: number;
}

/**
 * Queues `/rules` from members across the groups and waits until every one is answered; returns
 * the updates answered. Under heavy load the fake can lose an update whose long poll the bot
 * abandoned: a batch that stops progressing for STALL_MS counts what was answered.
 */
async function answerAll(contestant: Contestant, count: number, from = 0): Promise<number> {
  const { fake, chats } = contestant;
  const before = fake.sent.length;
  for (let i = from; i < from + count; i++) {
    const user = { id: USER(i), is_bot: false, first_name: `Member ${i % 200}` };
    fake.message(chats[i % chats.length] as TelegramChat, user, "/rules");
  }
  const expected = count * contestant.perUpdate;
  let seen = 0;
  let progressed = Date.now();
  while (fake.sent.length - before < expected) {
    if (fake.sent.length - before > seen) {
      seen = fake.sent.length - before;
      progressed = Date.now();
    } else if (Date.now() - progressed > STALL_MS) {
      contestant.lost += count - Math.floor(seen / contestant.perUpdate);
      return Math.floor(seen / contestant.perUpdate);
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return count;
}

/** The sendMessage payloads of one update answered by each bot, which must be the same bytes. */
async function assertSameReplies(a: Contestant, b: Contestant): Promise<number> {
  let compared = 0;
  // Each group, one member who accepted the rules and one who has not (odd members never did).
  for (let i = 0; i < GROUPS * 2; i++) {
    const before = [a, b].map((c) => c.fake.calls.length);
    for (const contestant of [a, b]) await answerAll(contestant, 1, i);
    // Settle: an answer may be more than one message (the rules, then the caller's standing).
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The chat id is the one field sent two ways alike (grammY's ctx.reply sends a number, the
    // adapter a string); Telegram reads both the same. A deep link's start payload is a token
    // each bot chooses for itself (the peer names the command, the adapter numbers it).
    const [left, right] = [a, b].map((c, k) =>
      JSON.stringify(
        c.fake.calls
          .slice(before[k])
          .filter((call) => call.method.startsWith("send"))
          .map((call) => ({ method: call.method, ...call.payload, chat_id: String(call.payload.chat_id) })),
      ).replace(/\?start=[A-Za-z0-9_-]+/g, "?start=<payload>"),
    );
    if (left !== right) {
      throw new Error(`replies differ (update ${i}):\n${a.label}: ${left}\n${b.label}: ${right}`);
    }
    compared++;
  }
  return compared;
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
      const contestants: Contestant[] = [];
      const admin = new pg.Client({ connectionString: postgresAdminUrl() });
      await admin.connect();
      try {
        for (const [role, label] of [
          ["telegram-peer", "hand-written grammY + pg bot"],
          ["telegram-adapter", "peerbridge adapter + engine"],
          ["telegram-bare", "bare grammY bot (constant answer)"],
        ] as const) {
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
          contestants.push({
            role,
            label,
            fake,
            chats,
            bot,
            perUpdate: role === "telegram-bare" ? 1 : 2,
            lost: 0,
            sent: 0,
            seconds: 0,
            cpuMicros: 0,
            serverMicros: 0,
          });
        }
        const [peer, adapter, bare] = contestants as [Contestant, Contestant, Contestant];
        const compared = await assertSameReplies(peer, adapter);
        progress(`replies byte-identical for ${compared} updates (20 groups, accepted and not)`);
        for (const c of contestants) await answerAll(c, WARM_UP);
        for (let round = 0; round < ROUNDS; round++) {
          // Rotate who goes first, so no bot always follows the same one.
          const order = contestants.map(
            (_, i) => contestants[(i + round) % contestants.length] as Contestant,
          );
          for (const c of order) {
            const cpuBefore = await c.bot.cpu();
            const serverBefore = await serverCpu(admin, c.role);
            const started = performance.now();
            const answered = await answerAll(c, BATCH, round * BATCH);
            // A stalled batch's wait for the lost updates is not the bot's time.
            c.seconds += (performance.now() - started - (answered < BATCH ? STALL_MS : 0)) / 1000;
            c.cpuMicros += (await c.bot.cpu()) - cpuBefore;
            c.serverMicros += serverCpuBetween(serverBefore, await serverCpu(admin, c.role));
            c.sent += answered;
          }
        }
        if (process.env.BENCH_CALLS) {
          for (const c of contestants) {
            const counts: Record<string, number> = {};
            for (const call of c.fake.calls) counts[call.method] = (counts[call.method] ?? 0) + 1;
            progress(`${c.label} calls: ${JSON.stringify(counts)}`);
          }
        }
        const rate = (c: Contestant) => c.sent / c.seconds;
        const cpu = (c: Contestant) => c.cpuMicros / c.sent / 1000;
        const server = (c: Contestant) => c.serverMicros / c.sent / 1000;
        for (const c of contestants) {
          progress(
            `${c.label}: ${rate(c).toFixed(0)} updates/s, CPU ${cpu(c).toFixed(3)} ms/update, PostgreSQL ${server(c).toFixed(3)} ms/update`,
          );
        }
        const rateRatio = rate(adapter) / rate(peer);
        const cpuRatio = cpu(adapter) / cpu(peer);
        const totalRatio = (cpu(adapter) + server(adapter)) / (cpu(peer) + server(peer));
        const figures: Figure[] = [
          textFigure(
            NAME,
            "replies byte-identical to the peer's (checked before timing)",
            `${compared} of ${compared}`,
            "PASS",
            "all",
          ),
          figure(NAME, "hand-written peer, updates/s", rate(peer), "/s"),
          figure(NAME, "peerbridge adapter, updates/s", rate(adapter), "/s"),
          {
            ...figure(NAME, "updates/s, peerbridge ÷ peer", rateRatio, "", undefined, 2),
            target: `≥ ${TARGET_RATE}`,
            verdict: rateRatio >= TARGET_RATE ? "PASS" : "MISS",
          },
          figure(NAME, "hand-written peer, bot CPU per update", cpu(peer), "ms", undefined, 3),
          figure(NAME, "peerbridge adapter, bot CPU per update", cpu(adapter), "ms", undefined, 3),
          figure(NAME, "bot CPU per update, peerbridge ÷ peer", cpuRatio, "", TARGET_CPU, 2),
          figure(NAME, "hand-written peer, PostgreSQL CPU per update", server(peer), "ms", undefined, 3),
          figure(NAME, "peerbridge adapter, PostgreSQL CPU per update", server(adapter), "ms", undefined, 3),
          figure(NAME, "bot + PostgreSQL CPU per update, peerbridge ÷ peer", totalRatio, "", undefined, 2),
          figure(
            NAME,
            "updates lost by the fake under load (peer, adapter, bare)",
            peer.lost + adapter.lost + bare.lost,
            "",
          ),
          figure(NAME, "bare grammY bot (constant answer), updates/s", rate(bare), "/s"),
          figure(NAME, "bare grammY bot, bot CPU per update", cpu(bare), "ms", undefined, 3),
        ];
        return figures;
      } finally {
        for (const c of contestants) {
          await c.bot.stop().catch(() => {});
          await c.fake.close();
        }
        await admin.end();
      }
    });
  },
};
