import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
import { statementNames } from "../../core/db/statement-names.js";
import { createTestDatabase } from "../helpers/test-database.js";

describe("statement names", () => {
  it("give one statement one name and two statements two", () => {
    const name = statementNames();
    const a = name({ sql: 'SELECT 1 FROM "Group" WHERE "id" = $1' });
    expect(a).toMatch(/^pb_[\w-]{24}$/);
    expect(name({ sql: 'SELECT 1 FROM "Group" WHERE "id" = $1' })).toBe(a);
    expect(statementNames()({ sql: 'SELECT 1 FROM "Group" WHERE "id" = $1' })).toBe(a);
    expect(name({ sql: 'SELECT 2 FROM "Group" WHERE "id" = $1' })).not.toBe(a);
  });

  it("leave transaction control and statements past the limit unnamed", () => {
    const name = statementNames(2);
    expect(name({ sql: "BEGIN" })).toBe("");
    expect(name({ sql: "COMMIT" })).toBe("");
    const first = name({ sql: "SELECT 1" });
    expect(name({ sql: "SELECT 2" })).not.toBe("");
    expect(name({ sql: "SELECT 3" })).toBe("");
    expect(name({ sql: "SELECT 1" })).toBe(first);
  });
});

describe("Prisma on PostgreSQL", () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase("postgres");
  });
  afterAll(async () => {
    await database.close();
  });

  it("runs its queries as named prepared statements, prepared once per connection", async () => {
    await database.prisma.community.create({ data: { name: "Prepared" } });
    for (let i = 0; i < 3; i++) await database.prisma.community.findFirst({ where: { name: "Prepared" } });
    // The pool hands back the connection used last, so this runs where the queries above ran.
    const prepared = await database.prisma.$queryRawUnsafe<{ name: string; statement: string }[]>(
      "SELECT name, statement FROM pg_prepared_statements",
    );
    const find = prepared.filter(
      (p) => p.name.startsWith("pb_") && p.statement.includes('FROM "public"."Community"'),
    );
    expect(find.length).toBeGreaterThan(0);
  });
});
