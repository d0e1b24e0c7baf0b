import type { Services } from "../../context.js";
import { purgeSendSlots } from "../../send-pacing.js";

/**
 * The daily clean-up: reports, warnings and audit entries older than each community's retention
 * period go, as do used or expired link codes, old digest runs and send slots long past. Idempotent, so any process
 * may run it.
 */
export async function purgeExpired(services: Services): Promise<number> {
  const { db } = services;
  const now = services.clock.now();
  const byRetention = (table: "Report" | "Warning" | "AuditEntry") =>
    db.$executeRawUnsafe(
      `DELETE FROM "${table}" t USING "Community" c
        WHERE t."communityId" = c.id AND t."createdAt" < $1::timestamptz - make_interval(days => c."retentionDays")`,
      now.toISOString(),
    );
  const counts = await Promise.all([
    byRetention("Report"),
    byRetention("Warning"),
    byRetention("AuditEntry"),
    db.linkCode
      .deleteMany({ where: { OR: [{ usedAt: { not: null } }, { expiresAt: { lt: now } }] } })
      .then((r) => r.count),
    db.digestRun
      .deleteMany({ where: { claimedAt: { lt: new Date(now.getTime() - 35 * 86_400_000) } } })
      .then((r) => r.count),
    purgeSendSlots(db, now),
  ]);
  return counts.reduce((a, b) => a + b, 0);
}
