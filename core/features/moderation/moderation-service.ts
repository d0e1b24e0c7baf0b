import type { Person } from "../../commands/define.js";
import type { GroupContext, Services } from "../../context.js";
import type { Prisma } from "../../db/generated/client.js";

const iso = (date: Date | null) => date?.toISOString() ?? null;

/** Reports, warnings and audit entries older than each community's retention period. */
export async function purgeByRetention(services: Services): Promise<number> {
  const now = services.clock.now().toISOString();
  const byRetention = (table: "Report" | "Warning" | "AuditEntry") =>
    services.db.$executeRawUnsafe(
      `DELETE FROM "${table}" t USING "Community" c
        WHERE t."communityId" = c.id AND t."createdAt" < $1::timestamptz - make_interval(days => c."retentionDays")`,
      now,
    );
  const counts = await Promise.all([
    byRetention("Report"),
    byRetention("Warning"),
    byRetention("AuditEntry"),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}

/** What moderation stores about a person: as a member, and as a moderator. */
export async function exportModeration(services: Services, person: Person) {
  const { db } = services;
  const { platform, userId } = person;
  const asMember = { member: { platformUserId: userId, group: { platform } } };
  const [warnings, reports, issued, resolved, grants, given, actions] = await Promise.all([
    db.warning.findMany({ where: asMember, orderBy: { id: "asc" } }),
    db.report.findMany({ where: { reporter: asMember.member }, orderBy: { id: "asc" } }),
    db.warning.findMany({ where: { issuedBy: userId, issuedByPlatform: platform }, orderBy: { id: "asc" } }),
    db.report.findMany({
      where: { resolvedBy: userId, resolvedByPlatform: platform },
      orderBy: { id: "asc" },
    }),
    db.moderatorGrant.findMany({
      where: { platform, platformUserId: userId },
      include: { community: { select: { name: true } } },
    }),
    db.moderatorGrant.findMany({ where: { platform, grantedBy: userId } }),
    db.auditEntry.findMany({ where: { platform, actorId: userId }, orderBy: { id: "asc" } }),
  ]);
  return {
    warnings: warnings.map((w) => ({ reason: w.reason, given: iso(w.createdAt), expires: iso(w.expiresAt) })),
    reports: reports.map((r) => ({
      reason: r.reason,
      filed: iso(r.createdAt),
      status: r.status,
      heldForReview: r.held,
    })),
    warningsIssued: issued.map((w) => ({ id: w.id, given: iso(w.createdAt) })),
    reportsClosed: resolved.map((r) => ({ id: r.id, status: r.status, closed: iso(r.resolvedAt) })),
    grants: grants.map((g) => ({ community: g.community.name, since: iso(g.createdAt) })),
    grantsGiven: given.map((g) => ({ since: iso(g.createdAt) })),
    moderatorActions: actions.map((a) => ({ action: a.action, detail: a.detail, at: iso(a.createdAt) })),
  };
}

/**
 * Forgets a person's part in moderation. Their moderator role goes; the records others need stay
 * without their id, and their audit entries keep a stable pseudonym per community ("former
 * moderator 3"), so the community still sees that one person did these things.
 */
export async function eraseModeration(tx: Prisma.TransactionClient, person: Person): Promise<void> {
  const { platform, userId } = person;
  await tx.moderatorGrant.deleteMany({ where: { platform, platformUserId: userId } });
  await tx.moderatorGrant.updateMany({ where: { platform, grantedBy: userId }, data: { grantedBy: null } });
  await tx.warning.updateMany({
    where: { issuedBy: userId, issuedByPlatform: platform },
    data: { issuedBy: "", issuedByPlatform: null },
  });
  await tx.report.updateMany({
    where: { resolvedBy: userId, resolvedByPlatform: platform },
    data: { resolvedBy: null, resolvedByPlatform: null },
  });
  await tx.$executeRawUnsafe(
    `WITH numbered AS (
       SELECT c."communityId", coalesce((SELECT max(a."formerActor") FROM "AuditEntry" a
                                         WHERE a."communityId" = c."communityId"), 0) + 1 AS n
         FROM (SELECT DISTINCT "communityId" FROM "AuditEntry"
                WHERE "platform" = $1::"Platform" AND "actorId" = $2) c)
     UPDATE "AuditEntry" e SET "actorId" = NULL, "formerActor" = numbered.n
       FROM numbered
      WHERE e."communityId" = numbered."communityId" AND e."platform" = $1::"Platform" AND e."actorId" = $2`,
    platform,
    userId,
  );
}

/** What a moderator sees about one member: their tags and the ids of their active warnings here. */
export async function memberRecord(ctx: GroupContext, memberId: number) {
  return ctx.db.member.findUniqueOrThrow({
    where: { id: memberId },
    include: {
      tags: { include: { tag: true } },
      warnings: {
        where: { communityId: ctx.community.id, expiresAt: { gt: ctx.clock.now() } },
        select: { id: true },
      },
    },
  });
}

/** Days a warning stays active. */
export const WARNING_EXPIRY_DAYS = { min: 1, max: 3650 } as const;
