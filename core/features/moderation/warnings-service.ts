import { changeAndAudit } from "../../audit-service.js";
import type { GroupContext } from "../../context.js";

const DAY_MS = 86_400_000;

/** A member's warnings in this community that have not expired, oldest first. */
export async function activeWarnings(ctx: GroupContext, memberId: number) {
  return ctx.db.warning.findMany({
    where: { memberId, communityId: ctx.community.id, expiresAt: { gt: ctx.clock.now() } },
    orderBy: { id: "asc" },
  });
}

/** The active warnings of this group's members, newest first, and how many there are in all. */
export async function groupWarnings(ctx: GroupContext, take: number) {
  const where = {
    communityId: ctx.community.id,
    expiresAt: { gt: ctx.clock.now() },
    member: { groupId: ctx.group.id },
  };
  const [count, warnings] = await ctx.db.$transaction([
    ctx.db.warning.count({ where }),
    ctx.db.warning.findMany({
      where,
      include: { member: { select: { platformUserId: true } } },
      orderBy: { id: "desc" },
      take,
    }),
  ]);
  return { count, warnings };
}

/** Warns a member until the community's expiry, with its audit entry; returns the warning's id. */
export async function giveWarning(ctx: GroupContext, memberId: number, reason: string) {
  const now = ctx.clock.now();
  const [id] = await changeAndAudit(
    ctx,
    {
      sql: `INSERT INTO "Warning" ("communityId", "memberId", "reason", "issuedBy", "issuedByPlatform",
              "createdAt", "expiresAt")
            VALUES ($1, $2, $3, $4, $7::"Platform", $5, $6) RETURNING "id"`,
      params: [
        ctx.community.id,
        memberId,
        reason,
        ctx.actor.id,
        now,
        new Date(now.getTime() + ctx.community.warningExpiryDays * DAY_MS),
        ctx.platform,
      ],
    },
    "warnings.add",
    `warning {id} member ${memberId}`,
  );
  return id;
}

/** Takes back one of a member's warnings, with its audit entry; false when there is no such warning. */
export async function removeWarning(ctx: GroupContext, memberId: number, id: number): Promise<boolean> {
  const removed = await changeAndAudit(
    ctx,
    {
      sql: `DELETE FROM "Warning" WHERE "id" = $1 AND "memberId" = $2 AND "communityId" = $3 RETURNING "id"`,
      params: [id, memberId, ctx.community.id],
    },
    "warnings.remove",
    `warning ${id}`,
  );
  return removed.length > 0;
}
