import { describe, expect, it } from "vitest";
import { normalizeUrl } from "../../core/features/resources/normalize-url.js";
import { search } from "../../core/features/resources/resources-service.js";
import { useFarTimeZone } from "../helpers/far-time-zone.js";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();
// The direct reads revive timestamps from JSON: they must come back as the UTC Prisma stored.
useFarTimeZone();

describe("link normalisation", () => {
  it("drops tracking, case and trailing slashes so duplicates meet", () => {
    const a = normalizeUrl("https://WWW.NHS.uk/Conditions/Diabetes/?utm_source=x&b=2&a=1&fbclid=y#top");
    const b = normalizeUrl("http://www.nhs.uk/Conditions/Diabetes?a=1&b=2");
    expect(a.ok && b.ok && a.key === b.key).toBe(true);
    expect(a.ok && a.url).toBe("https://www.nhs.uk/Conditions/Diabetes?b=2&a=1");
  });

  it("accepts only http(s) addresses of real-looking hosts", () => {
    for (const bad of [
      "ftp://x.org/a",
      "javascript:alert(1)",
      "data:text/html,hi",
      "http://localhost/",
      "not a url",
      "https://user:pw@x.org/",
    ]) {
      expect(normalizeUrl(bad).ok, bad).toBe(false);
    }
    expect(normalizeUrl(`https://x.org/${"a".repeat(2100)}`)).toEqual({ ok: false, problem: "length" });
  });
});

describe("resource library", () => {
  it("takes a suggestion through review to the library", async () => {
    const g = t.h.group();
    await g.mod.run("mod resources trusted add https://www.nhs.uk/");
    const alice = g.as("alice");
    expect(await alice.say("suggest https://www.nhs.uk/conditions/type-1-diabetes/ NHS on type 1")).toMatch(
      /Your suggestion #\d+, NHS on type 1, awaits review/,
    );
    expect(await alice.say("suggest https://example.org/cure")).toContain("awaits review");
    expect(await alice.say("resources")).toContain("The library is empty");

    const review = await g.mod.run("mod resources review");
    const text = textOf(review);
    expect(text).toContain("2 waiting in all");
    expect(text).toContain("NHS on type 1");
    expect(text).toContain("✓ Trusted source (www.nhs.uk)");
    expect(text).toContain("Suggested by alice");
    const [approve] = buttonsOf(review);
    expect(await alice.press(approve?.action ?? "").then(textOf)).toContain("Only moderators");
    const next = await g.mod.press(approve?.action ?? "");
    expect(textOf(next)).toMatch(/Approved #\d+/);
    expect(textOf(next)).toContain("⚠ Unverified source (example.org)");
    const [, reject] = buttonsOf(next);
    expect(textOf(await g.mod.press(reject?.action ?? ""))).toContain("No suggestions are waiting");
    expect(textOf(await g.mod.press(reject?.action ?? ""))).toContain("was already reviewed");

    const found = await alice.say("resources type 1");
    expect(found).toContain("NHS on type 1");
    expect(found).toContain("other source");
    expect(found).toMatch(/approved by mod · reviewed [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(await alice.say("resources cure")).toContain("No resources match “cure”");
  });

  it("refuses duplicates with a pointer, and bad links with an example", async () => {
    const g = t.h.group();
    expect(
      await g.mod.say(
        'mod resources add https://diabetes.org.uk/guide "Living with diabetes" A practical guide',
      ),
    ).toMatch(/Added Living with diabetes to the library \(#\d+\)/);
    expect(await g.as("bob").say("suggest http://DIABETES.org.uk/guide/?utm_campaign=z")).toMatch(
      /already in the library: Living with diabetes \(#\d+\)/,
    );
    expect(await g.as("bob").say("suggest ftp://x.org/file")).toContain("Only http:// and https://");
    expect(await g.as("bob").say("suggest hello")).toContain("Example: https://");
    expect(await g.mod.say("mod resources add https://x.org/a Title tags:a,b,c,d,e,f")).toContain(
      "at most 5 topic tags",
    );
  });

  it("searches by words and topics, and pages through results", async () => {
    const g = t.h.group();
    for (let i = 1; i <= 12; i++) {
      await g.mod.run(
        `mod resources add https://site${i}.org/ "Guide ${i}" About sleep tags:sleep${i % 2 ? ",fatigue" : ""} source:clinical`,
      );
    }
    const member = g.as("carol");
    const first = await member.run("resources");
    expect(textOf(first)).toContain("Resources (page 1)");
    expect(textOf(first)).toContain("clinical");
    const [next] = buttonsOf(first);
    expect(next?.label).toBe("Next ›");
    const second = await member.press(next?.action ?? "");
    expect(textOf(second)).toContain("Resources (page 2)");
    expect(buttonsOf(second).map((b) => b.label)).toEqual(["‹ Previous", "Next ›"]);
    const fatigue = await member.run("resources fatigue");
    expect(textOf(fatigue)).toContain("matching “fatigue”");
    const lastPage = await member.press(buttonsOf(fatigue)[0]?.action ?? "");
    expect(textOf(lastPage)).toContain("(page 2)");
    expect(buttonsOf(lastPage).map((b) => b.label)).toEqual(["‹ Previous"]);
    // Link buttons open the resources themselves.
    expect(
      first[0]?.blocks.some(
        (b) => b.kind === "buttons" && b.buttons.some((x) => x.url?.startsWith("https://site")),
      ),
    ).toBe(true);
  });

  it("finds rows shaped as Prisma reads them: a suggestion's missing topics are an empty list", async () => {
    const g = t.h.group();
    // A suggestion is stored without topics (NULL in the column; Prisma's own reads say []).
    await g.as("bob").run("suggest https://example.org/asthma-guide Asthma action plan");
    await g.mod.run("mod resources add https://example.org/asthma-kids Asthma in children tags:kids");
    const ctx = await t.h.engine.moderatorContext({
      place: { platform: g.platform, groupId: g.groupId, channelId: "general" },
      actor: { id: "mod", isPlatformAdmin: true },
    });
    if (!ctx) throw new Error("no moderator context");
    const suggested = await t.db.resource.findFirstOrThrow({
      where: { communityId: ctx.community.id, status: "suggested" },
    });
    await g.mod.run(`mod resources approve ${suggested.id}`);
    const found = await search(ctx, "asthma", 1);
    const stored = await t.db.resource.findMany({ where: { communityId: ctx.community.id } });
    const byId = (rows: typeof stored) => [...rows].sort((a, b) => a.id - b.id);
    expect(byId(found)).toEqual(byId(stored));
    expect(found.map((r) => r.topics).sort()).toEqual([[], ["kids"]]);
  });

  it("edits and retires resources", async () => {
    const g = t.h.group();
    const added = await g.mod.say("mod resources add https://a.org/x Old");
    const id = /#(\d+)/.exec(added)?.[1];
    expect(
      await g.mod.say(`mod resources edit ${id} title:"New title" source:government tags:diet`),
    ).toContain("updated");
    expect(await g.as("d").say("resources diet")).toContain("New title");
    expect(await g.as("d").say("resources diet")).toContain("government");
    expect(await g.mod.say(`mod resources edit ${id}`)).toContain("Say what to change");
    expect(await g.mod.say(`mod resources retire ${id}`)).toContain("retired");
    expect(await g.as("d").say("resources diet")).toContain("No resources match");
    expect(await g.mod.say("mod resources retire 999999")).toContain("There is no resource #999999");
  });

  it("manages trusted domains", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod resources trusted list")).toContain("No trusted sources yet");
    expect(await g.mod.say("mod resources trusted add nice.org.uk")).toContain(
      "nice.org.uk is now a trusted source",
    );
    expect(await g.mod.say("mod resources trusted add NICE.org.uk")).toContain("already");
    expect(await g.mod.say("mod resources trusted add nonsense")).toContain("isn't a domain name");
    expect(await g.mod.say("mod resources trusted list")).toContain("Trusted sources: nice.org.uk");
    expect(await g.mod.say("mod resources trusted remove nice.org.uk")).toContain("no longer");
    expect(await g.mod.say("mod resources trusted remove nice.org.uk")).toContain("was not");
  });
});
