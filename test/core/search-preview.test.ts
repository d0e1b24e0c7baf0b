import { describe, expect, it } from "vitest";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("resource search", () => {
  it("ignores case and accents, matches topics and the link's site, and ranks title first", async () => {
    const g = t.h.group();
    await g.mod.run(
      'mod resources add https://www.nhs.uk/a "Living well" summary:"About épilepsie care" tags:seizures',
    );
    await g.mod.run("mod resources add https://epilepsy.org.uk/b Épilepsie guide");
    await g.mod.run("mod resources add https://example.org/c Unrelated");
    const member = g.as("m");
    const found = await member.say("resources EPILEPSIE");
    expect(found).toContain("Épilepsie guide");
    expect(found).toContain("Living well");
    // The title match ranks above the summary match.
    expect(found.indexOf("Épilepsie guide")).toBeLessThan(found.indexOf("Living well"));
    expect(await member.say("resources seizures")).toContain("Living well");
    expect(await member.say("resources nhs.uk")).toContain("Living well");
    expect(await member.say("resources nhs.uk")).not.toContain("Unrelated");
    expect(await member.say("resources epilep")).toContain("Épilepsie guide");
  });

  it("treats % and _ as characters, never as wildcards", async () => {
    const g = t.h.group();
    await g.mod.run("mod resources add https://example.org/c Anything");
    expect(await g.as("m").say("resources %")).toBe("No resources match “%”.");
    expect(await g.as("m").say("resources _")).toBe("No resources match “_”.");
  });

  it("finds a resource by its new words after an edit", async () => {
    const g = t.h.group();
    const added = await g.mod.say("mod resources add https://a.org/x Old name");
    const id = /#(\d+)/.exec(added)?.[1];
    await g.mod.run(`mod resources edit ${id} title:"Café meetups"`);
    expect(await g.as("m").say("resources cafe")).toContain("Café meetups");
    expect(await g.as("m").say("resources old")).toContain("No resources match");
  });
});

describe("digest preview", () => {
  it("shows what the channel's digest would post, with its item count", async () => {
    const g = t.h.group();
    for (let i = 1; i <= 4; i++) await g.mod.run(`mod resources add https://a.org/${i} Resource ${i}`);
    await g.mod.run("mod digest set here 09:00 europe/london weekdays 2");
    expect(await g.mod.say("mod digest show")).toContain("Europe/London");
    const preview = await g.mod.say("mod digest preview");
    expect(preview).toContain("as it would be posted now: 2 of the 2 items it posts");
    // Each item shows as a line and a link button.
    expect(new Set(preview.match(/Resource \d/g))).toHaveProperty("size", 2);
    expect(await g.mod.say("mod digest preview count:3")).toContain("3 of the 3 items");
  });
});
