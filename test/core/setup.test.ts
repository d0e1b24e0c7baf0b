import { describe, expect, it } from "vitest";
import { parseActionId } from "../../core/commands/define.js";
import { crisisDirectory, trustedDefaults } from "../../core/data/directory.js";
import { buttonsOf, choiceOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

function press(label: string, views: Awaited<ReturnType<ReturnType<typeof t.h.group>["mod"]["run"]>>) {
  const found = buttonsOf(views).find((b) => b.label === label);
  if (!found) throw new Error(`no button "${label}" in ${textOf(views)}`);
  return found.action;
}

describe("arrival", () => {
  it("tells whoever added the bot privately, once, what it does, which rights it lacks and how to start", async () => {
    const g = t.h.group("Lupus Circle");
    const direct = t.h.port.recorded.direct.length;
    const replies = await g.as("owner", { admin: true }).addBot(["delete_messages", "restrict_members"]);
    expect(replies).toEqual([]);
    const sent = t.h.port.recorded.direct.slice(direct);
    expect(sent.map((d) => d.userId)).toEqual(["owner"]);
    const text = textOf(sent[0]?.view ?? { blocks: [] });
    expect(text).toContain("Thanks for adding peerbridge to Lupus Circle");
    expect(text).toContain("Delete messages");
    expect(text).toContain("Restrict members");
    expect(text).toContain("/mod setup");
    expect(sent[0]?.view.personal).toBe(true);
    expect(await g.as("owner", { admin: true }).addBot()).toEqual([]);
    expect(t.h.port.recorded.direct.length).toBe(direct + 1);
  });

  it("falls back to a short public note naming no one when it cannot write privately", async () => {
    const g = t.h.group("Closed DMs");
    const sendDirect = t.h.port.sendDirect;
    t.h.port.sendDirect = async () => false;
    try {
      const replies = await g.as("owner", { admin: true, name: "Olive Owner" }).addBot(["manage_roles"]);
      expect(replies).toHaveLength(1);
      expect(replies[0]?.private).toBeFalsy();
      const text = textOf(replies);
      expect(text).toContain("/mod setup");
      expect(text).not.toContain("Olive");
      expect(text).not.toContain("owner");
      expect(text).toContain("Manage Roles");
    } finally {
      t.h.port.sendDirect = sendDirect;
    }
  });
});

describe("mod setup", () => {
  it("takes the starter set in one sitting: rules, tags, crisis text, trusted domains", async () => {
    const g = t.h.group("Long Covid Peers");
    let views = await g.mod.run("mod setup");
    expect(views[0]?.personal).toBe(true);
    expect(textOf(views)).toContain("0 of 11 steps done");
    expect(textOf(views)).toContain("○ Rules: no rules");

    views = await g.mod.press(press("Continue: Welcome text", views));
    views = await g.mod.press(press("Preview", views));
    expect(textOf(views)).toContain("Preview: this is what a new member sees");
    views = await g.mod.press(press("Use the starter welcome", views));
    expect(textOf(views)).toContain("Starter welcome saved");
    expect(textOf(views)).toContain("Step 2 of 11: Rules");
    views = await g.mod.press(press("Use the starter rules", views));
    expect(textOf(views)).toContain("Starter rules saved (version 1)");
    views = await g.mod.press(press("Create the starter tags", views));
    expect(textOf(views)).toContain("Starter tags created: Patient, Caregiver, Newly diagnosed");
    expect(textOf(views)).toContain("Step 4 of 11: Crisis resources");
    const countries = choiceOf(views);
    expect(countries?.options.map((o) => o.value)).toEqual([...crisisDirectory().keys()].sort());
    views = await g.mod.press(countries?.action ?? "", { selected: ["GB"], offered: ["GB"] });
    expect(textOf(views)).toContain("Country set to GB");
    views = await g.mod.press(press("Add the shipped list", views));
    expect(textOf(views)).toContain(
      `Added the shipped list: ${trustedDefaults().length} trusted health sites`,
    );
    views = await g.mod.press(press("Skip", views));
    expect(textOf(views)).toContain("Skipped Moderator channel");
    views = await g.mod.press(press("Turn the gate on", views));
    views = await g.mod.press(press("Skip", views));
    views = await g.mod.press(press("Skip", views));
    expect(textOf(views)).toContain("Step 10 of 11: Newcomer review");
    expect(textOf(views)).toContain("Now: off");
    views = await g.mod.press(press("Review newcomers (3 approvals)", views));
    expect(textOf(views)).toContain("Newcomer review is on: members are trusted after 3 approvals");
    expect(textOf(views)).toContain("Step 11 of 11: Language");
    expect(textOf(views)).toContain("Now: automatic");
    expect(buttonsOf(views).map((b) => b.label)).toEqual(
      expect.arrayContaining(["English", "español", "français", "Keep it automatic"]),
    );
    views = await g.mod.press(press("English", views));
    expect(textOf(views)).toContain("now in **English**".replaceAll("**", ""));
    expect(textOf(views)).toContain("11 of 11 steps done");
    expect(textOf(views)).toContain("Everything is set up");

    expect(await g.as("ann").say("rules")).toContain("What is shared here stays here");
    expect(await g.as("ann").say("rules")).toContain("In a crisis, use /crisis");
    const tags = await t.db.tag.findMany({
      where: { community: { groups: { some: { platformGroupId: g.groupId } } } },
    });
    expect(tags.map((tag) => [tag.name, tag.visibility]).sort()).toEqual([
      ["Caregiver", "public"],
      ["Newly diagnosed", "private"],
      ["Patient", "public"],
    ]);
    const crisis = await g.as("ann").say("crisis");
    expect(crisis).toContain("In GB: emergency number 999");
    expect(crisis).toContain("Samaritans: 116 123");
    expect(await g.mod.say("mod resources trusted list")).toContain("nhs.uk");
    expect(textOf(await g.as("bob", { name: "Bob" }).join())).toContain(
      "Welcome, Bob! Long Covid Peers is a peer-support group",
    );

    // Every choice is an ordinary audited change.
    const audit = await t.db.auditEntry.findMany({
      where: { community: { groups: { some: { platformGroupId: g.groupId } } } },
      orderBy: { id: "asc" },
    });
    expect(audit.map((a) => a.action)).toEqual([
      "welcome.set",
      "rules.starter",
      "tags.create",
      "tags.create",
      "tags.create",
      "safety.country",
      "resources.defaultsOn",
      "setup.skip",
      "gate.on",
      "setup.skip",
      "setup.skip",
      "moderation.newcomers",
      "community.language",
    ]);
  });

  it("resumes: run again, it shows what is done and continues with what is left", async () => {
    const g = t.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod country US");
    const views = await g.mod.run("mod setup");
    const text = textOf(views);
    expect(text).toContain("2 of 11 steps done");
    expect(text).toContain("✓ Rules: 1 in the rulebook");
    expect(text).toContain("✓ Crisis resources: the directory's entry for US");
    expect(text).toContain("○ Welcome text");
    const rules = await g.mod.press(press("Rules", views));
    expect(textOf(rules)).not.toContain("Use the starter rules");
    // The buttons are the moderator's own.
    const other = await g.as("other-mod", { admin: true }).press(press("Rules", views));
    expect(textOf(other)).toContain("for someone else");
  });

  it("refuses forged step names and non-moderators", async () => {
    const g = t.h.group();
    const views = await g.mod.run("mod setup");
    const go = parseActionId(press("Rules", views));
    expect(textOf(await g.mod.press(`setup.take:bogus@${go.owner}`))).toContain("no longer applies");
    expect(await g.as("mia").say("mod setup")).toMatch(/^Only moderators can use/);
  });
});

describe("country and shipped defaults", () => {
  it("refuses an unknown country code kindly and changes nothing", async () => {
    const g = t.h.group();
    const reply = await g.mod.say("mod country XX");
    expect(reply).toContain("I don't know the country code XX");
    expect(reply).toContain("GB");
    expect(await g.mod.say("mod country <b>")).toContain("I don't know the country code <b>");
    expect(await g.mod.say("mod country gb")).toContain("Country set to GB");
    expect(await g.mod.say("mod country GB")).toContain("already GB");
    expect(await g.mod.say("mod config")).toContain("Country: GB");
  });

  it("uses the community's own crisis text over the directory", async () => {
    const g = t.h.group();
    await g.mod.run("mod country US");
    expect(await g.as("x").say("crisis")).toContain("988 Suicide & Crisis Lifeline: 988");
    await g.mod.run("mod crisis set Call our helpline");
    const text = await g.as("x").say("crisis");
    expect(text).toContain("Call our helpline");
    expect(text).not.toContain("988");
  });

  it("adds and removes the shipped trusted list, keeping the community's own domains", async () => {
    const g = t.h.group();
    await g.mod.run("mod resources trusted add example-clinic.org");
    await g.mod.run("mod resources trusted add nhs.uk");
    const count = trustedDefaults().length;
    expect(await g.mod.say("mod resources trusted defaults on")).toContain(
      `Added the shipped list: ${count - 1} trusted health sites`,
    );
    expect(await g.mod.say("mod resources trusted defaults on")).toContain("already on");
    expect(await g.mod.say("mod resources trusted defaults off")).toContain(
      `Removed the shipped list (${count - 1} sites)`,
    );
    expect(await g.mod.say("mod resources trusted list")).toBe("Trusted sources: example-clinic.org, nhs.uk");
    expect(await g.mod.say("mod resources trusted defaults off")).toContain("was not on");
  });
});
