// The dashboard's language setting, the overview's next digests, and what operators see when the
// platform cannot re-check an admin.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import type { Database } from "../../core/db/database.js";
import { createLogger, hashId } from "../../core/log.js";
import { createTestDatabase } from "../helpers/test-database.js";
import { dashboardHarness } from "./dashboard-app.js";

let database: Database;
// Friday 27 March 2026, 12:00 UTC: Paris moves to summer time on Sunday the 29th.
const clock = manualClock(new Date("2026-03-27T12:00:00Z"));
let d: ReturnType<typeof dashboardHarness>;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  d = dashboardHarness(database.prisma, { clock });
});
afterAll(async () => database.close());

async function communityOf(groupId: string) {
  const group = await database.prisma.group.findFirstOrThrow({
    where: { platformGroupId: groupId },
    include: { community: true },
  });
  return group.community;
}

/** A page's text as a reader gets it: no tags, entities decoded, spaces collapsed. */
function readable(html: string): string {
  return html
    .replace(/<[^>]+>/g, " ")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&amp;/g, "&")
    .replace(/\s+/g, " ");
}

describe("the community's language on the settings page", () => {
  it("is changed through the same service and audit entry as /mod language, and shows in chat", async () => {
    const g = d.h.group();
    const s = await d.session(await d.linkFor(g, "mod", true));
    const page = await (await s.get("/dashboard/settings")).text();
    expect(page).toMatch(/<option value="auto" selected="">Automatic: each platform/);
    expect(page).toContain('<option value="es" lang="es">español</option>');
    expect(page).toContain('<html lang="en">');

    // Bad input is refused kindly and changes nothing.
    const community = await communityOf(g.groupId);
    const auditBefore = await database.prisma.auditEntry.count({ where: { communityId: community.id } });
    const bad: Record<string, string>[] = [{ language: "de" }, { language: "" }, {}, { language: "ES" }];
    for (const fields of bad) {
      const response = await s.post("/dashboard/settings/language", fields);
      expect(response.status, JSON.stringify(fields)).toBe(400);
      const text = readable(await response.text());
      // In the dashboard, with its navigation and a way back: the moderator is still signed in.
      expect(text).toContain("That form wasn't filled in right");
      expect(text).toContain("Nothing was changed.");
      expect(text).toContain("Back to the form");
      expect(text).toContain("Review queue");
    }
    const noToken = await s.post("/dashboard/settings/language", { language: "es" }, { csrf: null });
    expect(noToken.status).toBe(403);
    expect(await noToken.text()).toContain("so nothing was changed");
    expect((await communityOf(g.groupId)).language).toBeNull();
    expect(await database.prisma.auditEntry.count({ where: { communityId: community.id } })).toBe(
      auditBefore,
    );

    const saved = await s.post("/dashboard/settings/language", { language: "es" });
    expect(saved.status).toBe(303);
    expect(saved.headers.get("location")).toBe("/dashboard/settings?done=settingsSaved");
    expect((await communityOf(g.groupId)).language).toBe("es");
    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { communityId: community.id },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({ action: "community.language", detail: "es", actorId: "mod" });
    // The moderator has no language of their own: the dashboard now speaks the community's.
    const after = await (await s.get("/dashboard/settings?done=settingsSaved")).text();
    expect(after).toContain('<html lang="es">');
    expect(readable(after)).toContain("Ajustes guardados.");
    expect(after).toContain('<option value="es" lang="es" selected="">español</option>');
    expect(await g.mod.say("mod config")).toContain("Idioma: es");
    expect(await g.mod.say("mod audit")).toContain("community.language");

    // Saving what is already set records nothing.
    expect((await s.post("/dashboard/settings/language", { language: "es" })).status).toBe(303);
    expect(await database.prisma.auditEntry.count({ where: { action: "community.language" } })).toBe(1);

    // A change made in chat shows in the dashboard, and back to automatic from the dashboard.
    await g.mod.run("mod language fr");
    expect(await (await s.get("/dashboard/settings")).text()).toContain(
      '<option value="fr" lang="fr" selected="">français</option>',
    );
    expect((await s.post("/dashboard/settings/language", { language: "auto" })).status).toBe(303);
    expect((await communityOf(g.groupId)).language).toBeNull();
    expect(await g.mod.say("mod config")).toContain("Language: auto");
  });

  it("is refused to someone who stopped being a moderator, nothing changed", async () => {
    const g = d.h.group();
    await g.as("helper").run("agree");
    await g.mod.run("mod moderators add helper");
    const s = await d.session(await d.linkFor(g, "helper", false));
    expect((await s.get("/dashboard/settings")).status).toBe(200);
    await g.mod.run("mod moderators remove helper");
    const refused = await s.post("/dashboard/settings/language", { language: "fr" });
    expect(refused.status).toBe(401);
    expect((await communityOf(g.groupId)).language).toBeNull();
  });
});

describe("next digests on the overview", () => {
  it("shows each enabled schedule's next run in the community's time zone, as the scheduler will post it", async () => {
    const g = d.h.group("Long covid circle");
    await g.mod.run("mod resources add https://example.org/pacing Pacing guide");
    await g.mod.run("mod timezone Europe/Paris");
    // Past for today (09:00 Paris is 08:00 UTC), and not at weekends: Monday, in summer time.
    await g.mod.run("mod digest set here 09:00 Europe/Paris weekdays 1");
    // Later today in New York: 18:30 EDT is 22:30 UTC, 23:30 in Paris.
    await g.mod.run("mod digest set evening 18:30 America/New_York daily 1");
    await g.mod.run("mod digest set stopped 13:00 UTC daily 1");
    await g.mod.run("mod digest off stopped");
    const s = await d.session(await d.linkFor(g, "mod", true));

    const html = await (await s.get("/dashboard")).text();
    const text = readable(html);
    const monday = "Next: Monday, March 30, 2026, 9:00 AM (Europe/Paris)";
    const tonight = "Next: Friday, March 27, 2026, 11:30 PM (Europe/Paris)";
    expect(text).toContain(monday);
    expect(text).toContain(tonight);
    expect(text.indexOf(tonight)).toBeLessThan(text.indexOf(monday));
    expect(html).toContain('<time datetime="2026-03-30T07:00:00.000Z">');
    expect(html).toContain('<time datetime="2026-03-27T22:30:00.000Z">');
    expect(text).not.toContain("stopped");

    // In the reader's language: a moderator who chose Spanish.
    await g.mod.run("language es");
    expect(readable(await (await s.get("/dashboard")).text())).toContain(
      "Próximo: lunes, 30 de marzo de 2026, 9:00 (Europe/Paris)",
    );

    // The scheduler agrees: nothing a minute before the shown time, the digest at it.
    const posts = () => d.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId).length;
    const before = posts();
    clock.set(new Date("2026-03-27T22:29:00Z"));
    await d.h.engine.tick();
    expect(posts()).toBe(before);
    clock.set(new Date("2026-03-27T22:30:00Z"));
    await d.h.engine.tick();
    expect(posts()).toBe(before + 1);
    // Then the next one shown is tomorrow evening's.
    const next = await d.session(await d.linkFor(g, "mod", true));
    expect(await (await next.get("/dashboard")).text()).toContain(
      '<time datetime="2026-03-28T22:30:00.000Z">',
    );
  });
});

describe("the live admin re-check", () => {
  it("refuses while the platform cannot answer, and logs a warning without clear ids", async () => {
    const lines: string[] = [];
    const log = createLogger({ level: "warn", destination: { write: (line: string) => lines.push(line) } });
    const w = dashboardHarness(database.prisma, { clock, log });
    const g = w.h.group();
    const s = await w.session(await w.linkFor(g, "mod", true));
    w.h.port.isPlatformAdmin = async () => true;
    expect((await s.get("/dashboard")).status).toBe(200);
    expect(lines).toEqual([]);

    w.h.port.isPlatformAdmin = async () => {
      throw new Error("connect ECONNREFUSED 198.51.100.7:443");
    };
    const refused = await s.get("/dashboard/settings");
    expect(refused.status).toBe(401);
    expect(lines).toHaveLength(1);
    const entry = JSON.parse(lines[0] ?? "{}");
    expect(entry).toMatchObject({
      level: 40,
      platform: "console",
      group: hashId(g.groupId),
      user: hashId("mod"),
    });
    expect(entry.msg).toContain("could not re-check a platform admin");
    expect(lines[0]).not.toContain(g.groupId);
    expect(lines[0]).not.toMatch(/"mod"/);
  });
});
