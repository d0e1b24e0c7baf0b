import { afterAll, beforeAll } from "vitest";

/**
 * Runs a file's tests in a time zone far from UTC: stored times are UTC, and a read that took
 * them for local time passes unnoticed on a machine set to UTC.
 */
export function useFarTimeZone(zone = "Pacific/Auckland"): void {
  const before = process.env.TZ;
  beforeAll(() => {
    process.env.TZ = zone;
  });
  afterAll(() => {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  });
}
