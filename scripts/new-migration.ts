// `npm run db:migration -- <name>`: writes the migration that brings prisma/migrations up to
// prisma/schema.prisma, as `prisma migrate dev --create-only` would, but offline (docs/architecture.md,
// "Storage"). Nothing is applied: the app's migrator does that at start-up.
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import {
  DEFAULT_MIGRATIONS_DIR,
  diffMigrationsToSchema,
  MIGRATION_LOCK_CONTENT,
  MIGRATION_LOCK_FILE,
} from "./schema-engine.js";

// Prisma's engine refuses longer names (MigrationNameTooLong); the directory name must also fit
// `_prisma_migrations.migration_name`, a VARCHAR(255).
const MAX_NAME_LENGTH = 200;
const NAME = /^[A-Za-z0-9_]+$/;

async function main(args: string[]): Promise<number> {
  const [name, ...extra] = args;
  if (name === undefined || extra.length > 0 || !NAME.test(name) || name.length > MAX_NAME_LENGTH) {
    console.error(
      `Usage: npm run db:migration -- <name>\n` +
        `  <name>: letters, digits and underscores, at most ${MAX_NAME_LENGTH} characters (e.g. add_digest_language)`,
    );
    return 1;
  }

  const migrationsDir = DEFAULT_MIGRATIONS_DIR;
  // The engine picks its SQL dialect from the lock file, so it must exist before diffing.
  await ensureLockFile(migrationsDir);

  const { exitCode, sql } = await diffMigrationsToSchema({ migrationsDir });
  if (exitCode === 0) {
    console.log("No schema changes; nothing to write.");
    return 0;
  }

  const directory = join(migrationsDir, `${utcTimestamp(new Date())}_${name}`);
  if (existsSync(directory)) {
    console.error(`The migration directory already exists at ${directory}`);
    return 1;
  }
  await mkdir(directory, { recursive: true });
  const file = join(directory, "migration.sql");
  await writeFile(file, sql, "utf8");
  console.log(relative(process.cwd(), file));

  // `migrate dev` would head such a migration with a "Warnings" comment from the engine's
  // destructive-change checker, which the wasm engine cannot run for Postgres (its createMigration
  // and evaluateDataLoss get no shadow database). Say it here instead of in the file.
  if (/\bDROP\b|SET DATA TYPE/.test(sql)) {
    console.log("This migration drops or retypes something: review it for data loss before committing.");
  }
  return 0;
}

async function ensureLockFile(migrationsDir: string): Promise<void> {
  const path = join(migrationsDir, MIGRATION_LOCK_FILE);
  const existing = await readFile(path, "utf8").catch(() => null);
  if (existing === null) {
    await mkdir(migrationsDir, { recursive: true });
    await writeFile(path, MIGRATION_LOCK_CONTENT, "utf8");
    return;
  }
  const provider = /^provider\s*=\s*"([^"]*)"/m.exec(existing)?.[1];
  if (provider !== "postgresql") {
    // Same stance as Prisma (P3019): migrations written for another database cannot be extended.
    throw new Error(
      `${path} says provider "${provider ?? "?"}", but this project's migrations are PostgreSQL.`,
    );
  }
}

/** The engine's migration-name timestamp: UTC, %Y%m%d%H%M%S. */
function utcTimestamp(date: Date): string {
  return date.toISOString().replace(/[-:T]/g, "").slice(0, 14);
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
}
