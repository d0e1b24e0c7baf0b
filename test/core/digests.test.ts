import { describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import { recordingPort, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

// A Monday, 08:00 in London (GMT in January).
const start = new Date("2027-01-04T08:00:00Z");
const clock = manualClock(start);
const t = useHarness({ clock });

async function library(g: ReturnType<typeof t.h.group>, n: number) {
  for (let i = 1; i <= n; i++)
    await g.mod.run(`mod resources add https://r${i}.example.org/ "Resource ${i}"`);
}

describe("digest commands", () => {
  it("sets, shows, previews, posts now and stops", async () => {
    clock.set(start);
    const g = t.h.group("Digest group");
    expect(await g.mod.say("mod digest show")).toContain("No digest is scheduled");
    expect(await g.mod.say("mod digest set here 9:00 Europe/London weekdays 2")).toBe(
      "Digest set: 2 resources at 09:00 (Europe/London), weekdays.",
    );
    expect(await g.mod.say("mod digest show")).toBe(
      "- 09:00 Europe/London, weekdays, 2 items in channel general",
    );
    expect(await g.mod.say("mod digest preview")).toContain("no approved resources");
    await library(g, 3);
    const preview = await g.mod.run("mod digest preview 2");
    expect(preview[0]?.private).toBe(true);
    expect(textOf(preview)).toContain("Today's resources from Digest group");
    const posts = t.h.port.recorded.posts.length;
    expect(await g.mod.say("mod digest now")).toBe("Digest posted.");
    expect(t.h.port.recorded.posts.slice(posts).map((p) => p.to)).toEqual([
      { groupId: g.groupId, channelId: "general" },
    ]);
    expect(await g.mod.say("mod digest off")).toBe("Digest stopped for 1 channel.");
    expect(await g.mod.say("mod digest off")).toContain("no digest to stop");
  });

  it("refuses bad times and time zones with an example", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod digest set here 25:00 Europe/London")).toContain("like 09:00");
    expect(await g.mod.say("mod digest set here 09:00 Mars/Olympus")).toContain(
      "Mars/Olympus isn't a time zone",
    );
    expect(await g.mod.say("mod digest set here 09:00 UTC someday")).toContain("mon-fri");
    expect(await g.mod.say("mod digest set here 09:00 UTC daily 11")).toContain("count should be 10 or less");
  });
});

describe("the digest scheduler", () => {
  it("posts each schedule once, at its local time, in its own time zone", async () => {
    clock.set(new Date("2027-01-04T08:00:00Z"));
    const g = t.h.group();
    await library(g, 5);
    await g.mod.run("mod digest set here 09:30 Europe/London daily 2");
    await g.mod.run("mod digest set tokyo 18:30 Asia/Tokyo daily 1");
    const posted = () =>
      t.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId).map((p) => p.to.channelId);
    await t.h.engine.tick();
    expect(posted()).toEqual([]);
    clock.set(new Date("2027-01-04T09:30:00Z")); // 18:30 in Tokyo, 09:30 in London
    await t.h.engine.tick();
    await t.h.engine.tick();
    expect(posted().sort()).toEqual(["general", "tokyo"]);
    clock.set(new Date("2027-01-04T10:30:00Z"));
    await t.h.engine.tick();
    expect(posted()).toHaveLength(2);
    clock.set(new Date("2027-01-05T09:30:00Z"));
    await t.h.engine.tick();
    expect(posted()).toHaveLength(4);
  });

  it("features new resources first and repeats none before all were shown", async () => {
    clock.set(new Date("2027-02-01T00:00:00Z"));
    const g = t.h.group();
    await library(g, 5);
    await g.mod.run("mod digest set here 01:00 UTC daily 2");
    const titles: string[] = [];
    for (let day = 1; day <= 3; day++) {
      clock.set(new Date(`2027-02-0${day}T01:00:00Z`));
      const before = t.h.port.recorded.posts.length;
      await t.h.engine.tick();
      const post = t.h.port.recorded.posts.slice(before).find((p) => p.to.groupId === g.groupId);
      const list = post?.view.blocks.find((b) => b.kind === "list");
      titles.push(...(list?.kind === "list" ? list.items.map((i) => i[0]?.text ?? "") : []));
    }
    expect(titles.slice(0, 5).sort()).toEqual([
      "Resource 1",
      "Resource 2",
      "Resource 3",
      "Resource 4",
      "Resource 5",
    ]);
    expect(titles).toHaveLength(6);
  });

  it("catches up a run missed within two hours of a restart and skips older ones", async () => {
    clock.set(new Date("2027-03-01T00:00:00Z"));
    const g = t.h.group();
    await library(g, 2);
    await g.mod.run("mod digest set here 06:00 UTC daily 1");
    const count = () => t.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId).length;
    clock.set(new Date("2027-03-01T07:59:00Z")); // down since before 06:00; back within the window
    await t.h.engine.tick();
    expect(count()).toBe(1);
    clock.set(new Date("2027-03-02T08:01:00Z")); // back after the window: that day is skipped
    await t.h.engine.tick();
    expect(count()).toBe(1);
  });

  it("tells moderators once when the library is empty, and posts nothing", async () => {
    clock.set(new Date("2027-04-01T00:00:00Z"));
    const g = t.h.group();
    await g.mod.run("mod channel set mods");
    await g.mod.run("mod digest set here 05:00 UTC daily");
    for (const day of ["01", "02"]) {
      clock.set(new Date(`2027-04-${day}T05:00:00Z`));
      await t.h.engine.tick();
    }
    const posts = t.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId);
    expect(posts.map((p) => p.to.channelId)).toEqual(["mods"]);
    expect(textOf(posts[0]?.view ?? { blocks: [] })).toContain("library has no approved resources");
  });

  it("with two engines on one database, every due digest is posted exactly once", async () => {
    clock.set(new Date("2027-05-03T00:00:00Z"));
    const groups = Array.from({ length: 6 }, () => t.h.group());
    for (const g of groups) {
      await library(g, 1);
      await g.mod.run("mod digest set here 07:00 UTC daily 1");
    }
    const ports = [recordingPort(), recordingPort()];
    const engines = ports.map((port, i) => {
      const engine = createPeerbridge({ db: t.db, clock, digests: { worker: `engine-${i}` } });
      engine.attach(port);
      return engine;
    });
    clock.set(new Date("2027-05-03T07:00:00Z"));
    await Promise.all([...engines, ...engines].map((e) => e.tick()));
    const ids = new Set(groups.map((g) => g.groupId));
    const posted = ports.flatMap((p) => p.recorded.posts).filter((p) => ids.has(p.to.groupId));
    expect(posted).toHaveLength(6);
    expect(new Set(posted.map((p) => p.to.groupId)).size).toBe(6);
    const runs = await t.db.digestRun.findMany({
      where: { schedule: { group: { platformGroupId: { in: [...ids] } } } },
    });
    expect(runs.map((r) => r.status)).toEqual(Array(6).fill("sent"));
  });

  it("retries once a run a crashed process claimed but never sent", async () => {
    clock.set(new Date("2027-06-01T00:00:00Z"));
    const g = t.h.group();
    await library(g, 1);
    await g.mod.run("mod digest set here 03:00 UTC daily 1");
    const schedule = await t.db.digestSchedule.findFirstOrThrow({
      where: { group: { platformGroupId: g.groupId } },
    });
    await t.db.digestRun.create({
      data: {
        scheduleId: schedule.id,
        localDate: "2027-06-01",
        claimedBy: "crashed",
        claimedAt: new Date("2027-06-01T03:00:00Z"),
      },
    });
    const count = () => t.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId).length;
    clock.set(new Date("2027-06-01T03:02:00Z"));
    await t.h.engine.tick();
    expect(count()).toBe(0);
    clock.set(new Date("2027-06-01T03:10:00Z"));
    await t.h.engine.tick();
    await t.h.engine.tick();
    expect(count()).toBe(1);
  });
});

describe("daylight saving time", () => {
  it("posts at the local time on both sides of a DST change", async () => {
    clock.set(new Date("2027-03-13T00:00:00Z"));
    const g = t.h.group();
    await library(g, 3);
    // New York springs forward on 2027-03-14: 09:00 local is 14:00 UTC before, 13:00 UTC after.
    await g.mod.run("mod digest set here 09:00 America/New_York daily 1");
    const count = () => t.h.port.recorded.posts.filter((p) => p.to.groupId === g.groupId).length;
    for (const [at, expected] of [
      ["2027-03-13T13:59:00Z", 0],
      ["2027-03-13T14:00:00Z", 1],
      ["2027-03-14T12:59:00Z", 1],
      ["2027-03-14T13:00:00Z", 2],
      ["2027-03-14T14:00:00Z", 2],
    ] as const) {
      clock.set(new Date(at));
      await t.h.engine.tick();
      expect(count(), at).toBe(expected);
    }
  });
});
