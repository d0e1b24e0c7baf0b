import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import { createTestDatabase } from "../helpers/test-database.js";

// Prisma 7 compiles every query to a plan on the event loop and caches plans by the query's
// shape. A query whose shape defeats the cache (createMany, a bare list as a value) is compiled
// on every call, which cost members' commands up to 3 ms of CPU each. The compiler the generated
// client loads is wrapped to count compilations.
interface CompilerModule {
  QueryCompiler: { prototype: Record<"compile" | "compileBatch", (request: string) => unknown> };
}
const MODULE = "@prisma/client/runtime/query_compiler_fast_bg.postgresql.mjs";
const compiled: string[] = [];

let database: Database;
let h: Harness;
beforeAll(async () => {
  const compiler = (await import(MODULE)) as CompilerModule;
  for (const method of ["compile", "compileBatch"] as const) {
    const original = compiler.QueryCompiler.prototype[method];
    compiler.QueryCompiler.prototype[method] = function (this: unknown, request: string) {
      compiled.push(request.slice(0, 120));
      return original.call(this, request);
    };
  }
  database = await createTestDatabase();
  h = createHarness(database.prisma);
});
afterAll(async () => database.close());

/** Runs a member's and a moderator's everyday commands in a fresh group, with fresh members. */
async function everyday(round: number) {
  const g = h.group();
  await g.mod.run("mod rules add Be kind");
  await g.mod.run("mod tags create Caregiver");
  await g.mod.run("mod resources add https://example.org/sleep Sleep guide about sleep");
  const member = g.as(`member-${round}`);
  await member.join();
  await member.run("rules");
  await member.run("agree");
  await member.run("iam Caregiver");
  await member.run("mytags");
  await member.run("tags");
  await member.run("resources sleep");
  await member.run("help");
  await g.as(`other-${round}`).run("iam Caregiver");
  await g.mod.run("mod rules add Share experience, not advice");
  await g.mod.run("mod tags give other-1 Caregiver");
}

describe("query plans", () => {
  it("are compiled once: everyday commands reuse Prisma's cached plans", async () => {
    // Two rounds take every path once (round 0 names a member who joins only in round 1).
    await everyday(0);
    await everyday(1);
    // The hook works: the first rounds compiled the plans they needed.
    expect(compiled.length).toBeGreaterThan(0);
    compiled.length = 0;
    await everyday(2);
    expect(compiled).toEqual([]);
  });
});
