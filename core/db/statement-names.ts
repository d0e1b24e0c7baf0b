import { createHash } from "node:crypto";

// PostgreSQL parses and plans an unnamed statement on every call; a named one once per
// connection. node-postgres prepares a query under its `name` the first time a connection sees
// it, and @prisma/adapter-pg passes the name its `statementNameGenerator` gives. Names are kept
// for this many distinct statements (each holds a little server memory on every pooled
// connection); any statement past them runs unnamed, as before.
const MAX_NAMED = 1000;
// Only data statements: BEGIN, COMMIT, SET and the like gain nothing from a plan.
const DATA_STATEMENT = /^\s*(?:SELECT|INSERT|UPDATE|DELETE|WITH)\b/i;

/**
 * A name per distinct SQL text (a hash, so the same statement has the same name on every
 * connection and two statements never share one), or "" (unnamed) for other statements and past MAX_NAMED.
 */
export function statementNames(max = MAX_NAMED): (query: { sql: string }) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= max || !DATA_STATEMENT.test(sql)) return "";
    const name = `pb_${createHash("sha256").update(sql).digest("base64url").slice(0, 24)}`;
    names.set(sql, name);
    return name;
  };
}
