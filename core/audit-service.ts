import type { GroupContext } from "./context.js";

/**
 * One data-changing SQL statement with its parameters ($1, $2, …), ending in `RETURNING` a column
 * named "id" (`RETURNING 1 AS "id"` for a table without one).
 */
export interface Change {
  sql: string;
  params: unknown[];
  /**
   * Common table expressions run before `sql` in the same statement (`name AS (…), …`), for a
   * change that writes two tables at once; `sql` then reads from them.
   */
  with?: string;
}

/**
 * Runs a moderator's change and appends its audit entry in the same statement, only when rows
 * changed: both are stored or neither, in one round trip (an interactive transaction takes three
 * more). `{id}` in the detail becomes the changed row's id. Returns the changed rows' ids.
 */
export async function changeAndAudit(
  ctx: GroupContext,
  change: Change,
  action: string,
  detail: string,
): Promise<number[]> {
  const n = change.params.length;
  const [result] = await ctx.db.$queryRawUnsafe<{ ids: number[] }[]>(
    `WITH ${change.with ? `${change.with},` : ""} changed AS (${change.sql}),
     logged AS (
       INSERT INTO "AuditEntry" ("communityId", "platform", "actorId", "action", "detail")
       SELECT $${n + 1}, $${n + 2}::"Platform", $${n + 3}, $${n + 4},
              replace($${n + 5}, '{id}', (SELECT min("id")::text FROM changed))
       WHERE EXISTS (SELECT 1 FROM changed))
     SELECT coalesce(array_agg("id"::int), '{}') AS "ids" FROM changed`,
    ...change.params,
    ctx.community.id,
    ctx.platform,
    ctx.actor.id,
    action,
    detail,
  );
  return result?.ids ?? [];
}
