import { describe, expect, it } from "vitest";
import { textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("bad input", () => {
  it("answers wrong arguments with a short usage line and changes nothing", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod rules add")).toBe("rule is missing.\nUsage: /mod rules add <rule>");
    expect(await g.mod.say("mod rules edit one two")).toBe(
      "number should be a whole number.\nUsage: /mod rules edit <number> <rule>",
    );
    expect(await g.mod.say("mod rules remove 0")).toContain("number should be 1 or more");
    expect(await g.mod.say("mod rules move 1")).toContain("to is missing");
    expect(await g.mod.say("mod welcome mode loud")).toContain("mode should be one of: group, private");
    expect(await g.mod.say("mod tags create X self:maybe")).toContain("self should be yes or no");
    expect(await g.as("alice").say("agree please")).toContain("There is more here than /agree takes");
    expect(await g.mod.say("rules")).toContain("no rules yet");
  });

  it("answers an unknown command kindly", async () => {
    const g = t.h.group();
    expect(await g.as("alice").say("frobnicate now")).toBe(
      "I don't know the command /frobnicate. /help lists the commands you can use.",
    );
  });

  it("stores markup and mentions as plain text", async () => {
    const g = t.h.group();
    const hostile = "@everyone <b>bold</b> *star* <@123> [x](javascript:alert(1)) <!channel>";
    await g.mod.run(`mod rules add ${hostile}`);
    const views = await g.as("alice").run("rules");
    const rule = views[0]?.blocks[1];
    expect(rule?.kind === "list" && rule.items[0]).toEqual([{ text: hostile }]);
    const community = await t.db.ruleSet.findFirstOrThrow({
      where: { community: { groups: { some: { platformGroupId: g.groupId } } } },
    });
    expect(community.rules).toEqual([hostile]);
  });

  it("survives huge, empty and odd input", async () => {
    const g = t.h.group();
    const odd = [
      "",
      "   ",
      "\u0000",
      "mod",
      "/".repeat(10),
      "x".repeat(100_000),
      '"unclosed',
      "\u202e\u200b",
      "\ud800",
    ];
    for (const text of odd) {
      const views = await g.as("alice").run(text);
      expect(views.length).toBeGreaterThan(0);
    }
    expect(await g.mod.say(`mod rules add ${"y".repeat(1000)}`)).toContain("at most 500 characters");
    // Past the engine's cap nothing is parsed at all, and nothing is changed.
    expect(await g.mod.say(`mod rules add ${"y ".repeat(50_000)}`)).toBe(
      "That is too long for me to read: at most 4,000 characters. Nothing was changed.",
    );
    expect(await g.mod.say("rules")).toContain("no rules yet");
    expect(await g.mod.say("mod tags create \u202e\u200b")).toContain("need a letter or digit");
  });

  it("never reaches another community's data", async () => {
    const a = t.h.group();
    const b = t.h.group();
    await a.mod.run("mod rules add Rule of A");
    await a.mod.run("mod tags create Secret self:no visibility:private");
    await a.as("alice").run("agree");
    await b.mod.run("mod rules add Rule of B");
    expect(await b.mod.say("rules")).not.toContain("Rule of A");
    expect(await b.mod.say("mod tags give alice secret")).toContain("I don't know alice in this group");
    expect(await b.mod.say("mod tags delete secret")).toContain("There is no tag called secret");
    // A button acts on the group it is pressed in, whatever group it was minted in.
    expect(textOf(await b.mod.press("rules.clear:1"))).toContain("All rules removed");
    expect(await a.mod.say("rules")).toContain("Rule of A");
    expect(await a.as("alice").say("mytags")).toContain("You have no tags");
  });
});
