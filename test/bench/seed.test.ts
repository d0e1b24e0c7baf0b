// The benches time what a seeded database answers: a seed the app would not have written times an
// empty answer (the resources bench once searched a library whose search text the seed left blank).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "../../bench/seed.js";
import type { Database } from "../../core/db/database.js";
import { searchText } from "../../core/features/resources/resources-service.js";
import { createTestDatabase } from "../helpers/test-database.js";

let database: Database;

beforeAll(async () => {
  database = await createTestDatabase();
  await seed(database, {
    communities: 2,
    membersPerGroup: 3,
    rules: 2,
    tags: 2,
    heldTags: 1,
    resources: 5,
    platform: "console",
    at: new Date("2026-11-02T10:00:00Z"),
    gatedEvery: 0,
  });
});

afterAll(() => database.close());

describe("the bench seed", () => {
  it("writes each resource's search text as the app does", async () => {
    const resources = await database.prisma.resource.findMany({ orderBy: { id: "asc" } });
    expect(resources).toHaveLength(10);
    for (const r of resources) expect(r.searchText).toBe(searchText(r));
  });
});
