import { describe, expect, it } from "vitest";
import { catalogWithMine, loadCatalog } from "../../core/features/tags/tags-service.js";
import { useFarTimeZone } from "../helpers/far-time-zone.js";
import { choiceOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();
// The direct reads revive timestamps from JSON: they must come back as the UTC Prisma stored.
useFarTimeZone();

describe("role tags", () => {
  it("creates tags and lists the catalog with descriptions", async () => {
    const g = t.h.group();
    expect(
      await g.mod.say('mod tags create Caregiver description:"For people caring for someone" emoji:🤝'),
    ).toBe(
      "Created tag Caregiver — description “For people caring for someone”, emoji 🤝, public, members pick it.",
    );
    expect(await g.mod.say("mod tags create Type-1 description:Diabetes type:condition")).toContain(
      "private",
    );
    expect(await g.mod.say("mod tags create Nurse self:no")).toContain("moderators give it");
    expect(
      await g.mod.say('mod tags create Secret self:no visibility:private description:"hidden one"'),
    ).toContain("private, moderators give it");
    const catalog = await g.as("alice").say("tags");
    expect(catalog).toContain("🤝 Caregiver — For people caring for someone");
    expect(catalog).toContain("Type-1 — Diabetes (private: only you and moderators see who has it)");
    expect(catalog).toContain("Nurse (given by moderators)");
    expect(catalog).not.toContain("Secret");
    expect(await g.mod.say("tags")).toContain("Secret — hidden one");
    // The catalog is read with a hand-written statement: the rows must be Prisma's own.
    const { communityId } = await t.db.group.findFirstOrThrow({ where: { platformGroupId: g.groupId } });
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    const direct = (await loadCatalog(t.db, communityId)).sort(byId);
    expect(direct).toHaveLength(4);
    expect(direct).toEqual(await t.db.tag.findMany({ where: { communityId }, orderBy: { id: "asc" } }));
  });

  it("reads a member's picker as Prisma's include does: the catalog, and which tags are theirs", async () => {
    const g = t.h.group();
    for (const name of ["Patient", "Caregiver", "Nurse"]) await g.mod.run(`mod tags create ${name}`);
    await g.as("alice").run("iam patient");
    await g.as("alice").run("iam nurse");
    await g.as("bob").run("iam caregiver");
    const ctx = await t.h.engine.moderatorContext({
      place: { platform: g.platform, groupId: g.groupId, channelId: "general" },
      actor: { id: "mod", isPlatformAdmin: true },
    });
    if (!ctx) throw new Error("no moderator context");
    const alice = await t.db.member.findFirstOrThrow({
      where: { platformUserId: "alice", group: { platformGroupId: g.groupId } },
    });
    const { tags, mine } = await catalogWithMine(ctx, alice.id);
    const rows = await t.db.tag.findMany({
      where: { communityId: ctx.community.id },
      include: { members: { where: { memberId: alice.id } } },
    });
    const byId = (a: { id: number }, b: { id: number }) => a.id - b.id;
    expect([...tags].sort(byId)).toEqual(rows.map(({ members: _members, ...tag }) => tag).sort(byId));
    expect([...mine].sort()).toEqual(
      rows
        .filter((row) => row.members.length > 0)
        .map((row) => row.id)
        .sort(),
    );
    expect(tags.filter((tag) => mine.has(tag.id)).map((tag) => tag.name)).toEqual(["Nurse", "Patient"]);
  });

  it("members give themselves tags, matched case- and accent-insensitively", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Épilepsie");
    const alice = g.as("alice");
    expect(await alice.say("iam epilepsie")).toBe("You now have the tag Épilepsie.");
    expect(await alice.say("iam ÉPILEPSIE")).toBe("You already have Épilepsie.");
    expect(await alice.say("mytags")).toBe("Your tags: Épilepsie");
    expect(await alice.say("iamnot Epilepsie")).toBe("The tag Épilepsie was removed.");
    expect(await alice.say("iamnot Epilepsie")).toBe("You don't have Épilepsie.");
    expect(await alice.say("mytags")).toContain("You have no tags");
  });

  it("suggests the closest name for an unknown one", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Caregiver");
    expect(await g.as("alice").say("iam caregiverr")).toBe(
      "There is no tag called caregiverr. Did you mean Caregiver?",
    );
    expect(await g.as("alice").say("iam xyz")).toBe("There is no tag called xyz.");
  });

  it("a known member's /iam finds and gives the tag in one statement, refusing as findTag does", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Type-1 description:Diabetes type:condition emoji:🩸");
    await g.mod.run("mod tags create Nurse self:no");
    await g.mod.run("mod tags create Secret self:no visibility:private");
    const alice = g.as("alice");
    await alice.run("agree");
    expect(await alice.say("iam secret")).toBe("There is no tag called secret.");
    expect(await alice.say("iam nurse")).toBe("Nurse is given by moderators only.");
    expect(await alice.say("iam type-2")).toBe("There is no tag called type-2. Did you mean Type-1?");
    // A condition tag is private: the answer is personal, never shown in the group.
    const [given] = await alice.run("iam type-1");
    expect(given?.personal).toBe(true);
    expect(textOf(await alice.run("iam TYPE-1"))).toBe("You already have Type-1.");
    expect(await alice.say("mytags")).toBe("Your tags: 🩸 Type-1");
  });

  it("keeps moderator-only tags for moderators to give", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Nurse self:no");
    await g.as("alice").run("agree");
    expect(await g.as("alice").say("iam nurse")).toBe("Nurse is given by moderators only.");
    expect(await g.mod.say("mod tags give alice nurse")).toBe(
      "Nurse given to alice. They were told privately.",
    );
    expect(await g.mod.say("mod tags give @alice nurse")).toBe("@alice already has Nurse.");
    expect(await g.as("alice").say("mytags")).toBe("Your tags: Nurse");
    expect(await g.mod.say("mod tags take alice nurse")).toBe(
      "Nurse taken from alice. They were told privately.",
    );
    expect(await g.mod.say("mod tags take alice nurse")).toBe("alice doesn't have Nurse.");
    expect(await g.mod.say("mod tags give nobody nurse")).toContain("I don't know nobody in this group");
  });

  it("edits and deletes tags", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Carer");
    await g.mod.run("mod tags create Patient");
    await g.as("alice").run("iam carer");
    expect(
      await g.mod.say('mod tags edit carer name:Caregiver description:"People caring for someone"'),
    ).toBe("Updated tag Caregiver — now description “People caring for someone”, public, members pick it.");
    expect(await g.as("alice").say("mytags")).toBe("Your tags: Caregiver");
    expect(await g.mod.say("mod tags edit caregiver name:patient")).toBe(
      "A tag called patient already exists.",
    );
    expect(await g.mod.say("mod tags edit caregiver")).toContain("Say what to change");
    expect(await g.mod.say("mod tags edit caregiver type:condition")).toContain(
      "Updated tag Caregiver — now",
    );
    const tag = await t.db.tag.findFirstOrThrow({
      where: { key: "caregiver", community: { groups: { some: { platformGroupId: g.groupId } } } },
    });
    expect(tag.visibility).toBe("private");
    expect(await g.mod.say("mod tags delete caregiver")).toBe(
      "Tag Caregiver deleted and removed from 1 member.",
    );
    expect(await g.as("alice").say("mytags")).toContain("You have no tags");
  });

  it("refuses duplicates, bad names and bad emoji", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Caregiver");
    expect(await g.mod.say("mod tags create CAREGIVER")).toBe("A tag called CAREGIVER already exists.");
    expect(await g.mod.say("mod tags create ***")).toContain("need a letter or digit");
    expect(await g.mod.say("mod tags create Patient emoji:abc")).toContain("single emoji");
    expect(await g.mod.say(`mod tags create ${"x".repeat(33)}`)).toContain("at most 32 characters");
  });

  it("shows the caller's own tags as a private picker", async () => {
    const g = t.h.group();
    await g.mod.run("mod tags create Patient");
    await g.as("alice").run("iam patient");
    const views = await g.as("alice").run("tags");
    expect(views[0]?.private).toBe(true);
    expect(choiceOf(views)?.options).toEqual([expect.objectContaining({ label: "Patient", selected: true })]);
  });
});
