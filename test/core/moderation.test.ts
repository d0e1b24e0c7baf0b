import { describe, expect, it } from "vitest";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("reports", () => {
  it("stores a report, alerts the moderator channel, thanks the reporter privately", async () => {
    const g = t.h.group();
    await g.mod.run("mod channel set mod-room");
    const place = { platform: g.platform, groupId: g.groupId, channelId: "general" };
    const before = t.h.port.recorded.posts.length;
    const reply = await t.h.engine.dispatch({
      type: "command",
      place,
      actor: { id: "alice", isPlatformAdmin: false },
      text: "report Someone is selling <b>miracle</b> pills",
      messageRef: "general/42",
    });
    expect(reply[0]?.private).toBe(true);
    expect(textOf(reply)).toContain("Thank you for telling us");
    const alert = t.h.port.recorded.posts.slice(before);
    expect(alert.map((a) => a.to.channelId)).toEqual(["mod-room"]);
    expect(textOf(alert[0]?.view ?? { blocks: [] })).toContain(
      "Reason: Someone is selling <b>miracle</b> pills",
    );
    expect(textOf(alert[0]?.view ?? { blocks: [] })).toContain("Message: general/42");

    const list = await g.mod.run("mod reports");
    expect(textOf(list)).toContain("Reports: open (1) · page 1 of 1");
    const [resolve] = buttonsOf(list);
    expect(textOf(await g.as("alice").press(resolve?.action ?? ""))).toContain("Only moderators");
    expect(textOf(await g.mod.press(resolve?.action ?? ""))).toMatch(/Report #\d+ resolved/);
    expect(textOf(await g.mod.press(resolve?.action ?? ""))).toContain("already closed");
    expect(await g.mod.say("mod reports")).toBe("No open reports.");
  });
});

describe("reports, paged and by number", () => {
  it("pages open reports, filters by status and reporter, resolves and dismisses by id", async () => {
    const g = t.h.group();
    await g.mod.run("mod channel set mod-room");
    for (let i = 1; i <= 12; i++)
      await g.as(["ann", "bob", "cat"][i % 3] ?? "ann").run(`report Problem ${i}`);
    const first = await g.mod.run("mod reports");
    const text = textOf(first);
    expect(text).toContain("Reports: open (12) · page 1 of 2");
    expect(text).toContain(
      "More: /mod reports 2. By number: /mod reports resolve 12 or /mod reports dismiss 12.",
    );
    expect(buttonsOf(first)).toHaveLength(20);
    const second = await g.mod.say("mod reports 2");
    expect(second).toContain("page 2 of 2");
    expect(second).toContain("Problem 11");
    expect(second).not.toContain("Problem 1 ");
    expect(await g.mod.say("mod reports 3")).toContain("There is no page 3: the pages go from 1 to 2.");

    const ids = (await t.db.report.findMany({ orderBy: { id: "asc" }, select: { id: true } })).map(
      (r) => r.id,
    );
    const [a = 0, b = 0] = ids.slice(-12);
    expect(await g.mod.say(`mod reports resolve ${a}`)).toBe(`Report #${a} resolved.`);
    expect(await g.mod.say(`mod reports dismiss ${b}`)).toBe(`Report #${b} dismissed.`);
    expect(await g.mod.say(`mod reports dismiss ${b}`)).toContain("already closed");
    expect(await g.mod.say("mod reports")).toContain("Reports: open (10) · page 1 of 1");
    const resolved = await g.mod.say("mod reports status:resolved");
    expect(resolved).toContain("Reports: resolved (1)");
    expect(resolved).toContain("Problem 1 · resolved · bob");
    expect(await g.mod.say("mod reports status:all member:bob")).toContain("Reports: all (4)");
    expect(await g.mod.say("mod reports status:dismissed member:ann")).toBe("No reports match.");
    expect(await g.mod.say("mod reports status:closed")).toContain(
      "status should be one of: open, resolved, dismissed, all",
    );
    expect(await g.as("ann").say(`mod reports resolve ${a}`)).toContain("Only moderators");
  });
});

describe("warnings", () => {
  it("warns privately, lists active warnings, removes one, expires them", async () => {
    const g = t.h.group("Warned group");
    await g.as("bob").join();
    const dms = t.h.port.recorded.direct.length;
    expect(await g.mod.say("mod warn bob Please keep medical claims sourced")).toMatch(
      /Warning #\d+ given to bob; they now have 1 active warning\. They were told privately\./,
    );
    expect(t.h.port.recorded.direct.slice(dms).map((d) => [d.userId, textOf(d.view)])).toEqual([
      [
        "bob",
        "You received a warning from the moderators of Warned group: Please keep medical claims sourced",
      ],
    ]);
    await g.mod.run("mod warn bob Second");
    const listed = await g.mod.say("mod warnings bob");
    expect(listed).toContain("Active warnings of bob (2)");
    const id = /#(\d+)/.exec(listed)?.[1];
    expect(await g.mod.say(`mod unwarn bob ${id}`)).toContain(`Warning #${id} removed`);
    expect(await g.mod.say(`mod unwarn bob ${id}`)).toContain(`bob has no warning #${id}`);
    expect(await g.mod.say("mod warnings expire 0")).toContain("days should be 1 or more");
    expect(await g.mod.say("mod warnings expire 30")).toContain("expire after 30 days");
    expect(await g.mod.say("mod warn nobody x")).toContain("I don't know nobody");
  });
});

describe("moderators and the audit log", () => {
  it("grants and removes bot-level moderators", async () => {
    const g = t.h.group();
    await g.as("carol").join();
    expect(await g.as("carol").say("mod config")).toContain("Only moderators");
    expect(await g.mod.say("mod moderators list")).toContain("No moderators were added");
    expect(await g.mod.say("mod moderators add carol")).toBe("carol is now a moderator of this community.");
    expect(await g.mod.say("mod moderators add carol")).toBe("carol is already a moderator.");
    expect(await g.as("carol").say("mod config")).toContain("Settings of this community");
    expect(await g.mod.say("mod moderators list")).toContain("carol");
    expect(await g.mod.say("mod moderators remove carol")).toContain("no longer a moderator");
    expect(await g.as("carol").say("mod config")).toContain("Only moderators");
    expect(await g.mod.say("mod moderators remove carol")).toContain("was not a moderator");
  });

  it("lists the latest actions and shows every setting", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod gate on");
    await g.mod.run("mod retention 30");
    const audit = await g.mod.say("mod audit kind:privacy");
    expect(audit).toContain("Moderator actions (page 1)");
    expect(audit).toMatch(/mod changed privacy\.retention: 30 days/);
    expect(audit).not.toMatch(/gate\.on/);
    expect(await g.mod.say("mod audit kind:gate")).toMatch(/mod changed gate\.on/);
    const config = await g.mod.say("mod config");
    for (const line of [
      "Gate: on",
      "Rules: 1 (version 1)",
      "kept 30 days",
      "Moderator channel: not set",
      "Warnings expire after 90",
    ]) {
      expect(config).toContain(line);
    }
  });
});
