// Issue 8, item 5: RSS of a running engine with 10,000 groups and 100,000 members in PostgreSQL,
// through an hour of simulated traffic on an accelerated clock: each simulated minute runs the
// scheduler's tick and a burst of member commands across random groups and users.
import { manualClock } from "../core/clock.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { localTime } from "../core/features/digests/zoned-time.js";
import type { EngineObserver } from "../core/observer.js";
import type { InboundEvent } from "../core/ports.js";
import { type Bench, canCollectGarbage, collectGarbage } from "./bench.js";
import { withBenchDatabase } from "./bench-database.js";
import { countingPort } from "./counting-port.js";
import { type Figure, figure, mebibytes, textFigure } from "./figures.js";
import { seed, seedSchedules, TOPICS } from "./seed.js";

const NAME = "memory";
const GROUPS = 10_000;
const MEMBERS_PER_GROUP = 10;
const TAGS = 10;
const HELD_TAGS = 5;
const MINUTES = 60;
const SAMPLE_EVERY = 10;
const COMMANDS_PER_MINUTE = 100;
const RSS_TARGET_MB = 250;
// "No growth": between the first sample after warm-up and the last, allowing allocator noise.
const GROWTH_TARGET_MB = 10;

/** Deterministic, so two runs replay the same traffic. */
function random(seedValue: number): () => number {
  let state = seedValue >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A member's everyday commands, weighted roughly as a peer group uses them, and some joins. */
function trafficEvent(next: () => number, serial: number): InboundEvent {
  const pick = (n: number) => Math.floor(next() * n);
  const group = pick(GROUPS) + 1;
  const place = {
    platform: "console" as const,
    groupId: `g${group}`,
    groupName: `Community ${group}`,
    channelId: "general",
  };
  const user = `u${pick(MEMBERS_PER_GROUP) + 1}`;
  const actor = { id: user, isPlatformAdmin: false, displayName: user };
  const roll = next();
  if (roll < 0.05) {
    const id = `newcomer${serial}`;
    return { type: "join", place, actor: { id, isPlatformAdmin: false, displayName: id } };
  }
  const tag = `tag${pick(TAGS) + 1}`;
  const texts = [
    "rules",
    "rules",
    `resources ${TOPICS[pick(TOPICS.length)]}`,
    `resources ${TOPICS[pick(TOPICS.length)]}`,
    "tags",
    "mytags",
    `iam ${tag}`,
    `iamnot ${tag}`,
    "agree",
    "help",
  ];
  return { type: "command", place, actor, text: texts[pick(texts.length)] ?? "rules" };
}

export const memoryBench: Bench = {
  name: NAME,
  title: "5. Memory: 10,000 groups, 100,000 members, an hour of simulated traffic (PostgreSQL)",
  isolated: true,
  async run(progress) {
    if (!canCollectGarbage()) return [textFigure(NAME, "run", "needs node --expose-gc", "ERROR")];
    return withBenchDatabase("postgres", {}, async ({ database }) => {
      const start = new Date(Math.floor(Date.now() / 60_000) * 60_000);
      const seedStarted = performance.now();
      await seed(database, {
        communities: GROUPS,
        membersPerGroup: MEMBERS_PER_GROUP,
        rules: 10,
        tags: TAGS,
        heldTags: HELD_TAGS,
        resources: 10,
        platform: "console",
        at: start,
        // 1,000 gated communities with two pending members each: the reminder job has work.
        gatedEvery: 10,
      });
      // Every community has a daily digest; spread over the day, about 7 fall due each minute,
      // while every tick still reads all 10,000 schedules.
      await seedSchedules(database, {
        communities: GROUPS,
        zones: ["Europe/Paris", "America/New_York", "Asia/Tokyo", "UTC"].map((timeZone) => ({
          timeZone,
          minuteOfDay: localTime(start, timeZone).minuteOfDay,
        })),
        spread: 1440,
        itemCount: 3,
      });
      progress(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

      const clock = manualClock(start);
      const port = countingPort("console");
      let handled = 0;
      let failed = 0;
      const observer: EngineObserver = {
        handled(event) {
          handled++;
          if (event.outcome === "error" || event.outcome === "unavailable") failed++;
        },
        digestRun() {},
      };
      const engine = createPeerbridge({ db: database.prisma, clock, observer });
      engine.attach(port);
      const next = random(8);
      let serial = 0;
      let digests = 0;
      let reminders = 0;
      let peakRss = 0;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 100);
      const samples: { minute: number; running: number; rss: number; heap: number }[] = [];
      const sample = (minute: number) => {
        // The process as it runs (what the host sees), then its live data after a full collection.
        const running = process.memoryUsage().rss;
        collectGarbage();
        const usage = process.memoryUsage();
        samples.push({ minute, running, rss: usage.rss, heap: usage.heapUsed });
        peakRss = Math.max(peakRss, running);
        progress(
          `minute ${String(minute).padStart(2)}: RSS ${mebibytes(running).toFixed(0)} MB running, ` +
            `${mebibytes(usage.rss).toFixed(0)} MB after gc, heap ${mebibytes(usage.heapUsed).toFixed(0)} MB ` +
            `(${handled} events, ${digests} digests, ${reminders} reminders)`,
        );
      };
      const started = performance.now();
      try {
        sample(0);
        for (let minute = 1; minute <= MINUTES; minute++) {
          clock.advance(60_000);
          const report = await engine.tick();
          digests += report.digests ?? 0;
          reminders += report.onboarding ?? 0;
          for (let i = 0; i < COMMANDS_PER_MINUTE; i++) await engine.dispatch(trafficEvent(next, serial++));
          if (minute % SAMPLE_EVERY === 0) sample(minute);
        }
      } finally {
        clearInterval(sampler);
      }
      const seconds = (performance.now() - started) / 1000;
      const afterWarmUp = samples.find((s) => s.minute === SAMPLE_EVERY);
      const last = samples.at(-1);
      if (!afterWarmUp || !last) throw new Error("no memory samples");
      const maxAfterGc = Math.max(...samples.map((s) => s.rss));
      const figures: Figure[] = [];
      if (failed > 0)
        figures.push(textFigure(NAME, "events that failed", `${failed} of ${handled}`, "ERROR", "0"));
      if (digests === 0) figures.push(textFigure(NAME, "digests posted", "0", "ERROR", "> 0"));
      figures.push(
        figure(
          NAME,
          "RSS after the simulated hour (running, no forced gc)",
          mebibytes(last.running),
          "MB",
          RSS_TARGET_MB,
        ),
        figure(NAME, "peak RSS during the hour (sampled every 100 ms)", mebibytes(peakRss), "MB"),
        figure(NAME, "max RSS after gc (sampled every 10 simulated min)", mebibytes(maxAfterGc), "MB"),
        figure(
          NAME,
          `RSS growth, minute ${afterWarmUp.minute} → ${last.minute} (after gc)`,
          mebibytes(last.rss - afterWarmUp.rss),
          "MB",
          GROWTH_TARGET_MB,
        ),
        figure(
          NAME,
          `heap growth, minute ${afterWarmUp.minute} → ${last.minute} (after gc)`,
          mebibytes(last.heap - afterWarmUp.heap),
          "MB",
          GROWTH_TARGET_MB,
        ),
        textFigure(
          NAME,
          "simulated hour",
          `${handled} events, ${digests} digests, ${reminders} reminders in ${seconds.toFixed(0)} s`,
          "info",
        ),
      );
      return figures;
    });
  },
};
