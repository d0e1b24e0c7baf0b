import { describe, expect, it } from "vitest";
import { textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("mod config shows every setting", () => {
  it("names the welcome channel, trusted sources, crisis text and warning threshold", async () => {
    const g = t.h.group();
    let config = await g.mod.say("mod config");
    expect(config).toContain("Welcome channel: where the platform welcomes (not chosen)");
    expect(config).toContain("Warning threshold: none");
    expect(config).toMatch(
      /Trusted sources: \d+ from the shipped list, 0 of your own \(\/mod resources trusted list\)/,
    );
    expect(config).toContain(
      "Crisis text: the shipped directory for the country (/mod crisis show shows it)",
    );
    await g.mod.run("mod welcome channel here");
    await g.mod.run("mod resources trusted add example.org");
    await g.mod.run("mod crisis set Call 999 in an emergency");
    config = await g.mod.say("mod config");
    expect(config).not.toContain("where the platform welcomes");
    expect(config).toContain("1 of your own");
    expect(config).toContain("Crisis text: your own");
  });
});

describe("welcome text", () => {
  it("keeps the moderator's line breaks, typed or written as \\n on a one-line prompt", async () => {
    const g = t.h.group("Peers");
    await g.mod.run("mod welcome set Hi {member}!\\nSee the rules.");
    expect(textOf(await g.as("joe", { name: "Joe" }).join())).toContain("Hi Joe!\nSee the rules.");
    await g.mod.run("mod welcome set Hello {member}!\nRead the pinned post.\n\nWelcome to {community}.");
    const text = textOf(await g.as("ivy", { name: "Ivy" }).join());
    expect(text).toContain("Hello Ivy!\nRead the pinned post.\n\nWelcome to Peers.");
  });
});
