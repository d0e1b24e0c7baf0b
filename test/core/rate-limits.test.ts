import { describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import type { InboundEvent } from "../../core/ports.js";
import { limitSubject } from "../../core/rate-limit-service.js";
import { buttonsOf, createHarness, type Harness, type TestGroup, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

// Fixed windows start on the minute: begin a few seconds into one so a test stays inside it.
const clock = manualClock(new Date("2026-03-02T10:00:05Z"));
const t = useHarness({ clock });

/** Everything that reached a moderator through the engine's port: channel posts and direct messages. */
const toModerators = (h: Harness) => h.port.recorded.posts.length + h.port.recorded.direct.length;

async function groupWithModChannel(): Promise<TestGroup> {
  const g = t.h.group();
  await g.mod.run("mod channel set mod-room");
  return g;
}

describe("per-member rate limits", () => {
  it("refuses the 6th report in a minute kindly, and it reaches no moderator", async () => {
    const g = await groupWithModChannel();
    const alice = g.as("alice");
    const before = toModerators(t.h);
    for (let i = 1; i <= 5; i++)
      expect(await alice.say(`report problem ${i}`)).toContain("Thank you for telling us");
    expect(toModerators(t.h) - before).toBe(5);

    const refused = await alice.run("report problem 6");
    expect(refused[0]?.private).toBe(true);
    expect(textOf(refused)).toBe(
      "Thank you: the moderators have the reports you sent in the last minute. Please wait a minute before sending another; this one was not sent.",
    );
    expect(toModerators(t.h) - before).toBe(5);
    expect(await t.db.report.count({ where: { reason: "problem 6" } })).toBe(0);

    // Someone else in the group is not held back by alice's reports.
    expect(await g.as("bob").say("report problem 7")).toContain("Thank you for telling us");
    // The next minute, alice may report again.
    clock.advance(60_000);
    expect(await alice.say("report problem 8")).toContain("Thank you for telling us");
    expect(toModerators(t.h) - before).toBe(7);
  });

  it("counts together across processes sharing the database", async () => {
    const g = await groupWithModChannel();
    const other = createHarness(t.db, { clock });
    const event = (i: number): InboundEvent => ({
      type: "command",
      place: { platform: g.platform, groupId: g.groupId, channelId: "general" },
      actor: { id: "carol", isPlatformAdmin: false },
      text: `report at once ${i}`,
    });
    const replies = await Promise.all(
      Array.from({ length: 10 }, (_, i) => (i % 2 === 0 ? t.h.engine : other.engine).dispatch(event(i))),
    );
    const thanked = replies.filter((views) => textOf(views).includes("Thank you for telling us"));
    expect(thanked.length).toBe(5);
    expect(replies.filter((views) => textOf(views).includes("this one was not sent")).length).toBe(5);
    expect(await t.db.report.count({ where: { reason: { startsWith: "at once" } } })).toBe(5);
  });

  it("limits suggestions a minute and the suggestions one member has waiting", async () => {
    const g = t.h.group();
    const dana = g.as("dana");
    for (let i = 1; i <= 3; i++)
      expect(await dana.say(`suggest https://s${i}.example.org/`)).toContain("Thank you!");
    expect(await dana.say("suggest https://s4.example.org/")).toBe(
      "Thank you for all your suggestions! Please wait a minute before sending another; this one was not saved.",
    );
    clock.advance(60_000);
    for (let i = 4; i <= 5; i++)
      expect(await dana.say(`suggest https://s${i}.example.org/`)).toContain("Thank you!");
    expect(await dana.say("suggest https://s6.example.org/")).toBe(
      "You already have 5 suggestions waiting for the moderators. Once they have looked at them you can suggest more; this one was not saved.",
    );
    expect(await t.db.resource.count({ where: { url: { startsWith: "https://s6." } } })).toBe(0);
    // Once a moderator has looked at one, there is room again.
    const [first] = await t.db.resource.findMany({ where: { url: "https://s1.example.org/" } });
    await g.mod.run(`mod resources review`);
    await g.mod.press(`res.ok:${first?.id}`);
    clock.advance(60_000);
    expect(await dana.say("suggest https://s6.example.org/")).toContain("Thank you!");
  });

  it("sends one crisis heads-up per ten minutes, and always the resources", async () => {
    const g = await groupWithModChannel();
    await g.mod.run("mod crisis alert on");
    const erin = g.as("erin");
    const before = toModerators(t.h);
    const first = await erin.say("crisis");
    expect(toModerators(t.h) - before).toBe(1);
    expect(first).not.toContain("told a few minutes ago");
    clock.advance(60_000);
    const again = await erin.say("crisis");
    expect(again).toContain(first);
    expect(again).toContain("The moderators were told a few minutes ago that you asked for help");
    expect(toModerators(t.h) - before).toBe(1);
    clock.advance(10 * 60_000);
    expect(await erin.say("crisis")).not.toContain("told a few minutes ago");
    // Her first heads-up is still open (its reminders re-send it), so no second one is raised.
    expect(toModerators(t.h) - before).toBe(1);
  });

  it("refuses a member's 31st command in a minute, but not a moderator's", async () => {
    clock.advance(60_000 - ((clock.now().getTime() - 5_000) % 60_000));
    const g = t.h.group();
    const frank = g.as("frank");
    for (let i = 0; i < 30; i++) expect(await frank.say("rules")).not.toContain("faster");
    expect(await frank.say("rules")).toBe(
      "You're sending commands faster than I can answer. Please wait a minute and try again; nothing was changed.",
    );
    for (let i = 0; i < 40; i++) expect(await g.mod.say("rules")).not.toContain("faster");
    // Someone else, and frank in another group, are not held back.
    expect(await g.as("gina").say("rules")).not.toContain("faster");
    expect(await t.h.group().as("frank").say("rules")).not.toContain("faster");
    clock.advance(60_000);
    expect(await frank.say("rules")).not.toContain("faster");
  });

  it("shows a person's counters in /mydata and forgets them with /forgetme", async () => {
    const g = await groupWithModChannel();
    const hana = g.as("hana");
    await hana.run("report once");
    const subject = { subject: limitSubject({ platform: g.platform, userId: "hana" }) };
    expect(await t.db.rateLimitWindow.count({ where: subject })).toBe(1);
    const file = (await hana.run("mydata"))[0]?.blocks.find((b) => b.kind === "file");
    const data = JSON.parse(file?.kind === "file" ? file.content : "{}");
    expect(data["rate-limits"]?.recentActs).toEqual([expect.objectContaining({ kind: "report", count: 1 })]);
    const [forget] = buttonsOf(await hana.run("forgetme"));
    await hana.press(forget?.action ?? "");
    expect(await t.db.rateLimitWindow.count({ where: subject })).toBe(0);
  });

  it("limits worried messages an hour, counted in the group whether asked there or privately", async () => {
    const g = t.h.group();
    await g.as("ivy").join();
    const jon = g.as("jon");
    await jon.join();
    for (let i = 0; i < 3; i++) expect(await jon.say("worried ivy")).toContain("Thank you for looking out");
    for (let i = 0; i < 2; i++)
      expect(textOf(await jon.dm("worried ivy"))).toContain("Thank you for looking out");
    const refused = await jon.run("worried ivy");
    expect(refused[0]?.private).toBe(true);
    expect(textOf(refused)).toBe(
      "You have sent several of these in the last hour. Please wait a little before sending another; this one was not sent.",
    );
    expect(textOf(await jon.dm("worried ivy"))).toContain("this one was not sent");
    // Someone else is not held back by jon.
    expect(await g.as("kim").say("worried ivy")).toContain("Thank you for looking out");
    clock.advance(3_600_000);
    expect(await jon.say("worried ivy")).toContain("Thank you for looking out");
  });

  it("limits content warnings a minute, and the refused one is not posted", async () => {
    const g = t.h.group();
    const lea = g.as("lea");
    for (let i = 0; i < 5; i++) expect(await lea.say(`cw topic story ${i}`)).toContain(`||story ${i}||`);
    const refused = await lea.run("cw topic story 6");
    expect(refused[0]?.private).toBe(true);
    expect(textOf(refused)).toBe(
      "You have shared several in the last minute. Please wait a moment; this one was not posted.",
    );
    clock.advance(60_000);
    expect(await lea.say("cw topic story 7")).toContain("||story 7||");
  });

  it("limits answers under a pseudonym an hour, and a refused answer is not posted", async () => {
    const g = await groupWithModChannel();
    const max = g.as("max");
    const asked = await max.say("ask Is anyone else on the waiting list?");
    const id = Number(/\((\d+)\)|question (\d+)/.exec(asked)?.slice(1).find(Boolean));
    expect(await g.mod.say(`mod ask approve ${id}`)).toContain("posted under its pseudonym");
    // Mistyped numbers are refused for what they are and do not count.
    expect(textOf(await max.dm(`followup ${id + 1000} hello`))).toContain(`no open question ${id + 1000}`);
    for (let i = 0; i < 20; i++)
      expect(textOf(await max.dm(`followup ${id} answer ${i}`))).toContain("pseudonym");
    const posts = t.h.port.recorded.posts.length;
    const refused = await max.dm(`followup ${id} answer 21`);
    expect(textOf(refused)).toBe(
      "You have answered many times in the last hour. Please wait a little; this answer was not posted.",
    );
    expect(t.h.port.recorded.posts.length).toBe(posts);
    clock.advance(3_600_000);
    expect(textOf(await max.dm(`followup ${id} answer 22`))).toContain("pseudonym");
  });

  it("keeps counters only as pseudonyms, and forgets past windows in the daily clean-up", async () => {
    const rows = await t.db.rateLimitWindow.findMany();
    expect(rows.length).toBeGreaterThan(0);
    for (const row of rows) {
      expect(row.subject).toMatch(/^[0-9a-f]{16}$/);
      for (const id of ["alice", "carol", "dana", "erin", "jon", "lea", "max"])
        expect(row.subject).not.toContain(id);
    }
    clock.advance(2 * 86_400_000);
    await t.h.engine.tick();
    expect(await t.db.rateLimitWindow.count()).toBe(0);
  });
});
