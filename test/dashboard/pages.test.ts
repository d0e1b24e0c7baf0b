// What the dashboard's pages say: every count agrees with its noun, for one thing and for several;
// times are the community's (as chat shows them), and the audit filter's days are its days too: a
// moderator in Kiritimati (UTC+14) filtering by "today" gets today's.
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

/** A page's text as a reader gets it: no tags, entities decoded, spaces collapsed. */
function readable(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("counts on the dashboard's pages", () => {
  it("agree with their nouns for one thing and for several", async () => {
    const g = d.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("agree");
    await g.mod.run("mod channel set mods");
    await g.mod.run("mod crisis alert on");
    await g.mod.run("mod tags create Patient");
    await g.mod.run("mod digest set here 09:00 UTC daily 1");
    const add = async (n: number) => {
      await g.as(`new${n}`).join();
      await g.as(`bob${n}`).run("agree");
      await g.as(`bob${n}`).run(`suggest https://example.org/guide-${n} Guide ${n}`);
      await g.as(`bob${n}`).run(`report Spam number ${n}`);
      await g.as(`bob${n}`).run("crisis");
      await g.as(`bob${n}`).run("iam patient");
    };
    const s = await d.session(await d.linkFor(g, "mod", true));
    const pages = async () => {
      const text: Record<string, string> = {};
      for (const path of ["", "/queue", "/rules", "/tags", "/digests", "/reports"]) {
        const response = await s.get(`/dashboard${path}`);
        expect(response.status, path).toBe(200);
        text[path || "/"] = readable(await response.text());
      }
      return text;
    };

    await add(1);
    const one = await pages();
    expect(one["/"]).toContain("1 member hasn't accepted the rules yet");
    expect(one["/"]).toContain("1 suggestion waiting for review");
    expect(one["/"]).toContain("1 open report");
    expect(one["/"]).toContain("1 heads-up is not handled yet.");
    expect(one["/"]).toContain("(at most 1 link)");
    expect(one["/queue"]).toContain("1 suggestion is waiting for review");
    expect(one["/rules"]).toContain("Version 1 · 1 rule");
    expect(one["/tags"]).toContain("1 member has Patient");

    await add(2);
    await g.mod.run("mod rules add No medical advice");
    await g.mod.run("mod digest set here 09:00 UTC daily 3");
    const two = await pages();
    // The new rule made version 2: new1 and new2 never accepted, mod, bob1 and bob2 accepted version 1.
    expect(two["/"]).toContain("5 members haven't accepted the rules yet");
    expect(two["/"]).toContain("2 suggestions waiting for review");
    expect(two["/"]).toContain("2 open reports");
    expect(two["/"]).toContain("2 heads-ups are not handled yet.");
    expect(two["/"]).toContain("(at most 3 links)");
    expect(two["/queue"]).toContain("2 suggestions are waiting for review");
    expect(two["/rules"]).toContain("2 rules");
    expect(two["/tags"]).toContain("2 members have Patient");
  });
});

const ZONE = "Pacific/Kiritimati";
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
    const reports = readable(await (await s.get("/dashboard/reports")).text());
    expect(reports).toContain(`Filed ${shownDay},`);
    expect(reports).toContain(`(${ZONE})`);
    expect(reports).not.toContain("UTC");

    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { action: "community.timeZone" },
    });
    const day = localDay(entry.createdAt, ZONE);
    const audit = async (from: string, to: string) =>
      readable(
        await (await s.get(`/dashboard/audit?${new URLSearchParams({ from, to }).toString()}`)).text(),
      );
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
