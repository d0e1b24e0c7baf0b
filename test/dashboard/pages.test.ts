// What the dashboard's pages say: every count agrees with its noun, for one thing and for several.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../core/db/database.js";
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
