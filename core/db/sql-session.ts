import type { PGlite } from "@electric-sql/pglite";
import type pg from "pg";

/** One connection's raw SQL, for the migrator: it must not go through Prisma (docs/architecture.md, "Storage"). */
export interface SqlSession {
  query<Row = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<Row[]>;
  /** Runs a multi-statement script; rejects on the first failing statement. */
  script(sql: string): Promise<void>;
  release(): Promise<void>;
}

export function pgliteSession(db: PGlite): SqlSession {
  return {
    query: async <Row>(sql: string, params: unknown[] = []) => (await db.query<Row>(sql, params)).rows,
    script: async (sql) => {
      await db.exec(sql);
    },
    release: async () => {},
  };
}

export async function pgSession(pool: pg.Pool): Promise<SqlSession> {
  const client = await pool.connect();
  return {
    query: async <Row>(sql: string, params: unknown[] = []) =>
      (await client.query(sql, params)).rows as Row[],
    script: async (sql) => {
      await client.query(sql);
    },
    release: async () => client.release(),
  };
}
