import type { GroupContext } from "./context.js";

/** One data-changing SQL statement ending in RETURNING, with its parameters ($1, $2, …). */
export interface Change {
  sql: string;
  params: unknown[];
}

/**
 * Runs a moderator's change and appends its audit entry in the same statement, only when rows
 * changed: both are stored or neither, in one round trip (an interactive transaction takes three
 * more). Returns how many rows changed.
 */
export async function changeAndAudit(
  ctx: GroupContext,
  change: Change,
  action: string,
  detail: string,
): Promise<number> {
  const n = change.params.length;
  const [result] = await ctx.db.$queryRawUnsafe<{ changed: number }[]>(
    `WITH changed AS (${change.sql}),
     logged AS (
       INSERT INTO "AuditEntry" ("communityId", "platform", "actorId", "action", "detail")
       SELECT $${n + 1}, $${n + 2}::"Platform", $${n + 3}, $${n + 4}, $${n + 5}
       WHERE EXISTS (SELECT 1 FROM changed))
     SELECT count(*)::int AS "changed" FROM changed`,
    ...change.params,
    ctx.community.id,
    ctx.platform,
    ctx.actor.id,
    action,
    detail,
  );
  return result?.changed ?? 0;
}
