import { describe, expect, it } from "vitest";
import { buttonsOf, choiceOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("onboarding", () => {
  it("welcomes a joining member with the rules, an accept button for them and a tag picker", async () => {
    const g = t.h.group("Long Covid Peers");
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod tags create Caregiver description:For people caring for someone");
    await g.mod.run("mod tags create Patient");
    await g.mod.run("mod tags create Staff self:no");
    const bob = g.as("bob", { name: "Bob" });
    const views = await bob.join();
    const text = textOf(views);
    expect(text).toContain("Welcome, Bob! This is a peer-support group.");
    expect(text).toContain("Rules of Long Covid Peers (version 1)");
    expect(text).toContain("1. Be kind");
    const [accept] = buttonsOf(views);
    expect(accept?.action).toMatch(/@bob$/);
    const picker = choiceOf(views);
    expect(picker?.options.map((o) => o.label)).toEqual(["Caregiver", "Patient"]);
    expect(picker?.action).toMatch(/@bob$/);

    const member = await t.db.member.findFirstOrThrow({
      where: { platformUserId: "bob", group: { platformGroupId: g.groupId } },
    });
    expect(member.status).toBe("pending");

    // Only the member the welcome is for can press its buttons.
    expect(textOf(await g.as("carol").press(accept?.action ?? ""))).toContain("for someone else");
    expect(textOf(await bob.press(accept?.action ?? ""))).toContain("Thank you for accepting");
    const accepted = await t.db.member.findUniqueOrThrow({ where: { id: member.id } });
    expect(accepted.status).toBe("active");
    expect(accepted.acceptedRulesVersion).toBe(1);

    // Picking tags from the welcome's menu, then toggling one off.
    const patient = picker?.options.find((o) => o.label === "Patient")?.value ?? "";
    const caregiver = picker?.options.find((o) => o.label === "Caregiver")?.value ?? "";
    const offered = picker?.options.map((o) => o.value) ?? [];
    expect(
      textOf(await bob.press(picker?.action ?? "", { selected: [patient, caregiver], offered })),
    ).toContain("Saved. Your tags: Caregiver, Patient");
    expect(textOf(await bob.press(picker?.action ?? "", { toggled: caregiver }))).toContain(
      "Your tags: Patient",
    );
    expect(await bob.say("mytags")).toBe("Your tags: Patient");
  });

  it("fills {member} and {community} in the moderator's welcome, as plain text", async () => {
    const g = t.h.group("Caregivers <b>UK</b>");
    expect(await g.mod.say("mod welcome set Hi {member}, welcome to {community}! Read the rules.")).toContain(
      "saved",
    );
    const text = textOf(await g.as("eve", { name: "@everyone *Eve*" }).join());
    expect(text).toContain("Hi @everyone *Eve*, welcome to Caregivers <b>UK</b>! Read the rules.");
    expect(await g.mod.say("mod welcome show")).toContain(
      "Hi {member}, welcome to {community}! Read the rules.",
    );
    const preview = await g.mod.run("mod welcome preview");
    expect(preview[0]?.private).toBe(true);
    expect(textOf(preview)).toContain("Preview");
    expect(textOf(preview)).toContain("Hi mod, welcome to Caregivers <b>UK</b>!");
  });

  it("shows the default welcome until one is set", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod welcome show")).toContain("No welcome text is set");
  });

  it("gates new members until they accept, where the platform can", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    expect(await g.mod.say("mod gate on")).toContain("Gate on");
    expect(await g.mod.say("mod gate on")).toContain("already on");
    const before = t.h.port.recorded.access.length;
    const dan = g.as("dan");
    const welcome = await dan.join();
    expect(textOf(welcome)).toContain("once you have accepted the rules");
    expect(t.h.port.recorded.access.slice(before)).toEqual([
      { groupId: g.groupId, userId: "dan", allowed: false },
    ]);
    await dan.run("agree");
    expect(t.h.port.recorded.access.slice(before + 1)).toEqual([
      { groupId: g.groupId, userId: "dan", allowed: true },
    ]);
    expect(await g.mod.say("mod gate off")).toContain("Gate off");
    const fay = g.as("fay");
    await fay.join();
    expect(t.h.port.recorded.access.filter((a) => a.userId === "fay")).toEqual([]);
  });

  it("sends the welcome privately when the community chose so", async () => {
    const g = t.h.group();
    await g.mod.run("mod welcome mode private");
    const [welcome] = await g.as("gus").join();
    expect(welcome?.private).toBe(true);
    await g.mod.run("mod welcome mode group");
    const [again] = await g.as("hal").join();
    expect(again?.private).toBe(false);
  });

  it("a member who rejoins keeps their acceptance", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    const ivy = g.as("ivy");
    await ivy.join();
    await ivy.run("agree");
    const views = await ivy.join();
    expect(buttonsOf(views)).toHaveLength(1);
    expect(await ivy.say("rules")).toContain("You accepted");
  });

  it("sets the welcome channel", async () => {
    const g = t.h.group();
    expect(await g.mod.say("mod welcome channel here")).toContain("that channel");
    const group = await t.db.group.findFirstOrThrow({ where: { platformGroupId: g.groupId } });
    expect(group.welcomeChannelId).toBe("general");
    // The engine posts welcomes to the chosen channel itself.
    const before = t.h.port.recorded.posts.length;
    expect(await g.as("newbie", { name: "Newbie" }).join()).toEqual([]);
    const posted = t.h.port.recorded.posts.slice(before);
    expect(posted.map((p) => p.to)).toEqual([{ groupId: g.groupId, channelId: "general" }]);
    expect(textOf(posted[0]?.view ?? { blocks: [] })).toContain("Welcome, Newbie!");
  });
});

describe("pending members and the home view", () => {
  it("lists who has not accepted yet, for moderators", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("agree");
    expect(await g.mod.say("mod pending")).toContain("Everyone has accepted");
    await g.as("ann").join();
    await g.as("ben").join();
    await g.as("ben").run("agree");
    const views = await g.mod.run("mod pending");
    const list = views[0]?.blocks[1];
    expect(list?.kind === "list" && list.items.map((item) => item[0])).toEqual([
      { text: "ann", user: "ann" },
    ]);
  });

  it("gives members their overview and moderators what waits for them", async () => {
    const g = t.h.group("Home group");
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod tags create Patient");
    await g.mod.run("agree");
    await g.as("ann").run("iam patient");
    const place = { platform: g.platform, groupId: g.groupId, channelId: "home" };
    const member = textOf(await t.h.engine.home({ place, actor: { id: "ann", isPlatformAdmin: false } }));
    expect(member).toContain("Home group");
    expect(member).toContain("1. Be kind");
    expect(member).toContain("You have not accepted these rules yet");
    expect(member).toContain("Your tags: Patient");
    expect(member).not.toContain("For moderators");
    const moderator = textOf(await t.h.engine.home({ place, actor: { id: "mod", isPlatformAdmin: true } }));
    expect(moderator).toContain("1 member has not accepted the current rules");
  });
});
