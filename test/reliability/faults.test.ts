import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
import { createHarness, type Harness, textOf } from "../helpers/harness.js";
import { adminQuery, createTestDatabase } from "../helpers/test-database.js";

let database: Database;
let h: Harness;
let name = "";
beforeAll(async () => {
  database = await createTestDatabase("postgres");
  h = createHarness(database.prisma);
  const rows = await database.prisma.$queryRaw<{ db: string }[]>`SELECT current_database() AS db`;
  name = rows[0]?.db ?? "";
});
afterAll(async () => database.close());

describe("the database restarting mid-traffic", () => {
  it("answers 'temporarily unavailable', writes nothing by halves, and recovers without a restart", async () => {
    const g = h.group();
    await g.mod.run("mod rules add Be kind");
    const replies: string[] = [];
    const traffic = (async () => {
      for (let i = 0; i < 60; i++) {
        replies.push(textOf(await g.mod.run(`mod rules edit 1 Version ${i}`)));
      }
    })();
    await new Promise((resolve) => setTimeout(resolve, 50));
    // What a PostgreSQL restart does to open connections.
    for (let i = 0; i < 3; i++) {
      await adminQuery(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '${name}' AND pid <> pg_backend_pid()`,
      );
      await new Promise((resolve) => setTimeout(resolve, 30));
    }
    await traffic;
    expect(
      replies.filter((r) => !/Rule 1 changed|briefly unavailable|changed while you were deciding/.test(r)),
    ).toEqual([]);
    expect(replies.some((r) => r.includes("Rule 1 changed"))).toBe(true);
    // Recovered: commands work again, and the rulebook is whole (one rule, version matches edits).
    expect(await g.mod.say("mod rules edit 1 Final")).toContain("Rule 1 changed");
    const set = await database.prisma.ruleSet.findFirstOrThrow({
      where: { community: { groups: { some: { platformGroupId: g.groupId } } } },
    });
    expect(set.rules).toEqual(["Final"]);
    // Every applied change has its audit entry and no entry lacks its change. (A change whose
    // COMMIT landed as the connection died is applied though its caller heard "unavailable".)
    const audited = await database.prisma.auditEntry.count({
      where: {
        action: { startsWith: "rules." },
        community: { groups: { some: { platformGroupId: g.groupId } } },
      },
    });
    const succeeded = replies.filter((r) => r.includes("Rule 1 changed")).length;
    expect(set.version).toBe(audited);
    expect(set.version).toBeGreaterThanOrEqual(1 + succeeded + 1);
  });
});

describe("load", () => {
  it("records 50 members joining and accepting in the same second exactly once each", async () => {
    const g = h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod gate on");
    const people = Array.from({ length: 50 }, (_, i) => g.as(`load-${i}`));
    await Promise.all(people.map((p) => p.join()));
    await Promise.all(people.map((p) => p.run("agree")));
    const members = await database.prisma.member.findMany({
      where: { group: { platformGroupId: g.groupId }, platformUserId: { startsWith: "load-" } },
    });
    expect(members).toHaveLength(50);
    expect(members.every((m) => m.status === "active" && m.acceptedRulesVersion === 1)).toBe(true);
    const lifted = h.port.recorded.access.filter((a) => a.groupId === g.groupId && a.allowed);
    expect(new Set(lifted.map((a) => a.userId)).size).toBe(50);
  });
});
