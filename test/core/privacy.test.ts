import { describe, expect, it } from "vitest";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

describe("my data", () => {
  it("sends everything stored about the caller privately, as a JSON file", async () => {
    const g = t.h.group("Data group");
    await g.mod.run("mod rules add Be kind");
    await g.mod.run("mod tags create Epilepsy type:condition");
    const dana = g.as("dana");
    await dana.run("agree");
    await dana.run("iam epilepsy");
    await dana.run("suggest https://example.org/seizures Seizure diary");
    await dana.run("report spam");
    await g.mod.run("mod warn dana Be gentle");
    const views = await dana.run("mydata");
    expect(views[0]?.private).toBe(true);
    expect(textOf(views)).toContain(
      "1 group membership, 1 tag, 1 warning, 1 report you filed, 1 suggestion and 0 join applications",
    );
    const file = views[0]?.blocks.find((b) => b.kind === "file");
    const data = JSON.parse(file?.kind === "file" ? file.content : "{}");
    expect(data.userId).toBe("dana");
    expect(data.onboarding.memberships[0]).toMatchObject({
      community: "Data group",
      acceptedRulesVersion: 1,
    });
    expect(data.tags.tags).toMatchObject([{ name: "Epilepsy", visibility: "private" }]);
    expect(data.moderation.warnings).toMatchObject([{ reason: "Be gentle" }]);
    expect(data.moderation.reports).toMatchObject([{ reason: "spam", status: "open" }]);
    expect(data.resources.suggestions).toMatchObject([
      { url: "https://example.org/seizures", title: "Seizure diary" },
    ]);
  });
});

describe("forget me", () => {
  it("confirms what goes, then leaves the user's id in no table", async () => {
    const a = t.h.group();
    const b = t.h.group();
    await a.mod.run("mod rules add Be kind");
    await a.mod.run("mod tags create Carer");
    const erin = a.as("erin-4471");
    await erin.run("agree");
    await erin.run("iam carer");
    await erin.run("suggest https://example.org/erin Erin's link");
    await erin.run("report not ok");
    await a.mod.run("mod moderators add erin-4471");
    await erin.run("mod rules add Erin's rule");
    await erin.run("mod warn mod be nice");
    await b.as("erin-4471").run("agree");

    const confirm = await erin.run("forgetme");
    expect(textOf(confirm)).toContain("2 group memberships");
    expect(textOf(confirm)).toContain("1 tag, 0 warnings");
    expect(textOf(confirm)).toContain("links you suggested (1)");
    const [forget] = buttonsOf(confirm);
    expect(textOf(await a.as("frank").press(forget?.action ?? ""))).toContain("for someone else");
    expect(textOf(await erin.press(forget?.action ?? ""))).toContain("no longer stores anything about you");

    const dump = await t.db.$queryRawUnsafe<{ row: string }[]>(
      `SELECT row_to_json(x)::text AS row FROM (
         SELECT 'member' AS t, to_jsonb(m) AS v FROM "Member" m UNION ALL
         SELECT 'grant', to_jsonb(g) FROM "ModeratorGrant" g UNION ALL
         SELECT 'audit', to_jsonb(a) FROM "AuditEntry" a UNION ALL
         SELECT 'warning', to_jsonb(w) FROM "Warning" w UNION ALL
         SELECT 'resource', to_jsonb(r) FROM "Resource" r UNION ALL
         SELECT 'report', to_jsonb(p) FROM "Report" p UNION ALL
         SELECT 'link', to_jsonb(l) FROM "LinkCode" l UNION ALL
         SELECT 'group', to_jsonb(gr) FROM "Group" gr) x`,
    );
    expect(dump.length).toBeGreaterThan(5);
    expect(dump.filter((d) => d.row.includes("erin-4471"))).toEqual([]);
    // What others need stays, without her.
    expect(await a.mod.say("resources")).toContain("The library is empty");
    expect(await a.mod.say("mod reports")).toContain("Reports: open (1) · page 1 of 1");
    expect(await a.mod.say("rules")).toContain("Erin's rule");
  });

  it("works from a private chat, and cancel changes nothing", async () => {
    const g = t.h.group();
    await g.as("gil").run("agree");
    const dm = { platform: g.platform, channelId: "dm-gil" };
    const actor = { id: "gil", isPlatformAdmin: false };
    const confirm = await t.h.engine.dispatch({ type: "command", place: dm, actor, text: "forgetme" });
    const [, cancel] = buttonsOf(confirm);
    expect(
      textOf(await t.h.engine.dispatch({ type: "action", place: dm, actor, action: cancel?.action ?? "" })),
    ).toContain("Cancelled");
    expect(await t.db.member.count({ where: { platformUserId: "gil" } })).toBe(1);
  });
});

describe("retention", () => {
  it("purges reports, warnings and audit entries older than the community's period", async () => {
    const g = t.h.group();
    await g.as("hal").run("report old");
    await g.mod.run("mod warn hal old");
    expect(await g.mod.say("mod retention 3")).toContain("days should be 7 or more");
    expect(await g.mod.say("mod retention 7")).toContain("older than 7 days");
    const community = await t.db.community.findFirstOrThrow({
      where: { groups: { some: { platformGroupId: g.groupId } } },
    });
    const old = new Date(Date.now() - 8 * 86_400_000);
    await t.db.report.updateMany({ where: { communityId: community.id }, data: { createdAt: old } });
    await t.db.warning.updateMany({ where: { communityId: community.id }, data: { createdAt: old } });
    await t.db.auditEntry.updateMany({
      where: { communityId: community.id, action: "warnings.add" },
      data: { createdAt: old },
    });
    const report = await t.h.engine.tick();
    expect(report.purged).toBeGreaterThanOrEqual(3);
    expect(await t.db.report.count({ where: { communityId: community.id } })).toBe(0);
    expect(await t.db.warning.count({ where: { communityId: community.id } })).toBe(0);
    expect(await t.db.auditEntry.count({ where: { communityId: community.id } })).toBe(1);
  });
});
