import { describe, expect, it } from "vitest";
import { PlatformError } from "../../core/platform-error.js";
import { textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("mute, kick and ban", () => {
  it("acts on the platform, tells the member privately and audits it", async () => {
    const g = t.h.group("Peers");
    await g.as("alice").run("agree");
    const start = t.h.port.recorded.direct.length;
    const from = t.h.port.recorded.members.length;
    expect(await g.mod.say("mod mute alice 24h Shouting at people")).toMatch(
      /^alice is muted until \d{4}-\d{2}-\d{2} \d{2}:\d{2} UTC\. They were told privately\.$/,
    );
    expect(await g.mod.say("mod unmute alice")).toBe("alice can write again. They were told privately.");
    expect(await g.mod.say("mod kick alice")).toContain("alice was removed from the group.");
    expect(await g.mod.say("mod ban alice Spam")).toContain("alice was banned from the group.");
    expect(await g.mod.say("mod unban alice")).toContain("alice may join the group again.");
    expect(t.h.port.recorded.members.slice(from)).toEqual([
      "mute:alice",
      "unmute:alice",
      "kick:alice",
      "ban:alice",
      "unban:alice",
    ]);
    const told = t.h.port.recorded.direct.slice(start).map((d) => textOf(d.view));
    expect(told[0]).toMatch(/^The moderators of Peers muted you until .+ UTC\. Reason: Shouting at people$/);
    expect(told[2]).toBe("The moderators of Peers removed you from the group. Reason: no reason given");
    const audit = await g.mod.say("mod audit kind:members");
    expect(audit).toContain("mod muted alice");
    expect(audit).toContain("mod banned alice");
  });

  it("refuses bad durations, non-moderators, missing rights and platforms without the power", async () => {
    const g = t.h.group();
    await g.as("bob").run("agree");
    expect(await g.mod.say("mod mute bob forever")).toContain("Say how long like 30m");
    expect(await g.mod.say("mod mute bob 30d")).toContain("at most 28 days");
    expect(await g.as("bob").say("mod ban bob")).toContain("Only moderators");
    const port = t.h.port;
    const actions = port.members;
    try {
      port.members = {
        ...(actions as NonNullable<typeof actions>),
        async ban() {
          throw new PlatformError("missing_permission", "restrictMembers");
        },
      };
      expect(await g.mod.say("mod ban bob")).toContain("I don't have the right to do that here");
      port.members = {
        ...(actions as NonNullable<typeof actions>),
        async kick() {
          throw new PlatformError("protected_member", "memberActions");
        },
      };
      expect(await g.mod.say("mod kick bob")).toBe(
        "bob is an admin or ranks above me here: the platform doesn't let me do that to them. Nothing was changed.",
      );
      delete port.members;
      expect(await g.mod.say("mod mute bob 1h")).toContain("This platform doesn't let bots mute");
    } finally {
      port.members = actions;
    }
    expect(await g.mod.say("mod audit kind:members")).toBe("No audit entries match.");
  });
});
