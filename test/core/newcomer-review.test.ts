import { describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import type { View } from "../../core/ports.js";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const clock = manualClock(new Date("2027-04-01T09:00:00Z"));
const t = useHarness({ clock });

/** Posts to the moderator channel since `mark`: what alerted the moderators. */
const alertsSince = (mark: number) =>
  t.h.port.recorded.posts.slice(mark).filter((p) => p.to.channelId === "mods");

// Every reason in this file is used once.
async function reportId(reason: string): Promise<number> {
  return (await t.db.report.findFirstOrThrow({ where: { reason } })).id;
}

function fileOf(views: View[]) {
  const file = views[0]?.blocks.find((b) => b.kind === "file");
  return JSON.parse(file?.kind === "file" ? file.content : "{}");
}

async function groupWithReview(approvals: number) {
  const g = t.h.group("Lupus peers");
  await g.mod.run("mod channel set mods");
  // Known before review was turned on: trusted from the start.
  await g.as("old").join();
  expect(await g.mod.say(`mod newcomers review ${approvals}`)).toContain("Newcomer review is on");
  return g;
}

describe("newcomer review", () => {
  it("is off by default: every report alerts at once, and the setting is in mod config", async () => {
    const g = t.h.group();
    await g.mod.run("mod channel set mods");
    expect(await g.mod.say("mod config")).toContain("Newcomer review: off");
    const mark = t.h.port.recorded.posts.length;
    expect(await g.as("new").say("report spam")).toContain("The moderators will look at it");
    expect(alertsSince(mark)).toHaveLength(1);
    expect(await g.mod.say("mod newcomers off")).toBe("Newcomer review is already off; nothing was changed.");
  });

  it("holds a newcomer's reports until approved, then trusts them after N approvals", async () => {
    const g = await groupWithReview(2);
    expect(await g.mod.say("mod config")).toContain("Newcomer review: on, trusted after 2 approvals");
    const mark = t.h.port.recorded.posts.length;
    // A member known before: alerts at once.
    expect(await g.as("old").say("report old one")).toContain("The moderators will look at it");
    expect(alertsSince(mark)).toHaveLength(1);

    // A newcomer: the report is filed, held, and alerts no one.
    const nia = g.as("nia");
    await nia.join();
    const held = await nia.run("report first one");
    expect(held[0]?.private).toBe(true);
    expect(textOf(held)).toBe(
      "Thank you for telling us. You are new here, so your report waits for the moderators' next look at reports rather than alerting them now. If someone is in danger, use /crisis.",
    );
    expect(alertsSince(mark)).toHaveLength(1);
    const first = await reportId("first one");
    expect((await t.db.report.findUniqueOrThrow({ where: { id: first } })).held).toBe(true);
    const list = await g.mod.say("mod reports");
    expect(list).toMatch(/first one · from a newcomer, no alert sent/);
    expect(list).not.toMatch(/old one · from a newcomer/);

    // A dismissed report is no approval; a resolved one is.
    await nia.run("report second one");
    await g.mod.run(`mod reports`);
    const second = await reportId("second one");
    await g.mod.press(`rep.no:${second}`);
    await g.mod.press(`rep.ok:${first}`);
    expect((await t.db.member.findFirstOrThrow({ where: { platformUserId: "nia" } })).trustedAt).toBeNull();

    // An approved suggestion is the second approval: she is trusted, told privately, and audited.
    await nia.run("suggest https://lupus.example.org/fatigue");
    const suggestion = await t.db.resource.findFirstOrThrow({
      where: { url: "https://lupus.example.org/fatigue" },
    });
    const directs = t.h.port.recorded.direct.length;
    await g.mod.press(`res.ok:${suggestion.id}`);
    const told = t.h.port.recorded.direct.slice(directs).filter((d) => d.userId === "nia");
    expect(textOf(told.map((d) => d.view))).toContain("you are a trusted member now");
    expect((await t.db.member.findFirstOrThrow({ where: { platformUserId: "nia" } })).trustedAt).toEqual(
      clock.now(),
    );
    expect(await g.mod.say("mod audit")).toContain("nia became a trusted member (mod)");
    expect(fileOf(await nia.run("mydata")).onboarding.memberships[0].trustedAt).toBe(
      clock.now().toISOString(),
    );

    // Trusted: her reports alert at once, and nothing re-trusts her.
    const after = t.h.port.recorded.posts.length;
    expect(await nia.say("report third one")).toContain("The moderators will look at it");
    expect(alertsSince(after)).toHaveLength(1);
    expect(await t.db.auditEntry.count({ where: { action: "members.trust" } })).toBe(1);
  });

  it("lets a trusted member's link to a trusted site into the library at once, and nobody else's", async () => {
    const g = await groupWithReview(3);
    await g.mod.run("mod resources trusted add nhs.uk");
    const reply = await g.as("old").say("suggest https://www.nhs.uk/conditions/lupus/ NHS on lupus");
    expect(reply).toMatch(
      /^Thank you! NHS on lupus is on a site the moderators trust, so it is in the library now \(#\d+\)\.$/,
    );
    const added = await t.db.resource.findUniqueOrThrow({ where: { id: Number(/#(\d+)/.exec(reply)?.[1]) } });
    expect(added.status).toBe("approved");
    expect(added.approvedBy).toBeNull();
    expect(await g.as("old").say("resources lupus")).toContain("NHS on lupus");
    expect(await g.mod.say("mod audit")).toContain(
      "to the library (a trusted member's link to a trusted site)",
    );
    // Another site, or a newcomer: waits for review as always.
    expect(await g.as("old").say("suggest https://blog.example.com/lupus")).toContain("awaits review");
    await g.as("neo").join();
    expect(await g.as("neo").say("suggest https://www.nhs.uk/conditions/fatigue/")).toContain(
      "awaits review",
    );
    // A link the library knows is refused as before.
    expect(await g.as("old").say("suggest https://www.nhs.uk/conditions/lupus/")).toContain(
      "already in the library",
    );
  });

  it("lets a moderator trust someone by hand, and turns off", async () => {
    const g = await groupWithReview(5);
    // Joined after review was turned on, but known to the moderators for years.
    await g.as("ray").join();
    const mark = t.h.port.recorded.posts.length;
    expect(await g.mod.say("mod newcomers trust @ray")).toBe(
      "@ray is trusted now: their reports alert the moderators at once.",
    );
    expect(await g.mod.say("mod newcomers trust @ray")).toBe("@ray is trusted already; nothing was changed.");
    expect(await g.as("ray").say("report hand trusted")).toContain("The moderators will look at it");
    expect(alertsSince(mark)).toHaveLength(1);
    expect(await g.mod.say("mod audit")).toContain("ray became a trusted member (mod)");

    await g.as("sam").join();
    expect(await g.as("sam").say("report while on")).toContain("You are new here");
    expect(await g.mod.say("mod newcomers off")).toContain("Newcomer review is off");
    expect(await g.mod.say("mod config")).toContain("Newcomer review: off");
    expect(await g.as("sam").say("report while off")).toContain("The moderators will look at it");
    expect(alertsSince(mark)).toHaveLength(2);
    // Turned on again later: members known by then (sam) are trusted.
    await g.mod.run("mod newcomers review 1");
    expect(await g.as("sam").say("report on again")).toContain("The moderators will look at it");
  });

  it("is for moderators only, and refuses bad numbers, changing nothing", async () => {
    const g = t.h.group();
    for (const text of ["mod newcomers review 2", "mod newcomers off", "mod newcomers trust @x"]) {
      expect(await g.as("eve").say(text)).toMatch(/^Only moderators can use/);
    }
    for (const bad of ["0", "21", "many", ""]) {
      expect(await g.mod.say(`mod newcomers review ${bad}`)).not.toContain("is on");
    }
    const community = await t.db.community.findFirstOrThrow({
      where: { groups: { some: { platformGroupId: g.groupId } } },
    });
    expect(community.newcomerApprovals).toBe(0);
    expect(community.newcomerReviewSince).toBeNull();
    expect(buttonsOf(await g.mod.run("mod config"))).toEqual([]);
  });
});
