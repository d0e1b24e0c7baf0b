import { mkdirSync } from "node:fs";
import { PGlite } from "@electric-sql/pglite";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";
import { lockDataDir } from "./data-dir-lock.js";
import { PrismaClient } from "./generated/client.js";
import { migrate } from "./migrator.js";
import { restrictToOwner, useOwnerOnlyUmask } from "./owner-only.js";
import { pgliteSession, pgSession, type SqlSession } from "./sql-session.js";
import { statementNames } from "./statement-names.js";

export type Db = PrismaClient;

/**
 * One read statement with positional parameters, its rows as objects named by its columns. JSON
 * has no dates: the columns named in `dates` come back as Dates.
 */
export type DirectRead = <T>(
  sql: string,
  params: readonly unknown[],
  dates?: readonly (keyof T & string)[],
) => Promise<T[]>;

// The hottest reads (every event's group context, the tag catalog, the resource search) skip
// Prisma's client on PostgreSQL: its raw query path (parameters and rows through JSON, a
// call-site Error, type mapping) doubled the read's CPU against the same named statement through
// node-postgres. Keyed by the client, so the engine keeps taking just a Db; each read has a test
// that keeps its rows equal to Prisma's own query.
const directReads = new WeakMap<Db, DirectRead>();

// Each row travels as one JSON value: node-postgres reads a row a column at a time (a description,
// a parser and a value each), which for the 41-column group context cost twice the client CPU
// of one JSON.parse, at the same server CPU. A subquery scan keeps the statement's ORDER BY.
const asJson = (sql: string) => `SELECT to_json(x) AS "row" FROM (${sql}) x`;

type JsonRows = { row: Record<string, unknown> }[];

// Prisma writes DateTime columns as UTC into `timestamp(3)`, which to_json gives without a zone.
function revive<T>(rows: JsonRows, dates: readonly string[]): T[] {
  return rows.map(({ row }) => {
    for (const column of dates) {
      const value = row[column];
      if (typeof value === "string") row[column] = new Date(`${value}Z`);
    }
    return row as T;
  });
}

/** The direct reader of this client's database, or Prisma's raw query where there is none (PGlite). */
export function directRead(db: Db): DirectRead {
  return (
    directReads.get(db) ??
    (async <T>(sql: string, params: readonly unknown[], dates: readonly string[] = []) =>
      revive<T>(await db.$queryRawUnsafe<JsonRows>(asJson(sql), ...params), dates))
  );
}

export interface Database {
  prisma: Db;
  kind: "pglite" | "postgres";
  /** Whether the database answers now (the health check). Never throws. */
  ping(): Promise<boolean>;
  /** A raw connection for the migrator and for tests; release it when done. */
  session(): Promise<SqlSession>;
  close(): Promise<void>;
}

export type DatabaseOptions = (
  | { url: string; poolSize?: number }
  | { dataDir: string }
  /** An already open PGlite (tests boot one from a migrated snapshot). */
  | { pglite: PGlite }
) & {
  /** Called with every SQL statement sent: benchmarks and tests count round trips with it. */
  onQuery?: (sql: string) => void;
};

function prismaClient(adapter: PrismaPg | PrismaPGlite, onQuery?: (sql: string) => void): Db {
  if (!onQuery) return new PrismaClient({ adapter });
  const client = new PrismaClient({ adapter, log: [{ emit: "event" as const, level: "query" as const }] });
  client.$on("query", (event) => onQuery(event.query));
  // The event-logging client's type differs only in its $on overloads, which the app never uses.
  return client as unknown as Db;
}

function ping(prisma: Db): Promise<boolean> {
  return prisma.$queryRaw`SELECT 1`.then(
    () => true,
    () => false,
  );
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if ("url" in options) {
    const pool = new pg.Pool({ connectionString: options.url, max: options.poolSize ?? 10 });
    // A dropped connection must not take the process down; the pool replaces it.
    pool.on("error", () => {});
    const names = statementNames();
    const prisma = prismaClient(new PrismaPg(pool, { statementNameGenerator: names }), options.onQuery);
    const onQuery = options.onQuery;
    directReads.set(
      prisma,
      async <T>(sql: string, params: readonly unknown[], dates: readonly string[] = []) => {
        const text = asJson(sql);
        onQuery?.(text);
        const result = await pool.query<JsonRows[number]>({
          name: names({ sql: text }),
          text,
          values: [...params],
        });
        return revive<T>(result.rows, dates);
      },
    );
    return {
      prisma,
      kind: "postgres",
      ping: () => ping(prisma),
      session: () => pgSession(pool),
      close: async () => {
        await prisma.$disconnect();
        await pool.end();
      },
    };
  }
  const dataDir = "dataDir" in options ? options.dataDir : undefined;
  let pglite: PGlite;
  let release = () => {};
  if ("dataDir" in options) {
    // Health data: owner-only before PGlite creates anything, and repaired if it was not.
    useOwnerOnlyUmask();
    mkdirSync(options.dataDir, { recursive: true, mode: 0o700 });
    restrictToOwner(options.dataDir);
    // PGlite is single-process: a second process on the same directory would lose writes.
    release = lockDataDir(options.dataDir);
    try {
      pglite = new PGlite(options.dataDir);
    } catch (error) {
      release();
      throw error;
    }
  } else {
    pglite = options.pglite;
  }
  try {
    await pglite.waitReady;
  } catch (error) {
    release();
    throw error;
  }
  // A fresh data directory comes out of PGlite with 0666 files.
  if (dataDir !== undefined) restrictToOwner(dataDir);
  const prisma = prismaClient(new PrismaPGlite(pglite), options.onQuery);
  return {
    prisma,
    kind: "pglite",
    ping: () => ping(prisma),
    session: async () => pgliteSession(pglite),
    close: async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
      if (dataDir !== undefined) restrictToOwner(dataDir);
      release();
    },
  };
}

/** Opens the configured database and applies pending migrations before anything reads it. */
export async function openMigratedDatabase(options: DatabaseOptions): Promise<Database> {
  const database = await openDatabase(options);
  const session = await database.session();
  try {
    await migrate(session);
  } catch (error) {
    await session.release();
    await database.close();
    throw error;
  }
  await session.release();
  return database;
}

export function databaseOptions(config: {
  DATABASE_URL?: string;
  PEERBRIDGE_DATA_DIR: string;
}): DatabaseOptions {
  return config.DATABASE_URL ? { url: config.DATABASE_URL } : { dataDir: config.PEERBRIDGE_DATA_DIR };
}
