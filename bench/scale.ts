// Issue 19, item 4: the deployment BENCHMARKS.md models (100,000 groups, 5 million members) at a
// tenth of its size on this machine: rows and index sizes (×10 gives the model's), a member read
// and write at that size, the busiest minute's digest fan-out, and the process's memory.
import { manualClock } from "../core/clock.js";
import { createPeerbridge } from "../core/create-peerbridge.js";
import { localTime } from "../core/features/digests/zoned-time.js";
import type { InboundEvent } from "../core/ports.js";
import { textOf } from "../test/helpers/harness.js";
import { type Bench, collectGarbage } from "./bench.js";
import { withBenchDatabase } from "./bench-database.js";
import { countingPort } from "./counting-port.js";
import { type Figure, figure, mebibytes, percentile, textFigure } from "./figures.js";
import { seed, seedSchedules } from "./seed.js";

const NAME = "scale";
const COMMUNITIES = 10_000;
const MEMBERS = 50;
// The busiest local minute of the model: a tenth of all communities' daily digests (9:00 in the
// largest time-zone band). Here every community has one schedule, spread over 10 minutes.
const SPREAD = 10;
const SAMPLES = 2000;
const TABLES = ["Community", "Group", "Member", "MemberTag", "Tag", "Resource", "RuleSet", "DigestSchedule"];

const event = (i: number, text: string): InboundEvent => {
  const g = (i % COMMUNITIES) + 1;
  return {
    type: "command",
    place: { platform: "console", groupId: `g${g}`, groupName: `Community ${g}`, channelId: "general" },
    actor: { id: `u${(i % MEMBERS) + 1}`, isPlatformAdmin: false },
    text,
  };
};

export const scaleBench: Bench = {
  name: NAME,
  title: "7. Scale: 10,000 groups and 500,000 members, a tenth of the modelled deployment (PostgreSQL)",
  isolated: true,
  async run(progress) {
    return withBenchDatabase("postgres", {}, async ({ database }) => {
      const due = new Date(Math.floor(Date.now() / 60_000) * 60_000);
      const seedStarted = performance.now();
      await seed(database, {
        communities: COMMUNITIES,
        membersPerGroup: MEMBERS,
        rules: 10,
        tags: 10,
        heldTags: 5,
        resources: 10,
        platform: "console",
        at: due,
        gatedEvery: 0,
      });
      await seedSchedules(database, {
        communities: COMMUNITIES,
        zones: [{ timeZone: "Europe/Paris", minuteOfDay: localTime(due, "Europe/Paris").minuteOfDay }],
        spread: SPREAD,
        itemCount: 3,
      });
      progress(`seeded in ${((performance.now() - seedStarted) / 1000).toFixed(1)} s`);

      const figures: Figure[] = [];
      const session = await database.session();
      try {
        const sizes = await session.query<{ name: string; rows: string; table: string; indexes: string }>(
          `SELECT c.relname AS name, c.reltuples::bigint::text AS rows,
                  pg_relation_size(c.oid)::text AS table, pg_indexes_size(c.oid)::text AS indexes
           FROM pg_class c WHERE c.relname = ANY($1) ORDER BY c.relname`,
          [TABLES],
        );
        let total = 0;
        for (const row of sizes) {
          const bytes = Number(row.table) + Number(row.indexes);
          total += bytes;
          figures.push(
            textFigure(
              NAME,
              `${row.name}: rows, table + indexes`,
              `${Number(row.rows).toLocaleString("en")}, ${mebibytes(Number(row.table)).toFixed(1)} + ${mebibytes(Number(row.indexes)).toFixed(1)} MB`,
              "info",
            ),
          );
        }
        figures.push(figure(NAME, "database, tables + indexes", mebibytes(total), "MB"));
      } finally {
        await session.release();
      }

      const clock = manualClock(new Date(due.getTime() - 120_000));
      const port = countingPort("console");
      const engine = createPeerbridge({ db: database.prisma, clock });
      engine.attach(port);
      await engine.tick(); // the daily purge and Prisma's warm-up, nothing due yet
      for (const [label, text, expect] of [
        ["/rules", "rules", "Rule 10:"],
        ["/mytags", "mytags", "Tag"],
      ] as const) {
        for (let i = 0; i < 200; i++) await engine.dispatch(event(i * 7919, text));
        const times: number[] = [];
        let reply = "";
        const cpu = process.cpuUsage();
        for (let i = 0; i < SAMPLES; i++) {
          const started = performance.now();
          const views = await engine.dispatch(event(i * 7919 + 13, text));
          times.push(performance.now() - started);
          if (i === SAMPLES - 1) reply = textOf(views);
        }
        const used = process.cpuUsage(cpu);
        if (!reply.includes(expect)) {
          figures.push(textFigure(NAME, label, `unexpected reply: ${reply.slice(0, 80)}`, "ERROR"));
          continue;
        }
        progress(
          `${label}: p50 ${percentile(times, 50).toFixed(2)} ms, p99 ${percentile(times, 99).toFixed(2)} ms`,
        );
        figures.push(
          figure(NAME, `${label} p50 at this size`, percentile(times, 50), "ms"),
          figure(NAME, `${label} p99 at this size`, percentile(times, 99), "ms", 5),
          figure(NAME, `${label} engine CPU per command`, (used.user + used.system) / 1000 / SAMPLES, "ms"),
        );
      }

      clock.set(due);
      const started = performance.now();
      const digests = (await engine.tick()).digests ?? 0;
      const seconds = (performance.now() - started) / 1000;
      progress(`busiest minute: ${digests} digests in ${seconds.toFixed(2)} s`);
      collectGarbage();
      figures.push(
        figure(NAME, "digests due in the busiest minute (a tenth of all)", digests, ""),
        figure(NAME, "engine time for them (claim, render, post; no platform limit)", seconds, "s", 60),
        figure(
          NAME,
          "process RSS after the fan-out (after gc)",
          mebibytes(process.memoryUsage().rss),
          "MB",
          250,
        ),
      );
      return figures;
    });
  },
};
