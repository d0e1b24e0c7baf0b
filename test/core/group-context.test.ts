import { describe, expect, it } from "vitest";
import { groupContext, loadGroup } from "../../core/group-context-service.js";
import { useFarTimeZone } from "../helpers/far-time-zone.js";
import { createHarness, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

// The group context is read with one hand-written statement; it must load exactly what Prisma's
// nested include would, so a column added to Group, Community, RuleSet, Screening or Member fails here.
async function viaPrisma(platform: "console", groupId: string, userId: string) {
  const found = await t.db.group.findUniqueOrThrow({
    where: { platform_platformGroupId: { platform, platformGroupId: groupId } },
    include: {
      community: {
        include: {
          ruleSet: true,
          screening: true,
          moderatorGrants: { where: { platform, platformUserId: userId } },
        },
      },
      members: { where: { platformUserId: userId } },
    },
  });
  const { members, community, ...group } = found;
  const { moderatorGrants, ...rest } = community;
  return {
    group: { ...group, community: rest },
    member: members[0] ?? null,
    granted: moderatorGrants.length > 0,
  };
}

describe("group context", () => {
  useFarTimeZone();

  it("loads what Prisma's include loads, for a configured group and a member who accepted", async () => {
    const g = t.h.group("Sleep circle");
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod welcome set Hello {member}");
    await g.mod.run("mod welcome mode private");
    await g.mod.run("mod channel set mod-room");
    await g.mod.run("mod gate on");
    await g.mod.run("mod crisis set Call 112");
    await g.mod.run("mod screening questions Why are you here? | Patient or caregiver?");
    await g.mod.run("mod screening on");
    await g.as("carol").join();
    expect(await g.mod.say("mod moderators add carol")).toContain("now a moderator");
    await g.as("alice").run("agree");
    // Every nullable column set, dates with and without a fraction of a second (the row comes as
    // JSON, whose timestamps carry no zone and drop a zero fraction).
    const { id: groupId, communityId } = await t.db.group.findUniqueOrThrow({
      where: { platform_platformGroupId: { platform: "console", platformGroupId: g.groupId } },
    });
    await t.db.member.update({
      where: { groupId_platformUserId: { groupId, platformUserId: "alice" } },
      data: {
        remindedAt: new Date("2026-03-01T08:00:00.000Z"),
        trustedAt: new Date("2026-03-02T09:10:11.123Z"),
        language: "fr",
      },
    });
    await t.db.community.update({
      where: { id: communityId },
      data: {
        newcomerReviewSince: new Date("2026-02-28T23:59:59.999Z"),
        warnThreshold: 3,
        warnThresholdAction: "mute",
        warnThresholdMinutes: 60,
        language: "de",
        timeZone: "Europe/Berlin",
        country: "DE",
      },
    });
    for (const user of ["alice", "carol", "nobody"]) {
      const place = { platform: g.platform, groupId: g.groupId, channelId: "general" };
      const loaded = await loadGroup(t.db, place, user);
      expect(loaded).toEqual(await viaPrisma("console", g.groupId, user));
    }
    const alice = await loadGroup(
      t.db,
      { platform: g.platform, groupId: g.groupId, channelId: "general" },
      "alice",
    );
    expect(alice.member?.acceptedRulesVersion).toBe(1);
    expect(alice.group.community.ruleSet?.rules).toEqual(["Be kind"]);
    expect(alice.group.community.welcomeMode).toBe("private");
    expect(alice.group.community.screening).toEqual({
      communityId: alice.group.communityId,
      enabled: true,
      questions: ["Why are you here?", "Patient or caregiver?"],
    });
    const carol = await loadGroup(
      t.db,
      { platform: g.platform, groupId: g.groupId, channelId: "general" },
      "carol",
    );
    expect(carol.granted).toBe(true);
  });

  it("creates a group seen for the first time, with its community and an empty rulebook", async () => {
    const place = {
      platform: "console" as const,
      groupId: "g-new-context",
      groupName: "New",
      channelId: "general",
    };
    const created = await loadGroup(t.db, place, "alice");
    expect(created.member).toBeNull();
    expect(created.group.community.ruleSet?.version).toBe(0);
    expect(await loadGroup(t.db, place, "alice")).toEqual(
      await viaPrisma("console", "g-new-context", "alice"),
    );
  });

  it("records a newcomer with the row Prisma stores, and finds it when another process did", async () => {
    const g = t.h.group("First event");
    await g.mod.run("mod rules add Be kind");
    const place = { platform: g.platform, groupId: g.groupId, channelId: "general" };
    const erin = { id: "erin", isPlatformAdmin: false };
    const base = {
      ...t.h.engine.services,
      actor: erin,
      place,
      platform: g.platform,
      cmd: (p: string) => `/${p}`,
    };
    const first = await groupContext(base, place);
    const second = await groupContext(base, place);
    expect(first.member).toBeNull();
    const created = await first.ensureMember();
    const stored = await t.db.member.findUnique({
      where: { groupId_platformUserId: { groupId: first.group.id, platformUserId: "erin" } },
    });
    expect(created).toEqual(stored);
    expect(created.joinedAt).toBeInstanceOf(Date);
    // The second context loaded before the row existed, as a concurrent process would have.
    expect(await second.ensureMember()).toEqual(stored);
    expect(await t.db.member.count({ where: { groupId: first.group.id, platformUserId: "erin" } })).toBe(1);
  });

  it("records a member once when two processes see their first event at the same time", async () => {
    // Each engine serialises one member's events; two engines (two processes) do not.
    const engines = [createHarness(t.db).engine, createHarness(t.db).engine];
    const place = {
      platform: "console" as const,
      groupId: "g-two-engines",
      groupName: "G",
      channelId: "general",
    };
    const mod = { id: "mod", isPlatformAdmin: true };
    await engines[0]?.dispatch({ type: "command", place, actor: mod, text: "mod rules add Be kind" });
    const bob = { id: "bob", isPlatformAdmin: false };
    const answers = await Promise.all(
      [0, 1, 0, 1].map((i) => engines[i]?.dispatch({ type: "command", place, actor: bob, text: "agree" })),
    );
    expect(answers.map((views) => textOf(views ?? []))).not.toContainEqual(expect.stringContaining("Sorry"));
    const loaded = await loadGroup(t.db, place, "bob");
    expect(await t.db.member.count({ where: { groupId: loaded.group.id, platformUserId: "bob" } })).toBe(1);
    expect(loaded.member?.acceptedRulesVersion).toBe(1);
  });
});
