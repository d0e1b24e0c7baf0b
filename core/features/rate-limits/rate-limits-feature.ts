import { defineFeature } from "../../commands/define.js";
import { limitSubject, purgePastWindows } from "../../rate-limit.js";

/**
 * The counters of core/rate-limit.ts as a feature owns its rows: past windows go in the daily
 * purge, and a person's current ones are in their /mydata and go with /forgetme. The rows hold a
 * pseudonym, not a platform id, so no column is claimed.
 */
export const rateLimitsFeature = defineFeature({
  name: "rate-limits",
  purge: purgePastWindows,
  async exportData(services, person) {
    const windows = await services.db.rateLimitWindow.findMany({
      where: { subject: limitSubject(person) },
      select: { kind: true, windowStart: true, count: true },
      orderBy: [{ kind: "asc" }, { windowStart: "asc" }],
    });
    return windows.length > 0 ? { recentActs: windows } : undefined;
  },
  async erase(tx, person) {
    await tx.rateLimitWindow.deleteMany({ where: { subject: limitSubject(person) } });
  },
});
