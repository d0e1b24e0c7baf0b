import { describe, expect, it } from "vitest";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("rules", () => {
  it("lists rules numbered, with the version and the caller's acceptance", async () => {
    const g = t.h.group("Diabetes Circle");
    expect(await g.mod.say("rules")).toContain("no rules yet");
    expect(await g.mod.say("mod rules add Be kind")).toContain("Rule 1 added");
    expect(await g.mod.say("mod rules add No medical advice; share experience")).toContain("version 2");
    const alice = g.as("alice");
    const text = await alice.say("rules");
    expect(text).toContain("Rules of Diabetes Circle (version 2)");
    expect(text).toContain("1. Be kind\n2. No medical advice; share experience");
    expect(text).toContain("You have not accepted these rules yet");
    expect(buttonsOf(await alice.run("rules")).map((b) => b.label)).toEqual(["I accept the rules"]);
  });

  it("accepting by command or button; an edit asks members to accept again", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    const alice = g.as("alice");
    expect(await alice.say("agree")).toContain("Thank you for accepting the rules (version 1)");
    expect(await alice.say("agree")).toContain("already accepted");
    expect(await alice.say("rules")).toMatch(/You accepted these rules on [A-Z][a-z]{2} \d{1,2}, \d{4}\./);

    await g.mod.run("mod rules edit 1 Be kind, always");
    expect(await alice.say("rules")).toContain("The rules changed since you accepted version 1");
    const [accept] = buttonsOf(await alice.run("rules"));
    expect(await alice.say("rules")).toContain("1. Be kind, always");
    const pressed = await alice.press(accept?.action ?? "");
    expect(pressed[0]?.private).toBe(true);
    expect(await alice.say("rules")).toContain("You accepted");
  });

  it("edits, removes, moves and clears, bumping the version each time", async () => {
    const g = t.h.group();
    for (const rule of ["One", "Two", "Three"]) await g.mod.run(`mod rules add ${rule}`);
    expect(await g.mod.say("mod rules move 3 1")).toContain(
      "Rule 3 is now rule 1. The rules are now version 4",
    );
    expect(await g.mod.say("rules")).toContain("1. Three\n2. One\n3. Two");
    expect(await g.mod.say("mod rules remove 2")).toContain("version 5");
    expect(await g.mod.say("rules")).toContain("1. Three\n2. Two");
    expect(await g.mod.say("mod rules edit 5 x")).toContain("There is no rule 5: the rules go from 1 to 2");

    const confirm = await g.mod.run("mod rules clear");
    expect(confirm[0]?.private).toBe(true);
    const [clear, cancel] = buttonsOf(confirm);
    expect(await g.mod.say("rules")).toContain("1. Three");
    expect(
      await g
        .as("alice")
        .press(clear?.action ?? "")
        .then((v) => v.length),
    ).toBe(1);
    expect(await g.mod.say("rules")).toContain("1. Three");
    expect((await g.mod.press(cancel?.action ?? ""))[0]).toBeDefined();
    await g.mod.press(clear?.action ?? "");
    expect(await g.mod.say("rules")).toContain("no rules yet");
    // The confirmation was for the rulebook the moderator saw; it cannot be replayed.
    await g.mod.run("mod rules add Fresh");
    expect(await g.mod.say("rules")).toContain("1. Fresh");
    await g.mod.press(clear?.action ?? "");
    expect(await g.mod.say("rules")).toContain("1. Fresh");
  });

  it("enforces the limits of 50 rules and 500 characters", async () => {
    const g = t.h.group();
    expect(await g.mod.say(`mod rules add ${"x".repeat(501)}`)).toContain(
      "rule should be at most 500 characters",
    );
    for (let i = 1; i <= 50; i++) await g.mod.run(`mod rules add Rule ${i}`);
    expect(await g.mod.say("mod rules add One more")).toContain("at most 50 rules");
    expect(await g.mod.say("rules")).toContain("50. Rule 50");
  });

  it("records every change in the audit log", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add A");
    await g.mod.run("mod rules edit 1 B");
    const group = await t.db.group.findFirstOrThrow({ where: { platformGroupId: g.groupId } });
    const entries = await t.db.auditEntry.findMany({ where: { communityId: group.communityId } });
    expect(entries.map((e) => e.action)).toEqual(["rules.add", "rules.edit"]);
    expect(entries.every((e) => e.actorId === "mod")).toBe(true);
  });
});

describe("rules that hold", () => {
  it("changes nothing for an edit or a move that leaves the rules as they are", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod rules add Be kind")).toBe(
      "Rule 1 added. The rules are now version 1; members will be asked to accept them.",
    );
    expect(await g.mod.say("mod rules add Share experience")).toContain("accept them again");
    await g.as("alice").run("agree");
    expect(await g.mod.say("mod rules edit 1 Be kind")).toContain("nothing was changed (still version 2)");
    expect(await g.mod.say("mod rules move 2 2")).toContain("nothing was changed (still version 2)");
    expect(await g.as("alice").say("rules")).toContain("You accepted these rules");
    expect(await g.mod.say("mod audit kind:rules")).not.toMatch(/changed a rule|moved a rule/);
    const set = await t.db.ruleSet.findFirstOrThrow({
      where: { community: { groups: { some: { platformGroupId: g.groupId } } } },
    });
    expect(set.version).toBe(2);
  });

  it("lists members who accepted an older version as pending, saying which", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.as("ann").run("agree");
    await g.as("ben").join();
    await g.mod.run("mod rules add Share experience");
    await g.mod.run("agree");
    const text = await g.mod.say("mod pending");
    expect(text).toContain("2 members have not accepted the current rules yet");
    expect(text).toMatch(/ben \(joined .+, has not accepted yet\)/);
    expect(text).toContain("ann (accepted version 1)");
    const place = { platform: g.platform, groupId: g.groupId, channelId: "home" };
    const home = textOf(await t.h.engine.home({ place, actor: { id: "mod", isPlatformAdmin: true } }));
    expect(home).toContain("2 members have not accepted the current rules");
    await g.as("ann").run("agree");
    expect(await g.mod.say("mod pending")).not.toContain("ann");
  });

  it("warns when the gate goes on with nothing to accept, and the welcome asks for nothing", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod pending")).toBe("There are no rules yet, so nobody has anything to accept.");
    expect(await g.mod.say("mod gate on")).toContain("Gate on, but there are no rules yet");
    const welcome = await g.as("newbie", { name: "Newbie" }).join();
    expect(textOf(welcome)).toContain(
      "Welcome, Newbie! This is a peer-support group. Make yourself at home.",
    );
    expect(textOf(welcome)).not.toMatch(/accept/i);
    expect(buttonsOf(welcome)).toEqual([]);
    expect(t.h.port.recorded.access.filter((a) => a.userId === "newbie")).toEqual([]);
  });
});
