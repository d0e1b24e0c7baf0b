import type { GroupContext, Services } from "../../context.js";
import type { Db } from "../../db/database.js";
import type { Prisma } from "../../db/generated/client.js";
import type { Platform } from "../../ports.js";

/** A member gets at most one "someone is worried about you" message a day from one community. */
export const COOLDOWN_MS = 86_400_000;

export async function optedOut(db: Db, platform: Platform, userId: string): Promise<boolean> {
  return (await db.worriedOptOut.count({ where: { platform, platformUserId: userId } })) > 0;
}

export async function setOptOut(db: Db, platform: Platform, userId: string, out: boolean): Promise<void> {
  const key = { platform_platformUserId: { platform, platformUserId: userId } };
  if (out)
    await db.worriedOptOut.upsert({ where: key, create: { platform, platformUserId: userId }, update: {} });
  else await db.worriedOptOut.deleteMany({ where: { platform, platformUserId: userId } });
}

/** Whether the group knows the member (has their member row). */
export async function isMemberOf(group: GroupContext, userId: string): Promise<boolean> {
  return (await group.db.member.count({ where: { groupId: group.group.id, platformUserId: userId } })) > 0;
}

/**
 * Claims the day's message to one member: true when none went out within the cooldown. One
 * statement, so two members worried at once send one message. Who asked is never stored.
 */
export async function claimCooldown(ctx: GroupContext, userId: string): Promise<boolean> {
  const now = ctx.clock.now();
  const rows = await ctx.db.$queryRawUnsafe<unknown[]>(
    `INSERT INTO "WorriedNote" ("communityId", "platform", "platformUserId", "sentAt")
     VALUES ($1, $2::"Platform", $3, $4)
     ON CONFLICT ("communityId", "platform", "platformUserId") DO UPDATE SET "sentAt" = EXCLUDED."sentAt"
       WHERE "WorriedNote"."sentAt" < $5
     RETURNING 1`,
    ctx.community.id,
    ctx.platform,
    userId,
    now,
    new Date(now.getTime() - COOLDOWN_MS),
  );
  return rows.length > 0;
}

/** Cooldowns that passed say nothing any more. */
export async function purgeCooldowns(services: Services): Promise<number> {
  const cutoff = new Date(services.clock.now().getTime() - COOLDOWN_MS);
  return (await services.db.worriedNote.deleteMany({ where: { sentAt: { lt: cutoff } } })).count;
}

export async function exportWorried(db: Db, platform: Platform, userId: string) {
  const [out, notes] = await Promise.all([
    optedOut(db, platform, userId),
    db.worriedNote.findMany({ where: { platform, platformUserId: userId }, orderBy: { sentAt: "asc" } }),
  ]);
  return {
    worriedMessagesTurnedOff: out,
    worriedMessagesReceived: notes.map((n) => ({ sent: n.sentAt.toISOString() })),
  };
}

export async function eraseWorried(tx: Prisma.TransactionClient, platform: Platform, userId: string) {
  await tx.worriedOptOut.deleteMany({ where: { platform, platformUserId: userId } });
  await tx.worriedNote.deleteMany({ where: { platform, platformUserId: userId } });
}
