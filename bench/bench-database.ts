// Databases for benchmarks: a PostgreSQL database of their own (created, migrated with the
// project's migrator, dropped at the end even on failure) or an in-memory PGlite.
import { randomBytes } from "node:crypto";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";
import { type Database, openDatabase } from "../core/db/database.js";
import { migrate } from "../core/db/migrator.js";
import { roundTripsOf } from "../test/helpers/round-trips.js";

export type Backend = "pglite" | "postgres";

export function postgresAdminUrl(): string {
  return (
    process.env.BENCH_POSTGRES_URL ??
    process.env.TEST_POSTGRES_URL ??
    "postgres://postgres@127.0.0.1:5432/postgres"
  );
}

export function databaseUrl(name: string): string {
  const url = new URL(postgresAdminUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

export async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: postgresAdminUrl() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/** Counts SQL round trips from Prisma's query events, like test/core/round-trips.test.ts. */
export class QueryCounter {
  count = 0;
  readonly onQuery = (sql: string): void => {
    this.count += roundTripsOf(sql);
  };
}

export interface BenchDatabase {
  database: Database;
  backend: Backend;
  /** PostgreSQL only: the URL of the benchmark's own database. */
  url?: string;
  close(): Promise<void>;
}

/**
 * The parent runner drops every database a child announced, in case the child dies before its
 * own `finally` (out of memory, a kill).
 */
function announce(name: string): void {
  process.send?.({ type: "database", name });
}

/** An empty PostgreSQL database of the bench's own; `drop()` removes it whatever its connections. */
export async function emptyPostgres(): Promise<{ name: string; url: string; drop(): Promise<void> }> {
  const name = `pb_bench_${randomBytes(6).toString("hex")}`;
  await adminQuery(`CREATE DATABASE ${name}`);
  announce(name);
  return {
    name,
    url: databaseUrl(name),
    drop: () => adminQuery(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

export async function openBenchDatabase(
  backend: Backend,
  options: { onQuery?: (sql: string) => void; poolSize?: number } = {},
): Promise<BenchDatabase> {
  const hooks = options.onQuery ? { onQuery: options.onQuery } : {};
  if (backend === "pglite") {
    const pglite = new PGlite();
    const database = await openDatabase({ pglite, ...hooks });
    await migrateDatabase(database);
    return { database, backend, close: () => database.close() };
  }
  const empty = await emptyPostgres();
  let database: Database | undefined;
  try {
    database = await openDatabase({
      url: withServerOptions(empty.url),
      poolSize: options.poolSize ?? 10,
      ...hooks,
    });
    await migrateDatabase(database);
  } catch (error) {
    await database?.close().catch(() => {});
    await empty.drop();
    throw error;
  }
  const opened = database;
  return {
    database: opened,
    backend,
    url: empty.url,
    close: async () => {
      await opened.close().catch(() => {});
      await empty.drop();
    },
  };
}

/**
 * `BENCH_PG_OPTIONS="-c synchronous_commit=off"` runs the app's connections with server settings
 * of one's choice: a diagnostic, to tell what commits cost on this disk from what the code costs.
 */
function withServerOptions(url: string): string {
  const settings = process.env.BENCH_PG_OPTIONS;
  if (!settings) return url;
  const withOptions = new URL(url);
  withOptions.searchParams.set("options", settings);
  return withOptions.toString();
}

async function migrateDatabase(database: Database): Promise<void> {
  const session = await database.session();
  try {
    await migrate(session);
  } finally {
    await session.release();
  }
}

/** Runs `work` with a fresh migrated database, closed (and dropped) afterwards, even on failure. */
export async function withBenchDatabase<T>(
  backend: Backend,
  options: { onQuery?: (sql: string) => void; poolSize?: number },
  work: (db: BenchDatabase) => Promise<T>,
): Promise<T> {
  const db = await openBenchDatabase(backend, options);
  try {
    return await work(db);
  } finally {
    await db.close();
  }
}
