import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { inject } from "vitest";
import { type Database, openDatabase } from "../../core/db/database.js";

export const POSTGRES_ADMIN_URL =
  process.env.TEST_POSTGRES_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";

export type TestBackend = "pglite" | "postgres";

export function testBackend(): TestBackend {
  return process.env.TEST_DB === "postgres" ? "postgres" : "pglite";
}

export function databaseUrl(name: string): string {
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A migrated database of its own for one test file: PGlite booted from the snapshot the global
 * setup made, or a PostgreSQL database cloned from its migrated template. Dropped by `close()`.
 */
export async function createTestDatabase(
  backend: TestBackend = testBackend(),
  options: { onQuery?: (sql: string) => void } = {},
): Promise<Database> {
  if (backend === "pglite") {
    const snapshot = await readFile(inject("pgliteSnapshot"));
    const pglite = new PGlite({ loadDataDir: new Blob([snapshot]) });
    return openDatabase({ pglite, ...options });
  }
  const name = `pb_test_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name} TEMPLATE ${inject("postgresTemplate")}`);
  const database = await openDatabase({ url: databaseUrl(name), poolSize: 4, ...options });
  return {
    ...database,
    close: async () => {
      await database.close();
      await adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    },
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    pgliteSnapshot: string;
    postgresTemplate: string;
  }
}
