import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { DEFAULT_SCHEMA_PATH, diffMigrationsToSchema } from "../../scripts/schema-engine.js";

// Each diff boots two in-memory PGlite databases (main and shadow), a few seconds each.
const TIMEOUT = 60_000;

describe("prisma/migrations", () => {
  it(
    "build exactly the schema in prisma/schema.prisma",
    async () => {
      const { exitCode, sql } = await diffMigrationsToSchema();
      expect(
        exitCode,
        "prisma/schema.prisma has changes that no migration creates: run `npm run db:migration -- <name>` " +
          `and commit the new migration. The missing SQL:\n${sql}`,
      ).toBe(0);
      expect(sql).toBe("");
    },
    TIMEOUT,
  );

  // Guards the check above against passing vacuously, e.g. if the engine stopped reading the migrations.
  it(
    "report a model that no migration creates",
    async () => {
      const schema = `${await readFile(DEFAULT_SCHEMA_PATH, "utf8")}\nmodel DriftProbe {\n  id Int @id\n}\n`;
      const { exitCode, sql } = await diffMigrationsToSchema({ schema });
      expect(exitCode).toBe(2);
      expect(sql).toContain('CREATE TABLE "DriftProbe"');
    },
    TIMEOUT,
  );
});
