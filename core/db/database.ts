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

/** One read statement with positional parameters, its rows as objects named by its columns. */
export type DirectRead = <T>(sql: string, params: readonly unknown[]) => Promise<T[]>;

// The hottest read (every event's group context) skips Prisma's client on PostgreSQL: its raw
// query path (parameters and rows through JSON, a call-site Error, type mapping) doubled the
// read's CPU against the same named statement through node-postgres. Keyed by the client, so
// the engine keeps taking just a Db; test/core/group-context.test.ts keeps the result equal to
// Prisma's own query.
const directReads = new WeakMap<Db, DirectRead>();

/** The direct reader of this client's database, or Prisma's raw query where there is none (PGlite). */
export function directRead(db: Db): DirectRead {
  return (
    directReads.get(db) ??
    (<T>(sql: string, params: readonly unknown[]) => db.$queryRawUnsafe<T[]>(sql, ...params))
  );
}

// Prisma writes DateTime columns as UTC into `timestamp(3)`; node-postgres would read them in the
// process's local time zone.
const TIMESTAMP = 1114;
const utcTimestamp = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const directTypes = {
  getTypeParser: ((oid: number, format?: "text" | "binary") =>
    oid === TIMESTAMP && format !== "binary"
      ? utcTimestamp
      : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
};

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
    directReads.set(prisma, async <T>(sql: string, params: readonly unknown[]) => {
      onQuery?.(sql);
      const result = await pool.query({
        name: names({ sql }),
        text: sql,
        values: [...params],
        types: directTypes,
      });
      return result.rows as T[];
    });
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
