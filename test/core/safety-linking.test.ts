import { describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import { textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const clock = manualClock(new Date("2027-01-01T12:00:00Z"));
const t = useHarness({ clock });

describe("crisis", () => {
  it("answers privately with the community's resources and the emergency fallback, storing nothing", async () => {
    const g = t.h.group();
    await g.mod.run("mod crisis set Call the Samaritans on 116 123, any time.");
    const members = await t.db.member.count();
    const posts = t.h.port.recorded.posts.length;
    const views = await g.as("ivy").run("crisis");
    expect(views[0]?.private).toBe(true);
    expect(textOf(views)).toContain("Call the Samaritans on 116 123");
    expect(textOf(views)).toContain("contact your local emergency number now");
    expect(await t.db.member.count()).toBe(members);
    expect(t.h.port.recorded.posts.length).toBe(posts);
  });

  it("tells moderators who asked, never what, when the alert is on", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod crisis alert on")).toContain("Set one first");
    expect(await g.mod.say(`mod channel set ${g.groupId}`)).toContain("Members can read that channel");
    await g.mod.run("mod channel set mods");
    expect(await g.mod.say("mod crisis alert on")).toContain("Moderators will get a private heads-up");
    const posts = t.h.port.recorded.posts.length;
    await g.as("jo").run("crisis");
    const alert = t.h.port.recorded.posts.slice(posts);
    expect(alert.map((a) => a.to.channelId)).toEqual(["mods"]);
    expect(textOf(alert[0]?.view ?? { blocks: [] })).toContain(
      "a member asked for crisis resources just now",
    );
    await g.mod.run("mod crisis alert off");
    await g.as("jo").run("crisis");
    expect(t.h.port.recorded.posts.length).toBe(posts + 1);
  });

  it("works in a private chat with the fallback", async () => {
    const views = await t.h.engine.dispatch({
      type: "command",
      place: { platform: "console", channelId: "dm" },
      actor: { id: "kim", isPlatformAdmin: false },
      text: "crisis",
    });
    expect(textOf(views)).toContain("emergency");
  });
});

describe("linking groups", () => {
  it("shares rules, tags, resources and moderators once linked, and splits off with a copy", async () => {
    const a = t.h.group("Patients UK");
    const b = t.h.group("Patients Telegram");
    await a.mod.run("mod rules add Be kind");
    await a.mod.run("mod tags create Carer");
    await a.mod.run("mod resources add https://nhs.uk/x NHS");
    await b.mod.run("mod tags create Carer");
    await b.as("lee").run("iam carer");
    await b.as("lee").run("agree");

    const code = /Link code: (\w+)/.exec(await a.mod.say("mod link"))?.[1] ?? "";
    expect(code).toMatch(/^[A-Z2-9]{8}$/);
    expect(await b.as("lee").say(`mod link ${code}`)).toContain("Only moderators");
    expect(await a.mod.say(`mod link ${code}`)).toContain("already part of that community");
    expect(await b.mod.say(`mod link ${code.toLowerCase()}`)).toContain("Linked.");
    expect(await b.mod.say(`mod link ${code}`)).toContain("already part of that community");

    expect(await b.as("lee").say("rules")).toContain("1. Be kind");
    expect(await b.as("lee").say("rules")).toContain("not accepted these rules yet");
    expect(await b.as("lee").say("mytags")).toBe("Your tags: Carer");
    expect(await b.as("lee").say("resources")).toContain("NHS");
    await b.mod.run("mod rules add Shared rule");
    expect(await a.mod.say("rules")).toContain("2. Shared rule");
    expect(
      await t.db.tag.count({ where: { community: { groups: { some: { platformGroupId: a.groupId } } } } }),
    ).toBe(1);

    expect(await b.mod.say("mod unlink")).toContain("community of its own");
    await b.mod.run("mod rules add Only B");
    expect(await a.mod.say("rules")).not.toContain("Only B");
    expect(await b.mod.say("rules")).toContain("2. Shared rule");
    expect(await b.as("lee").say("mytags")).toBe("Your tags: Carer");
    expect(await b.as("lee").say("resources")).toContain("NHS");
    expect(await b.mod.say("mod unlink")).toContain("not linked to any other");
  });

  it("refuses expired and used codes", async () => {
    const a = t.h.group();
    const b = t.h.group();
    const c = t.h.group();
    const code = /Link code: (\w+)/.exec(await a.mod.say("mod link"))?.[1] ?? "";
    expect(await b.mod.say("mod link NOPE1234")).toContain("unknown, used or expired");
    await b.mod.run(`mod link ${code}`);
    expect(await c.mod.say(`mod link ${code}`)).toContain("unknown, used or expired");
    const late = /Link code: (\w+)/.exec(await a.mod.say("mod link"))?.[1] ?? "";
    clock.advance(16 * 60_000);
    expect(await c.mod.say(`mod link ${late}`)).toContain("unknown, used or expired");
  });
});
