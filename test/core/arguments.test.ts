import { describe, expect, it } from "vitest";
import { arg, named, optional } from "../../core/commands/params.js";
import { splitArgs, tokenize } from "../../core/commands/parse.js";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("arguments are never guessed", () => {
  it("refuses a misspelled option with the usage line and a suggestion, and changes nothing", async () => {
    const g = t.h.group();
    const reply = await g.mod.say("mod tags create Caregiver emoij:🤝");
    expect(reply).toContain("emoij: is not an option of this command. Did you mean emoji:?");
    expect(reply).toContain("Usage: /mod tags create <name> [description:…] [emoji:…]");
    expect(await g.mod.say("tags")).toContain("There are no tags yet");
    expect(await g.mod.say("mod tags create Caregiver colour:red")).toContain(
      "colour: is not an option of this command.",
    );
  });

  it("refuses an option given twice", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod tags create Carer emoji:🤝 emoji:🙂")).toContain(
      "emoji is given twice; say it once.",
    );
    expect(await g.mod.say("mod rules move 1 to:2 to:3")).toContain("to is given twice");
  });

  it("reads unquoted multi-word names and says how it read each part", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod tags create Hypo crew")).toBe(
      "Created tag Hypo crew — no description, public, members pick it.",
    );
    expect(await g.as("alice").say("iam hypo crew")).toBe("You now have the tag Hypo crew.");
    // In an edit, plain text is the description, as the usage line shows.
    expect(await g.mod.say('mod tags edit "Hypo crew" For people who use insulin')).toBe(
      "Updated tag Hypo crew — now description “For people who use insulin”, public, members pick it.",
    );
    expect(await g.mod.say("help")).toContain("/mod tags edit <tag> [description] [name:…]");
    await g.as("bob").run("agree");
    expect(await g.mod.say("mod tags give bob Hypo crew")).toBe(
      "Hypo crew given to bob. They were told privately.",
    );
  });

  it("fills a resource's summary, not its title, from plain text in an edit", async () => {
    const g = t.h.group();
    const added = await g.mod.say("mod resources add https://a.org/x Living with diabetes");
    expect(added).toMatch(
      /Added Living with diabetes to the library \(#\d+\) — no summary, no topic tags, other source\./,
    );
    const id = /#(\d+)/.exec(added)?.[1];
    expect(await g.mod.say(`mod resources edit ${id} soruce:clinical`)).toContain("Did you mean source:?");
    expect(await g.mod.say(`mod resources edit ${id} A practical guide`)).toBe(
      `Resource #${id} updated — summary “A practical guide” — and marked reviewed.`,
    );
    const found = await g.as("d").say("resources diabetes");
    expect(found).toContain("Living with diabetes — A practical guide");
    expect(found).not.toContain("clinical");
  });

  it("refuses an unclosed quote instead of making it part of a name", async () => {
    const g = t.h.group();
    expect(await g.mod.say('mod tags create "Hypo crew')).toContain("A quote is opened and never closed");
    expect(await g.mod.say("tags")).toContain("There are no tags yet");
  });

  it("keeps colons and links in free text", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Note:be kind, see https://example.org");
    expect(await g.as("a").say("rules")).toContain("Note:be kind, see https://example.org");
  });

  it("suggests the command meant by a misspelled one", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod confg")).toBe(
      "I don't know the command /mod confg. Did you mean /mod config?",
    );
    expect(await g.mod.say("mod rule add Be kind")).toBe(
      "I don't know the command /mod rule. Did you mean /mod rules add?",
    );
    expect(await g.as("a").say("rules")).toContain("no rules yet");
    expect(await g.as("a").say("tgas")).toContain("Did you mean /tags?");
  });

  it("names what a moderator button does, never its internal id", async () => {
    const g = t.h.group();
    await g.as("alice").run("suggest https://example.org/x");
    const [approve] = buttonsOf(await g.mod.run("mod resources review"));
    const refused = textOf(await g.as("alice").press(approve?.action ?? ""));
    expect(refused).toBe("Only moderators can approve suggestions.");
    expect(textOf(await g.as("alice").press("rep.ok:1"))).toBe("Only moderators can resolve reports.");
  });

  it("still takes optional values by position where nothing holds spaces", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod digest set here 09:00 Europe/London weekdays 5")).toContain("5 resource");
  });
});

describe("the tokenizer", () => {
  it("reads 100 kB lines whole, balanced or not", () => {
    const unclosed = "“a ".repeat(35_000);
    expect(tokenize(unclosed)).toEqual({ kind: "unclosedQuote", at: 0 });
    const balanced = '"a b" name:"c d" '.repeat(6_000);
    const tokens = tokenize(balanced);
    expect(Array.isArray(tokens) && tokens.length).toBe(12_000);
    const params = [arg.phrase("name", "param.name", 10), named(optional(arg.text("x", "param.text", 10)))];
    expect(splitArgs('a:"b"'.repeat(20_000), params)).toMatchObject({
      problem: { kind: "unknownOption", option: "a" },
    });
  });
});
