// Issue 8, item 4: 10,000 communities due in the same minute on PostgreSQL; time for one
// engine.tick() to claim, render and post all of them (to a recording adapter), and memory.
import { manualClock } from "../core/clock.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { localTime } from "../core/features/digests/zoned-time.js";
import { textOf } from "../test/helpers/harness.js";
import { type Bench, canCollectGarbage, collectGarbage } from "./bench.js";
import { QueryCounter, withBenchDatabase } from "./bench-database.js";
import { countingPort } from "./counting-port.js";
import { type Figure, figure, mebibytes, textFigure } from "./figures.js";
import { seed, seedSchedules } from "./seed.js";

const NAME = "digest";
const COMMUNITIES = 10_000;
const TARGET_SECONDS = 10;
// "Memory flat": what the tick leaves behind once collected, against what it started with.
const RETAINED_TARGET_MB = 20;

// Time zones of every kind (whole hours, half hours, southern DST, none): each community's schedule
// is at the local minute that is "now" in its zone, so all 10,000 are due in the same minute.
const ZONES = [
  "Europe/Paris",
  "America/New_York",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "UTC",
  "Pacific/Auckland",
];

export const digestBench: Bench = {
  name: NAME,
  title: "4. Digest fan-out: 10,000 communities due in the same minute (PostgreSQL)",
  isolated: true,
  async run(progress) {
    const counter = new QueryCounter();
    return withBenchDatabase("postgres", { onQuery: counter.onQuery }, async ({ database }) => {
      // Minute-aligned, so a schedule's minute of day is exactly "now" in its zone.
      const due = new Date(Math.floor(Date.now() / 60_000) * 60_000);
      const seedStarted = performance.now();
      await seed(database, {
        communities: COMMUNITIES,
        membersPerGroup: 5,
        rules: 5,
        tags: 5,
        heldTags: 0,
        resources: 5,
        platform: "console",
        at: due,
        gatedEvery: 0,
      });
      await seedSchedules(database, {
        communities: COMMUNITIES,
        zones: ZONES.map((timeZone) => ({ timeZone, minuteOfDay: localTime(due, timeZone).minuteOfDay })),
        spread: 1,
        itemCount: 3,
      });
      progress(
        `seeded ${COMMUNITIES} communities in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`,
      );

      const clock = manualClock(new Date(due.getTime() - 120_000));
      const port = countingPort("console");
      const engine = createPeerbridge({ db: database.prisma, clock });
      engine.attach(port);
      // Two minutes before: nothing due yet, but the daily purge runs and Prisma warms up, so the
      // measured tick is the fan-out alone.
      const warmUp = await engine.tick();
      // A minute before: what every quiet minute costs with 10,000 schedules.
      clock.advance(60_000);
      const idleStarted = performance.now();
      const idle = await engine.tick();
      const idleSeconds = (performance.now() - idleStarted) / 1000;
      if ((warmUp.digests ?? 0) + (idle.digests ?? 0) !== 0) throw new Error("digests were due early");

      clock.set(due);
      collectGarbage();
      const rssBefore = process.memoryUsage().rss;
      const heapBefore = process.memoryUsage().heapUsed;
      let peakRss = rssBefore;
      const sampler = setInterval(() => {
        peakRss = Math.max(peakRss, process.memoryUsage().rss);
      }, 50);
      counter.count = 0;
      const started = performance.now();
      const report = await engine.tick();
      const seconds = (performance.now() - started) / 1000;
      clearInterval(sampler);
      const queries = counter.count;
      collectGarbage();
      const rssAfter = process.memoryUsage().rss;
      const heapAfter = process.memoryUsage().heapUsed;
      progress(
        `tick: ${report.digests ?? 0} digests in ${seconds.toFixed(2)} s, ${queries} queries, ` +
          `RSS ${mebibytes(rssBefore).toFixed(0)} → peak ${mebibytes(peakRss).toFixed(0)} → ${mebibytes(rssAfter).toFixed(0)} MB`,
      );

      const figures: Figure[] = [];
      const sample = port.lastPost ? textOf(port.lastPost) : "";
      if (
        (report.digests ?? 0) !== COMMUNITIES ||
        port.posts !== COMMUNITIES ||
        !sample.includes("Resource")
      ) {
        figures.push(
          textFigure(
            NAME,
            "digests posted",
            `${report.digests ?? 0} reported, ${port.posts} posted of ${COMMUNITIES}`,
            "ERROR",
            `${COMMUNITIES}`,
          ),
        );
      }
      // A minute later: every run is claimed, but all 10,000 are still inside the grace window.
      clock.advance(60_000);
      const againStarted = performance.now();
      const again = await engine.tick();
      const againSeconds = (performance.now() - againStarted) / 1000;
      if (again.digests !== 0) {
        figures.push(textFigure(NAME, "posted once", `${again.digests} posted again`, "ERROR", "0"));
      }
      // The next day the same 10,000 are due again: memory is flat when the second fan-out leaves
      // the process no bigger than the first did (RSS the allocator keeps after a burst is reused).
      clock.set(new Date(due.getTime() + 86_400_000));
      const nextDay = await engine.tick();
      collectGarbage();
      const rssAfterSecond = process.memoryUsage().rss;
      const heapAfterSecond = process.memoryUsage().heapUsed;
      if (nextDay.digests !== COMMUNITIES) {
        figures.push(
          textFigure(NAME, "next day's digests", `${nextDay.digests} posted`, "ERROR", `${COMMUNITIES}`),
        );
      }
      figures.push(
        figure(NAME, `claim + render + post ${COMMUNITIES} digests (1 tick)`, seconds, "s", TARGET_SECONDS),
        figure(NAME, "digests per second", (report.digests ?? 0) / seconds, "/s"),
        figure(NAME, "SQL round trips per digest", queries / Math.max(1, report.digests ?? 0), ""),
        figure(NAME, "tick a minute before (nothing due)", idleSeconds, "s"),
        figure(NAME, "tick a minute after (all claimed, still in grace window)", againSeconds, "s"),
        figure(NAME, "RSS before the tick (after gc)", mebibytes(rssBefore), "MB"),
        figure(NAME, "peak RSS during the tick", mebibytes(peakRss), "MB"),
        figure(NAME, "RSS kept after the first fan-out (after gc)", mebibytes(rssAfter - rssBefore), "MB"),
        canCollectGarbage()
          ? figure(
              NAME,
              "RSS growth, second fan-out over the first (after gc)",
              mebibytes(rssAfterSecond - rssAfter),
              "MB",
              RETAINED_TARGET_MB,
            )
          : textFigure(NAME, "RSS growth across fan-outs", "needs node --expose-gc", "ERROR"),
        figure(
          NAME,
          "heap growth, second fan-out over the first (after gc)",
          mebibytes(heapAfterSecond - heapAfter),
          "MB",
          RETAINED_TARGET_MB,
        ),
        figure(
          NAME,
          "retained after the tick (heap, after gc)",
          mebibytes(heapAfter - heapBefore),
          "MB",
          RETAINED_TARGET_MB,
        ),
      );
      return figures;
    });
  },
};
