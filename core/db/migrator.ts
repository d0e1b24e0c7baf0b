import { createHash, randomUUID } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { projectPath } from "../project-root.js";
import type { SqlSession } from "./sql-session.js";

export interface Migration {
  name: string;
  sql: string;
  /** sha256 of the file, hex: what Prisma stores, so `prisma migrate deploy` agrees with us. */
  checksum: string;
}

export const MIGRATIONS_DIR = projectPath("prisma", "migrations");

// Prisma's own lock key for migrations: our migrator and `prisma migrate deploy` exclude each other.
const PRISMA_MIGRATE_LOCK = 72707369;

// The table exactly as Prisma creates it.
const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => statSync(join(dir, name)).isDirectory())
    .sort()
    .map((name) => {
      const bytes = readFileSync(join(dir, name, "migration.sql"));
      return {
        name,
        sql: bytes.toString("utf8"),
        checksum: createHash("sha256").update(bytes).digest("hex"),
      };
    });
}

export class MigrationError extends Error {}

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  rolled_back_at: Date | null;
}

/**
 * Applies pending migrations, each in its own transaction, recording them in `_prisma_migrations`.
 * Several processes may start at once: the advisory lock makes the others wait, then find nothing to do.
 */
export async function migrate(
  session: SqlSession,
  migrations: Migration[] = readMigrations(),
): Promise<{ applied: string[]; warnings: string[] }> {
  const applied: string[] = [];
  const warnings: string[] = [];
  await session.query("SELECT pg_advisory_lock($1)", [PRISMA_MIGRATE_LOCK]);
  try {
    await session.script(CREATE_TABLE);
    const rows = await session.query<AppliedRow>(
      `SELECT migration_name, checksum, finished_at, rolled_back_at FROM "_prisma_migrations"`,
    );
    const done = new Map<string, AppliedRow>();
    for (const row of rows) {
      if (row.rolled_back_at) continue;
      if (!row.finished_at) {
        throw new MigrationError(
          `Migration ${row.migration_name} failed earlier and was not rolled back; fix the database, then mark it with \`prisma migrate resolve\`.`,
        );
      }
      done.set(row.migration_name, row);
    }
    for (const migration of migrations) {
      const previous = done.get(migration.name);
      if (previous) {
        if (previous.checksum !== migration.checksum) {
          warnings.push(`Migration ${migration.name} was changed after it was applied.`);
        }
        continue;
      }
      try {
        await session.script(`BEGIN;\n${migration.sql}\n;`);
        await session.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at, finished_at, applied_steps_count)
           VALUES ($1, $2, $3, now(), now(), 1)`,
          [randomUUID(), migration.checksum, migration.name],
        );
        await session.script("COMMIT;");
      } catch (error) {
        await session.script("ROLLBACK;").catch(() => {});
        const reason = error instanceof Error ? error.message : String(error);
        throw new MigrationError(`Migration ${migration.name} failed and was rolled back: ${reason}`);
      }
      applied.push(migration.name);
    }
  } finally {
    await session.query("SELECT pg_advisory_unlock($1)", [PRISMA_MIGRATE_LOCK]);
  }
  return { applied, warnings };
}
