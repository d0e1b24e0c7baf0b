// What every platform's `/rules` peer comparison (issue 19, item 1) shares around the timed
// harness: the seeded rulebooks, the bots started in order and stopped whatever happens, and the
// plan of the comparison. A platform's bench gives its ids and how to start each bot on its fake.
import pg from "pg";
import type { Platform } from "../../core/ports.js";
import type { Bench } from "../bench.js";
import { postgresAdminUrl, withBenchDatabase } from "../bench-database.js";
import type { Figure } from "../figures.js";
import { seed } from "../seed.js";
import { type BotRole, startBot, withApplicationName } from "./bot-process.js";
import { type Contestant, comparePeers, type Wire } from "./comparison.js";

// 20 groups × 10 members, 10 rules each; every second member (even m) never accepted them.
export const GROUPS = 20;
export const MEMBERS_PER_GROUP = 10;
const RULES = 10;

/** Update n comes from member n % 200, who is in group n % 20 (see `RulesBench.ids`). */
export const groupOf = (n: number) => n % GROUPS;
export const memberOf = (n: number) => n % (GROUPS * MEMBERS_PER_GROUP);

/** A bot on a fake of its own, ready for the harness. */
export interface StartedContestant extends Contestant {
  /** The bot's calls to its fake counted by kind, as JSON (BENCH_CALLS=1 prints them). */
  callCounts(): string;
  close(): Promise<void>;
}

export interface RulesBench {
  name: string;
  title: string;
  platform: Platform;
  /**
   * Platform ids as SQL over the group number `g` and member number `m` (both from 1): member m
   * of group g must be the sender of updates with `memberOf(n) = (m - 1) * GROUPS + (g - 1)`.
   */
  ids: { group: string; user: string };
  /** Each starts its bot on a fake of its own, on the bench database at `url`. */
  peer(url: string): Promise<StartedContestant>;
  adapter(url: string): Promise<StartedContestant>;
  others?: Array<(url: string) => Promise<StartedContestant>>;
}

/** A fake platform a bot is started on, closed after the bot. */
export interface Fake {
  token: string;
  apiRoot: string;
  close(): Promise<void>;
}

/**
 * Starts bot `role` in a process of its own on `fake`, its PostgreSQL connections named after the
 * role. `callKinds` names each call the bot made to its fake: BENCH_CALLS=1 prints their counts,
 * and both bots should make the same calls.
 */
export async function botOnFake(
  role: BotRole,
  label: string,
  url: string,
  fake: Fake,
  side: { perUpdate: number; wire: Wire; callKinds(): string[] },
  signingSecret?: string,
): Promise<StartedContestant> {
  const bot = await startBot({
    role,
    token: fake.token,
    apiRoot: fake.apiRoot,
    databaseUrl: withApplicationName(url, role),
    ...(signingSecret ? { signingSecret } : {}),
  });
  return {
    role,
    label,
    bot,
    perUpdate: side.perUpdate,
    wire: side.wire,
    callCounts() {
      const counts: Record<string, number> = {};
      for (const kind of side.callKinds()) counts[kind] = (counts[kind] ?? 0) + 1;
      return JSON.stringify(counts);
    },
    async close() {
      // A bot that already died is stopped all the same.
      await bot.stop().catch(() => {});
      await fake.close();
    },
  };
}

/** SQL for `RulesBench.ids.user`: member m of group g is user `base + (m - 1) * GROUPS + (g - 1)`. */
export const memberIdSql = (base: bigint) => `(${base} + (m - 1) * ${GROUPS} + (g - 1))::text`;

/** The platform's bench, run in a process of its own (its bots' CPU is then the figure's alone). */
export function rulesBench(bench: RulesBench): Bench {
  return {
    name: bench.name,
    title: bench.title,
    isolated: true,
    run: (progress) => runRulesBench(bench, progress),
  };
}

async function runRulesBench(bench: RulesBench, progress: (line: string) => void): Promise<Figure[]> {
  return withBenchDatabase("postgres", { poolSize: 2 }, async ({ database, url }) => {
    if (!url) throw new Error(`the ${bench.name} bench needs PostgreSQL`);
    await seed(database, {
      communities: GROUPS,
      membersPerGroup: MEMBERS_PER_GROUP,
      rules: RULES,
      tags: 0,
      heldTags: 0,
      resources: 0,
      platform: bench.platform,
      at: new Date(),
      gatedEvery: 0,
      ids: bench.ids,
      unacceptedEvery: 2,
    });
    const admin = new pg.Client({ connectionString: postgresAdminUrl() });
    await admin.connect();
    const started: StartedContestant[] = [];
    const start = async (contestant: (url: string) => Promise<StartedContestant>) => {
      const c = await contestant(url);
      started.push(c);
      return c;
    };
    try {
      const peer = await start(bench.peer);
      const adapter = await start(bench.adapter);
      const others: StartedContestant[] = [];
      for (const other of bench.others ?? []) others.push(await start(other));
      const figures = await comparePeers({
        bench: bench.name,
        peer,
        adapter,
        others,
        // Each group, one member who accepted the rules and one who has not (updates 0–19, 20–39).
        compared: GROUPS * 2,
        comparedWhat: `${GROUPS} groups, accepted and not`,
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
}
