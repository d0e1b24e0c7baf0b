// The dashboard shows times in the community's time zone (as chat does), and reads the audit
// filter's days there too: a moderator in Kiritimati (UTC+14) filtering by "today" gets today's.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
import { startOfLocalDay } from "../../core/features/digests/zoned-time.js";
import { createTestDatabase } from "../helpers/test-database.js";
import { dashboardHarness } from "./dashboard-app.js";

let database: Database;
let d: ReturnType<typeof dashboardHarness>;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  d = dashboardHarness(database.prisma);
});
afterAll(async () => database.close());

const ZONE = "Pacific/Kiritimati";
const text = async (response: Response) =>
  (await response.text()).replace(/<[^>]+>/g, " ").replace(/\s+/g, " ");
const localDay = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone }).format(at);
const dayAfter = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

describe("the dashboard in the community's time zone", () => {
  it("dates reports and audit entries there, and filters the audit by its days", async () => {
    const g = d.h.group();
    await g.mod.run(`mod timezone ${ZONE}`);
    await g.as("bob").run("report Spam in the group");
    const s = await d.session(await d.linkFor(g, "mod", true));

    const report = await database.prisma.report.findFirstOrThrow({ orderBy: { id: "desc" } });
    const shownDay = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: ZONE }).format(
      report.createdAt,
    );
    const reports = await text(await s.get("/dashboard/reports"));
    expect(reports).toContain(`Filed ${shownDay},`);
    expect(reports).toContain(`(${ZONE})`);
    expect(reports).not.toContain("UTC");

    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { action: "community.timeZone" },
    });
    const day = localDay(entry.createdAt, ZONE);
    const audit = async (from: string, to: string) =>
      text(await s.get(`/dashboard/audit?${new URLSearchParams({ from, to }).toString()}`));
    const today = await audit(day, day);
    expect(today).toContain(`When (${ZONE})`);
    expect(today).toContain("community.timeZone");
    expect(await audit(dayAfter(day), dayAfter(day))).not.toContain("community.timeZone");
  });
});

describe("startOfLocalDay", () => {
  it.each([
    ["UTC", "2026-12-02", "2026-12-02T00:00:00.000Z"],
    ["Pacific/Kiritimati", "2026-12-02", "2026-12-01T10:00:00.000Z"],
    // Paris moves to summer time at 02:00 on 29 March: that day starts at +1, the next at +2.
    ["Europe/Paris", "2026-03-29", "2026-03-28T23:00:00.000Z"],
    ["Europe/Paris", "2026-03-30", "2026-03-29T22:00:00.000Z"],
    // Santiago skips its midnight on 6 September (00:00 becomes 01:00): the day starts at 01:00.
    ["America/Santiago", "2026-09-06", "2026-09-06T04:00:00.000Z"],
    ["America/Santiago", "2026-09-07", "2026-09-07T03:00:00.000Z"],
  ])("%s %s starts at %s", (zone, day, instant) => {
    expect(startOfLocalDay(day, zone).toISOString()).toBe(instant);
  });
});
