import { afterAll, beforeAll } from "vitest";
import type { Clock } from "../../core/clock.js";
import type { Database } from "../../core/db/database.js";
import type { Platform } from "../../core/ports.js";
import { createHarness, type Harness } from "./harness.js";
import { createTestDatabase } from "./test-database.js";

/** A harness on this file's own database, opened before its tests and dropped after. */
export function useHarness(options: { clock?: Clock; platform?: Platform } = {}) {
  let database: Database | undefined;
  let harness: Harness | undefined;
  beforeAll(async () => {
    database = await createTestDatabase();
    harness = createHarness(database.prisma, options);
  });
  afterAll(async () => {
    await database?.close();
  });
  return {
    get h(): Harness {
      if (!harness) throw new Error("harness used outside a test");
      return harness;
    },
    get db() {
      if (!database) throw new Error("database used outside a test");
      return database.prisma;
    },
  };
}
