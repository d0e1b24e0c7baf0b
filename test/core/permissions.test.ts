import { describe, expect, it } from "vitest";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

async function snapshot(groupId: string) {
  const group = await t.db.group.findFirstOrThrow({
    where: { platformGroupId: groupId },
    include: { community: { include: { ruleSet: true, tags: true, auditEntries: true } }, members: true },
  });
  return JSON.stringify(group);
}

describe("moderator commands", () => {
  const moderatorCommands = () => t.h.engine.registry.all.filter((c) => c.audience === "moderator");

  it("covers every moderator command in the registry", () => {
    expect(moderatorCommands().length).toBeGreaterThanOrEqual(15);
  });

  it("refuses every moderator command to a member and changes nothing", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod tags create Patient");
    const alice = g.as("alice");
    await alice.run("agree");
    const before = await snapshot(g.groupId);
    for (const command of moderatorCommands()) {
      const reply = await alice.run(`${command.path} 1 x y`);
      expect(reply[0]?.private, command.path).toBe(true);
      expect(JSON.stringify(reply), command.path).toContain("Only moderators can use");
    }
    expect(await snapshot(g.groupId)).toBe(before);
  });

  it("accepts a bot-level moderator granted in the database", async () => {
    const g = t.h.group();
    await g.mod.run("rules");
    const group = await t.db.group.findFirstOrThrow({ where: { platformGroupId: g.groupId } });
    await t.db.moderatorGrant.create({
      data: { communityId: group.communityId, platform: g.platform, platformUserId: "helper" },
    });
    expect(await g.as("helper").say("mod rules add Be kind")).toContain("Rule 1 added");
    // The grant is for this community only.
    expect(await t.h.group().as("helper").say("mod rules add x")).toContain("Only moderators");
  });

  it("refuses moderator buttons to members", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    expect(
      await g
        .as("alice")
        .press("rules.clear:1")
        .then((v) => JSON.stringify(v)),
    ).toContain("Only moderators");
    expect(await g.mod.say("rules")).toContain("1. Be kind");
  });
});

describe("help", () => {
  it("lists member commands to members and adds moderator commands for moderators", async () => {
    const g = t.h.group();
    const member = await g.as("alice").say("help");
    expect(member).toContain("/rules — Read the group's rules");
    expect(member).toContain("/iam <tag> — Give yourself a tag");
    expect(member).not.toContain("mod rules add");
    const moderator = await g.mod.say("help");
    expect(moderator).toContain("/mod rules add <rule> — Add a rule at the end");
    expect(moderator).toContain(
      "/mod tags create <name> [description:…] [emoji:…] [self:yes|no] [visibility:public|private]",
    );
  });

  it("answers a bare command family with its commands", async () => {
    const g = t.h.group();
    const text = await g.mod.say("mod rules");
    expect(text).toContain("/mod rules add");
    expect(text).toContain("/mod rules clear");
  });

  it("works in a private chat with the bot", async () => {
    const views = await t.h.engine.dispatch({
      type: "command",
      place: { platform: "console", channelId: "dm" },
      actor: { id: "alice", isPlatformAdmin: false },
      text: "help",
    });
    expect(JSON.stringify(views)).toContain("/rules");
    const rules = await t.h.engine.dispatch({
      type: "command",
      place: { platform: "console", channelId: "dm" },
      actor: { id: "alice", isPlatformAdmin: false },
      text: "rules",
    });
    expect(JSON.stringify(rules)).toContain("Use this command in your group");
  });
});
