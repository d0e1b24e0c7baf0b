import type { Services } from "../../context.js";

/**
 * The daily clean-up: reports, warnings, audit entries and undecided join answers older than each community's retention
 * period go, as do used or expired link codes and old digest runs. Idempotent, so any process
 * may run it.
 */
export async function purgeExpired(services: Services): Promise<number> {
  const { db } = services;
  const now = services.clock.now();
  const byRetention = (table: "Report" | "Warning" | "AuditEntry" | "Applicant") =>
    db.$executeRawUnsafe(
      `DELETE FROM "${table}" t USING "Community" c
        WHERE t."communityId" = c.id AND t."createdAt" < $1::timestamptz - make_interval(days => c."retentionDays")`,
      now.toISOString(),
    );
  const counts = await Promise.all([
    byRetention("Report"),
    byRetention("Warning"),
    byRetention("AuditEntry"),
    // A newcomer nobody decided about: their answers go after the retention period too.
    byRetention("Applicant"),
    db.linkCode
      .deleteMany({ where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: now } }] } })
      .then((r) => r.count),
    db.digestRun
      .deleteMany({ where: { claimedAt: { lt: new Date(now.getTime() - 35 * 86_400_000) } } })
      .then((r) => r.count),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
