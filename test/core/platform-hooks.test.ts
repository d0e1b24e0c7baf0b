import { describe, expect, it } from "vitest";
import { PlatformError } from "../../core/platform-error.js";
import { recordingRoles, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("what adapters build on", () => {
  it("mirrors public tags to platform roles, never private ones", async () => {
    const roles = recordingRoles(t.h.port.recorded);
    t.h.port.roles = roles;
    try {
      const g = t.h.group();
      await g.mod.run("mod tags create Caregiver");
      await g.mod.run("mod tags create Epilepsy type:condition");
      const alice = g.as("alice");
      t.h.port.recorded.roles.length = 0;
      await alice.run("iam caregiver");
      await alice.run("iam epilepsy");
      expect(t.h.port.recorded.roles).toEqual(["create:Caregiver", "grant:alice:Caregiver"]);
      await alice.run("iamnot caregiver");
      await g.mod.run("mod tags edit caregiver name:Carer");
      expect(t.h.port.recorded.roles.slice(2)).toEqual(["revoke:alice:Caregiver", "rename:r1:Carer"]);

      // A role deleted by hand is recreated on next use.
      roles.existing.clear();
      await alice.run("iam carer");
      expect(t.h.port.recorded.roles.slice(4)).toEqual(["create:Carer", "grant:alice:Carer"]);

      // Made private: the role goes; deleted: nothing is left.
      await g.mod.run("mod tags edit carer visibility:private");
      expect(t.h.port.recorded.roles.at(-1)).toBe("remove:r2");
      await g.mod.run("mod tags edit carer visibility:public");
      expect(t.h.port.recorded.roles.slice(-2)).toEqual(["create:Carer", "grant:alice:Carer"]);
      await g.mod.run("mod tags delete carer");
      expect(t.h.port.recorded.roles.at(-1)).toBe("remove:r3");
      expect(await t.db.tagRole.count({ where: { group: { platformGroupId: g.groupId } } })).toBe(0);
    } finally {
      delete t.h.port.roles;
    }
  });

  it("tells moderators once when the bot lacks a right, and the command still works", async () => {
    const g = t.h.group();
    t.h.port.roles = {
      ...recordingRoles(t.h.port.recorded),
      create: async () => {
        throw new PlatformError("missing_permission", "manageRoles");
      },
    };
    try {
      await g.mod.run("mod tags create Caregiver");
      const posts = t.h.port.recorded.posts.length;
      expect(await g.as("alice").say("iam caregiver")).toBe("You now have the tag Caregiver.");
      expect(await g.as("bob").say("iam caregiver")).toBe("You now have the tag Caregiver.");
      const told = t.h.port.recorded.posts.slice(posts);
      expect(told).toHaveLength(1);
      expect(textOf(told[0]?.view ?? { blocks: [] })).toContain("I can't manage roles here");
    } finally {
      delete t.h.port.roles;
    }
  });

  it("grants the moderators' chosen role when the gate lets a member in", async () => {
    const roles = recordingRoles(t.h.port.recorded);
    roles.existing.set("555", "Members");
    t.h.port.roles = roles;
    try {
      const g = t.h.group();
      await g.mod.run("mod rules add Be kind");
      await g.mod.run("mod gate on");
      expect(await g.mod.say("mod gate role 555")).toContain("Members will get that role");
      await g.as("zed").run("agree");
      expect(t.h.port.recorded.roles.at(-1)).toBe("grant:zed:Members");
    } finally {
      delete t.h.port.roles;
    }
  });

  it("takes arguments a platform already split, validated like typed ones", async () => {
    const g = t.h.group();
    const place = { platform: g.platform, groupId: g.groupId, channelId: "general" };
    const actor = { id: "mod", isPlatformAdmin: true };
    const run = (text: string, args: Record<string, string>) =>
      t.h.engine.dispatch({ type: "command", place, actor, text, args }).then(textOf);
    expect(await run("mod rules add", { rule: "Be kind, always" })).toContain("Rule 1 added");
    expect(await run("mod rules edit", { number: "x", rule: "y" })).toContain(
      "number should be a whole number",
    );
    expect(await run("mod rules add", { rule: "x", bogus: "1" })).toContain(
      "is not an option of this command",
    );
    expect(await g.mod.say("rules")).toContain("1. Be kind, always");
  });

  it("suggests tag names while typing, hiding what members may not see", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Caregiver");
    await g.mod.run(`mod tags create "Care team" self:no visibility:private`);
    const place = { platform: g.platform, groupId: g.groupId, channelId: "general" };
    const suggest = (admin: boolean) =>
      t.h.engine.suggest({
        place,
        actor: { id: "x", isPlatformAdmin: admin },
        path: "iam",
        param: "tag",
        typed: "car",
      });
    expect((await suggest(false)).map((s) => s.value)).toEqual(["Caregiver"]);
    expect((await suggest(true)).map((s) => s.value)).toEqual(["Care team", "Caregiver"]);
  });
});
