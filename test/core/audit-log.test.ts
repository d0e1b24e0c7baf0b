import { describe, expect, it } from "vitest";
import type { Inline } from "../../core/ports.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("the audit log reads as sentences", () => {
  it("says who did what to whom, with mentions that never notify", async () => {
    const g = t.h.group();
    await g.as("alice").run("agree");
    await g.mod.run("mod tags create Nurse self:no");
    await g.mod.run("mod tags give alice Nurse");
    await g.mod.run("mod warn alice Please be kind");
    const views = await g.mod.run("mod audit");
    const text = await g.mod.say("mod audit");
    expect(text).toMatch(/· mod gave alice the tag Nurse/);
    expect(text).toMatch(/· mod warned alice \(warning #\d+\)/);
    expect(text).toMatch(/· mod created the tag Nurse/);
    // The reader's date format, in the community's time zone (UTC unless set), named.
    expect(text).toMatch(/\w{3} \d{1,2}, \d{4},? \d{1,2}:\d{2}\s?[AP]M UTC/);
    expect(text).not.toMatch(/tag \d+ member \d+/);
    const spans = views.flatMap((v) => v.blocks.flatMap((b) => (b.kind === "list" ? b.items.flat() : [])));
    const mentions = spans.filter((s: Inline) => s.user).map((s) => s.user);
    expect(mentions).toContain("alice");
    expect(mentions).toContain("mod");
    expect(views[0]?.personal).toBe(true);
  });

  it("filters by member and kind and pages", async () => {
    const g = t.h.group();
    await g.as("bob").run("agree");
    await g.as("carol").run("agree");
    await g.mod.run("mod tags create Helper self:no");
    for (let i = 0; i < 11; i++) await g.mod.run(`mod rules add Rule ${i}`);
    await g.mod.run("mod tags give bob Helper");
    await g.mod.run("mod tags give carol Helper");
    const bob = await g.mod.say("mod audit member:bob");
    expect(bob).toContain("gave bob the tag Helper");
    expect(bob).not.toContain("carol");
    const rules = await g.mod.say("mod audit kind:rules");
    expect(rules).toContain("More: /mod audit 2");
    expect(rules).not.toContain("Helper");
    expect(await g.mod.say("mod audit 2 kind:rules")).toContain("added a rule");
    expect(await g.mod.say("mod audit kind:crisis")).toBe("No audit entries match.");
    expect(await g.as("bob").say("mod audit")).toContain("Only moderators");
  });
});
