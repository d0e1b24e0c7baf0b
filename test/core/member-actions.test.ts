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
      /^alice is muted until [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d{2}\s[AP]M\. They were told privately\.$/,
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
    expect(told[0]).toMatch(/^The moderators of Peers muted you until .+, .+\. Reason: Shouting at people$/);
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

describe("warning thresholds, member lookup and lists for moderators", () => {
  it("acts when a member reaches the threshold, in the moderator's name", async () => {
    const g = t.h.group("Peers");
    await g.as("dan").run("agree");
    expect(await g.mod.say("mod warnings threshold 2 mute 24h")).toBe(
      "At 2 active warnings, a member is muted for 1d.",
    );
    expect(await g.mod.say("mod config")).toContain(
      "Warning threshold: At 2 active warnings, a member is muted for 1d.",
    );
    const from = t.h.port.recorded.members.length;
    expect(await g.mod.say("mod warn dan Off topic")).not.toContain("threshold");
    const second = await g.mod.say("mod warn dan Rude again");
    expect(second).toMatch(
      /That reaches the threshold of 2 warnings: dan is muted until .+\. They were told privately\.$/,
    );
    expect(t.h.port.recorded.members.slice(from)).toEqual(["mute:dan"]);
    const told = t.h.port.recorded.direct.map((d) => textOf(d.view)).at(-1);
    expect(told).toContain("Reason: 2 active warnings, the group's threshold");
    expect(await g.mod.say("mod audit kind:members")).toContain("mod muted dan");

    expect(await g.mod.say("mod warnings threshold 3 kick 1h")).toContain("Only a mute has a duration");
    expect(await g.mod.say("mod warnings threshold 3")).toContain("Say what happens at that many warnings");
    expect(await g.mod.say("mod warnings threshold 3 mute forever")).toContain("Say how long");
    expect(await g.mod.say("mod config")).toContain("muted for 1d");
    expect(await g.mod.say("mod warnings threshold 0")).toContain("Warning threshold off");
    expect(await g.mod.say("mod warn dan Third")).not.toContain("threshold");
    expect(await g.as("dan").say("mod warnings threshold 1 ban")).toContain("Only moderators");
  });

  it("tells the moderator when the threshold's action was refused, keeping the warning", async () => {
    const g = t.h.group();
    await g.as("eli").run("agree");
    await g.mod.run("mod warnings threshold 1 ban");
    const port = t.h.port;
    const actions = port.members;
    try {
      delete port.members;
      const reply = await g.mod.say("mod warn eli Spam");
      expect(reply).toContain("Warning #");
      expect(reply).toContain("but its action could not be taken: This platform doesn't let bots mute");
    } finally {
      port.members = actions;
    }
    expect(await g.mod.say("mod warnings eli")).toContain("Spam");
  });

  it("looks a member up, with private tags, for the moderator alone", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod tags create T10");
    await g.mod.run("mod tags create T2");
    await g.mod.run("mod tags create Epilepsy type:condition");
    const fay = g.as("fay");
    await fay.run("agree");
    await fay.run("iam T10");
    await fay.run("iam T2");
    await fay.run("iam epilepsy");
    await g.mod.run("mod warn fay Off topic");
    const views = await g.mod.run("mod member fay");
    expect(views[0]?.personal).toBe(true);
    const text = textOf(views);
    expect(text).toMatch(/Joined on [A-Z][a-z]{2} \d{1,2}, \d{4}/);
    expect(text).toMatch(/Rules: accepted the current version 1 on/);
    expect(text).toContain("1 active warning (/mod warnings)");
    expect(text).toContain("Tags: Epilepsy (private), T2, T10");
    await g.mod.run("mod rules add Share experience");
    expect(await g.mod.say("mod member fay")).toContain("Rules: accepted version 1; they are now version 2");
    expect(await g.as("gus").say("mod member fay")).toContain("Only moderators");

    // Who holds a tag, private ones included, personal to the moderator.
    const holders = await g.mod.run("mod tags members epilepsy");
    expect(holders[0]?.personal).toBe(true);
    expect(textOf(holders)).toContain("1 member holds Epilepsy");
    expect(textOf(holders)).toContain("fay");
    expect(await g.mod.say("mod tags members T2")).toContain("1 member holds T2");
    await g.mod.run("mod tags create Empty");
    expect(await g.mod.say("mod tags members empty")).toBe("Nobody in this group holds Empty.");
    expect(await g.as("gus").say("mod tags members epilepsy")).toContain("Only moderators");

    // Every active warning in the group.
    expect(await g.mod.say("mod warnings all")).toMatch(
      /1 active warning in this group[\s\S]*fay · #\d+ · .+ · Off topic/,
    );
    await g.as("gus").run("agree");
    await g.mod.run("mod warn gus Spam");
    const all = await g.mod.run("mod warnings all");
    expect(all[0]?.personal).toBe(true);
    expect(textOf(all)).toContain("2 active warnings in this group");
    expect(textOf(all).indexOf("gus")).toBeLessThan(textOf(all).indexOf("fay"));
  });
});
