import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
import { createHarness, type Harness } from "../helpers/harness.js";
import { MODERATOR_CHANGES, prepareChange } from "../helpers/moderator-changes.js";
import { roundTripsOf } from "../helpers/round-trips.js";
import { createTestDatabase } from "../helpers/test-database.js";

// Database round trips per command, counted from Prisma's query events. Reads take at most 2,
// writes at most 5, whatever the size of the rulebook, catalog or library; every kind of
// moderator change is held to 5 too. A transaction counts its BEGIN and COMMIT.
let database: Database;
let h: Harness;
let queries: string[] = [];
beforeAll(async () => {
  database = await createTestDatabase(undefined, { onQuery: (sql) => queries.push(sql) });
  h = createHarness(database.prisma);
});
afterAll(async () => database.close());

async function count(run: () => Promise<unknown>): Promise<number> {
  queries = [];
  await run();
  return queries.reduce((sum, sql) => sum + roundTripsOf(sql), 0);
}

describe("round trips per command", () => {
  it.each([1, 40])("stay within budget with %i of each thing", async (size) => {
    const g = h.group();
    for (let i = 0; i < size; i++) {
      await g.mod.run(`mod rules add Rule ${i}`);
      await g.mod.run(`mod tags create Tag${i}`);
      await g.mod.run(`mod resources add https://r${i}.example.org/ "Resource ${i}" about sleep`);
    }
    const alice = g.as("alice");
    await alice.join();
    const reads = {
      rules: await count(() => alice.run("rules")),
      resources: await count(() => alice.run("resources sleep")),
      mytags: await count(() => alice.run("mytags")),
      help: await count(() => alice.run("help")),
      tags: await count(() => alice.run("tags")),
    };
    const writes = {
      iam: await count(() => alice.run("iam tag0")),
      agree: await count(() => alice.run("agree")),
      "mod rules add": await count(() => g.mod.run("mod rules add One more")),
      join: await count(() => g.as(`new-${size}`).join()),
      "mod tags take": await count(() => g.mod.run("mod tags take alice tag0")),
    };
    if (process.env.SHOW_QUERIES) {
      queries = [];
      await alice.run(process.env.SHOW_QUERIES);
      console.log(queries.map((q) => q.slice(0, 160)).join("\n"));
    }
    for (const [name, n] of Object.entries(reads)) expect(n, `${name}: ${n}`).toBeLessThanOrEqual(2);
    for (const [name, n] of Object.entries(writes)) expect(n, `${name}: ${n}`).toBeLessThanOrEqual(5);
  });

  it.each(MODERATOR_CHANGES)("%s: at most 5", async (template, before) => {
    const g = h.group();
    const command = await prepareChange(g, template, before);
    const n = await count(() => g.mod.run(command));
    expect(n, `${command}: ${n}`).toBeLessThanOrEqual(5);
  });
});
