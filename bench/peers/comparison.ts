// The timed part of a peer comparison (issue 19, item 1), the same on every platform: the bots'
// replies are checked byte for byte, then each bot answers warm-up and interleaved batches of one
// read command on its own fake, and the figures are ratios within the run. What differs per
// platform (the fake, how a command arrives, what counts as a reply) is the Wire.
import type pg from "pg";
import { type Figure, figure, textFigure } from "../figures.js";
import { type BotProcess, ENGINE_REPLAYED, serverCpu, serverCpuBetween } from "./bot-process.js";

/** One bot's side of the fake platform, as the harness drives and reads it. */
export interface Wire {
  /** Queues update `n` (a member of the seeded groups sending the command). */
  send(n: number): void;
  /** Reply messages the bot has sent so far. */
  replies(): number;
  /** A position in the bot's calls, for repliesSince. */
  mark(): number;
  /** The replies sent since `mark`, normalised to what must be the same bytes for both bots. */
  repliesSince(mark: number): string;
}

export interface Contestant {
  role: string;
  label: string;
  wire: Wire;
  bot: BotProcess;
  /** Messages one update is answered with. */
  perUpdate: number;
}

export interface ComparisonPlan {
  bench: string;
  /** The hand-written bot and peerbridge's adapter; `others` are timed alike, as information. */
  peer: Contestant;
  adapter: Contestant;
  others?: Contestant[];
  /** Updates whose replies are compared before timing (they should cover each kind of answer). */
  compared: number;
  /** What the compared updates cover, for the progress line. */
  comparedWhat: string;
  warmUp: number;
  batch: number;
  rounds: number;
  /** Issue 19's targets: updates/s at least, bot CPU per update at most, as ratios to the peer. */
  targetRate: number;
  targetCpu: number;
  /** Connection to the bench database as its owner: it reads the bots' server processes. */
  admin: pg.Client;
  progress(line: string): void;
}

// Under heavy load a fake can lose an update whose poll the bot abandoned: a batch that stops
// progressing this long counts what was answered.
const STALL_MS = 10_000;

interface Tally {
  lost: number;
  sent: number;
  seconds: number;
  cpuMicros: number;
  serverMicros: number;
}

/** Sends `count` updates from `from` on and waits until they are answered; returns how many were. */
async function answerAll(c: Contestant, tally: Tally, count: number, from = 0): Promise<number> {
  const before = c.wire.replies();
  for (let n = from; n < from + count; n++) c.wire.send(n);
  const expected = count * c.perUpdate;
  let seen = 0;
  let progressed = Date.now();
  while (c.wire.replies() - before < expected) {
    const now = c.wire.replies() - before;
    if (now > seen) {
      seen = now;
      progressed = Date.now();
    } else if (Date.now() - progressed > STALL_MS) {
      const answered = Math.floor(seen / c.perUpdate);
      tally.lost += count - answered;
      return answered;
    }
    await new Promise((resolve) => setTimeout(resolve, 1));
  }
  return count;
}

async function assertSameReplies(plan: ComparisonPlan, tallies: Map<Contestant, Tally>): Promise<number> {
  const pair = [plan.peer, plan.adapter];
  for (let n = 0; n < plan.compared; n++) {
    const marks = pair.map((c) => c.wire.mark());
    for (const c of pair) await answerAll(c, tallies.get(c) as Tally, 1, n);
    // Settle: an answer may be more than one message.
    await new Promise((resolve) => setTimeout(resolve, 50));
    const [left, right] = pair.map((c, k) => c.wire.repliesSince(marks[k] as number));
    if (left !== right) {
      throw new Error(
        `replies differ (update ${n}):\n${plan.peer.label}: ${left}\n${plan.adapter.label}: ${right}`,
      );
    }
  }
  return plan.compared;
}

export async function comparePeers(plan: ComparisonPlan): Promise<Figure[]> {
  const { bench: name, peer, adapter, admin } = plan;
  const contestants = [peer, adapter, ...(plan.others ?? [])];
  const tallies = new Map<Contestant, Tally>(
    contestants.map((c) => [c, { lost: 0, sent: 0, seconds: 0, cpuMicros: 0, serverMicros: 0 }]),
  );
  const tally = (c: Contestant) => tallies.get(c) as Tally;
  const compared = await assertSameReplies(plan, tallies);
  plan.progress(`replies byte-identical for ${compared} updates (${plan.comparedWhat})`);
  for (const c of contestants) await answerAll(c, tally(c), plan.warmUp);
  for (let round = 0; round < plan.rounds; round++) {
    // Rotate who goes first, so no bot always follows the same one.
    const order = contestants.map((_, i) => contestants[(i + round) % contestants.length] as Contestant);
    for (const c of order) {
      const t = tally(c);
      const cpuBefore = await c.bot.cpu();
      const serverBefore = await serverCpu(admin, c.role);
      const started = performance.now();
      const answered = await answerAll(c, t, plan.batch, plan.warmUp + round * plan.batch);
      // A stalled batch's wait for the lost updates is not the bot's time.
      t.seconds += (performance.now() - started - (answered < plan.batch ? STALL_MS : 0)) / 1000;
      t.cpuMicros += (await c.bot.cpu()) - cpuBefore;
      t.serverMicros += serverCpuBetween(serverBefore, await serverCpu(admin, c.role));
      t.sent += answered;
    }
  }
  const rate = (c: Contestant) => tally(c).sent / tally(c).seconds;
  const cpu = (c: Contestant) => tally(c).cpuMicros / tally(c).sent / 1000;
  const server = (c: Contestant) => tally(c).serverMicros / tally(c).sent / 1000;
  for (const c of contestants) {
    plan.progress(
      `${c.label}: ${rate(c).toFixed(0)} updates/s, CPU ${cpu(c).toFixed(3)} ms/update, PostgreSQL ${server(c).toFixed(3)} ms/update`,
    );
  }
  const rateRatio = rate(adapter) / rate(peer);
  const cpuRatio = cpu(adapter) / cpu(peer);
  const totalRatio = (cpu(adapter) + server(adapter)) / (cpu(peer) + server(peer));
  const lost = contestants.reduce((sum, c) => sum + tally(c).lost, 0);
  return adapterAlone([
    textFigure(
      name,
      "replies byte-identical to the peer's (checked before timing)",
      `${compared} of ${compared}`,
      "PASS",
      "all",
    ),
    figure(name, "hand-written peer, updates/s", rate(peer), "/s"),
    figure(name, "peerbridge adapter, updates/s", rate(adapter), "/s"),
    {
      ...figure(name, "updates/s, peerbridge ÷ peer", rateRatio, "", undefined, 2),
      target: `≥ ${plan.targetRate}`,
      verdict: rateRatio >= plan.targetRate ? "PASS" : "MISS",
    },
    figure(name, "hand-written peer, bot CPU per update", cpu(peer), "ms", undefined, 3),
    figure(name, "peerbridge adapter, bot CPU per update", cpu(adapter), "ms", undefined, 3),
    figure(name, "bot CPU per update, peerbridge ÷ peer", cpuRatio, "", plan.targetCpu, 2),
    figure(name, "hand-written peer, PostgreSQL CPU per update", server(peer), "ms", undefined, 3),
    figure(name, "peerbridge adapter, PostgreSQL CPU per update", server(adapter), "ms", undefined, 3),
    figure(name, "bot + PostgreSQL CPU per update, peerbridge ÷ peer", totalRatio, "", undefined, 2),
    figure(
      name,
      `updates lost by the fake under load (${contestants.map((c) => c.role).join(", ")})`,
      lost,
      "",
    ),
    ...(plan.others ?? []).flatMap((c) => [
      figure(name, `${c.label}, updates/s`, rate(c), "/s"),
      figure(name, `${c.label}, bot CPU per update`, cpu(c), "ms", undefined, 3),
    ]),
  ]);
}

/**
 * Under BENCH_ENGINE=replay (bench/peers/bot-child.ts) peerbridge's figures are its adapter's
 * alone: they say so, and are held to no target, so no row reads as the bot meeting one.
 */
function adapterAlone(figures: Figure[]): Figure[] {
  if (!ENGINE_REPLAYED) return figures;
  return figures.map((f) =>
    f.figure.includes("peerbridge")
      ? { ...f, figure: `${f.figure} (engine replayed)`, target: "—", verdict: "info" }
      : f,
  );
}
