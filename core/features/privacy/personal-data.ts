import type { Db } from "../../db/database.js";
import type { Platform } from "../../ports.js";

/** Everything stored about one platform user, as they get it from /mydata. */
export async function personalData(db: Db, platform: Platform, userId: string, exportedAt: Date) {
  const [members, grants, auditEntries] = await Promise.all([
    db.member.findMany({
      where: { platformUserId: userId, group: { platform } },
      include: {
        group: { include: { community: { select: { name: true } } } },
        tags: { include: { tag: true } },
        warnings: true,
        reportsFiled: true,
        suggestions: true,
      },
      orderBy: { id: "asc" },
    }),
    db.moderatorGrant.findMany({
      where: { platform, platformUserId: userId },
      include: { community: { select: { name: true } } },
    }),
    db.auditEntry.count({ where: { platform, actorId: userId } }),
  ]);
  return {
    exportedAt: exportedAt.toISOString(),
    platform,
    userId,
    memberships: members.map((m) => ({
      group: m.group.platformGroupId,
      community: m.group.community.name,
      joinedAt: m.joinedAt.toISOString(),
      status: m.status,
      acceptedRulesVersion: m.acceptedRulesVersion,
      acceptedAt: m.acceptedAt?.toISOString() ?? null,
      remindedAt: m.remindedAt?.toISOString() ?? null,
      language: m.language,
      tags: m.tags.map((t) => ({
        name: t.tag.name,
        visibility: t.tag.visibility,
        since: t.assignedAt.toISOString(),
      })),
      warnings: m.warnings.map((w) => ({
        reason: w.reason,
        given: w.createdAt.toISOString(),
        expires: w.expiresAt.toISOString(),
      })),
      reportsFiled: m.reportsFiled.map((r) => ({
        reason: r.reason,
        filed: r.createdAt.toISOString(),
        status: r.status,
      })),
      suggestions: m.suggestions.map((s) => ({
        url: s.url,
        title: s.title,
        status: s.status,
        suggested: s.createdAt.toISOString(),
      })),
    })),
    moderatorOf: grants.map((g) => ({ community: g.community.name, since: g.createdAt.toISOString() })),
    moderatorActionsInAuditLog: auditEntries,
  };
}

export type PersonalData = Awaited<ReturnType<typeof personalData>>;

export function counts(data: PersonalData) {
  const sum = (pick: (m: PersonalData["memberships"][number]) => unknown[]) =>
    data.memberships.reduce((total, m) => total + pick(m).length, 0);
  return {
    memberships: data.memberships.length,
    tags: sum((m) => m.tags),
    warnings: sum((m) => m.warnings),
    reports: sum((m) => m.reportsFiled),
    suggestions: sum((m) => m.suggestions),
    grants: data.moderatorOf.length,
  };
}

/**
 * Erases one platform user everywhere in this deployment. Records others need (reports they filed,
 * links they suggested, their moderator actions) stay without their id.
 */
export async function erase(db: Db, platform: Platform, userId: string): Promise<void> {
  const onPlatform = { community: { groups: { some: { platform } } } };
  await db.$transaction([
    db.member.deleteMany({ where: { platformUserId: userId, group: { platform } } }),
    db.moderatorGrant.deleteMany({ where: { platform, platformUserId: userId } }),
    db.moderatorGrant.updateMany({ where: { platform, grantedBy: userId }, data: { grantedBy: null } }),
    db.auditEntry.updateMany({ where: { platform, actorId: userId }, data: { actorId: null } }),
    db.warning.updateMany({ where: { issuedBy: userId, ...onPlatform }, data: { issuedBy: "" } }),
    db.resource.updateMany({ where: { approvedBy: userId, ...onPlatform }, data: { approvedBy: null } }),
    db.report.updateMany({ where: { resolvedBy: userId, ...onPlatform }, data: { resolvedBy: null } }),
    db.linkCode.updateMany({ where: { createdBy: userId, ...onPlatform }, data: { createdBy: null } }),
  ]);
}
