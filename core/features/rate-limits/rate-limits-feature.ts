import { defineFeature } from "../../commands/define.js";
import { purgePastWindows } from "../../rate-limit-service.js";
import { currentWindows, eraseWindows } from "./rate-limits-service.js";

/**
 * The counters of core/rate-limit-service.ts as a feature owns its rows: past windows go in the daily
 * purge, and a person's current ones are in their /mydata and go with /forgetme. The rows hold a
 * pseudonym, not a platform id, so no column is claimed.
 */
export const rateLimitsFeature = defineFeature({
  name: "rate-limits",
  purge: purgePastWindows,
  async exportData(services, person) {
    const windows = await currentWindows(services, person);
    return windows.length > 0 ? { recentActs: windows } : undefined;
  },
  erase: (tx, person) => eraseWindows(tx, person),
});
