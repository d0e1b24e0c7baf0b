import { afterEach, describe, expect, it } from "vitest";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

// Every moderator change is recorded in the community's audit log in the same transaction as
// the change: when the entry cannot be written, the change is not made either.
const TABLES = [
  "Community",
  "Group",
  "RuleSet",
  "Member",
  "Tag",
  "MemberTag",
  "Resource",
  "TrustedDomain",
  "ModeratorGrant",
  "Warning",
  "Report",
  "DigestSchedule",
  "LinkCode",
  "AuditEntry",
];

async function snapshot(): Promise<string[]> {
  const rows = await t.db.$queryRawUnsafe<{ digest: string | null }[]>(
    TABLES.map(
      (table) =>
        `SELECT md5(coalesce(string_agg(r::text, ',' ORDER BY r::text), '')) AS digest FROM "${table}" r`,
    ).join(" UNION ALL "),
  );
  return rows.map((row) => row.digest ?? "");
}

async function refuseAuditEntries(on: boolean) {
  if (!on) {
    await t.db.$executeRawUnsafe(`DROP TRIGGER IF EXISTS refuse_audit ON "AuditEntry"`);
    return;
  }
  await t.db.$executeRawUnsafe(
    `CREATE OR REPLACE FUNCTION refuse_audit() RETURNS trigger AS $$
     BEGIN RAISE EXCEPTION 'audit log unavailable'; END $$ LANGUAGE plpgsql`,
  );
  await t.db.$executeRawUnsafe(
    `CREATE TRIGGER refuse_audit BEFORE INSERT ON "AuditEntry" FOR EACH ROW EXECUTE FUNCTION refuse_audit()`,
  );
}
afterEach(() => refuseAuditEntries(false));

// A moderator command and the moderator commands run before it; `{id}` in the command is the
// number the last of them answered with (#12).
const TAG = "mod tags create Caregiver";
const RESOURCE = "mod resources add https://example.org/sleep Sleep guide";
const cases: [command: string, before: string[]][] = [
  ["mod rules add Be kind", []],
  ["mod rules edit 1 Be kind, always", ["mod rules add Be kind"]],
  ["mod welcome set Hello {member}", []],
  ["mod gate on", []],
  ["mod channel set mod-room", []],
  [TAG, []],
  ["mod tags edit caregiver name:Carer", [TAG]],
  ["mod tags delete caregiver", [TAG]],
  ["mod tags give alice Caregiver", [TAG]],
  ["mod tags take alice Caregiver", [TAG, "mod tags give alice Caregiver"]],
  [RESOURCE, []],
  ["mod resources edit {id} Better title", [RESOURCE]],
  ["mod resources retire {id}", [RESOURCE]],
  ["mod resources trusted add nhs.uk", []],
  ["mod resources trusted remove nhs.uk", ["mod resources trusted add nhs.uk"]],
  ["mod warn alice Please be kind", []],
  ["mod unwarn alice {id}", ["mod warn alice Please be kind"]],
  ["mod moderators add alice", []],
  ["mod moderators remove alice", ["mod moderators add alice"]],
  ["mod digest set here 09:00 Europe/London", []],
  ["mod digest off", ["mod digest set here 09:00 Europe/London"]],
  ["mod digest now", [RESOURCE]],
  ["mod link", []],
];

describe("moderator changes and their audit entries", () => {
  it.each(cases)("%s: neither is stored when the entry cannot be written", async (template, setups) => {
    const g = t.h.group();
    // The group, the moderator and a member exist before the change.
    await g.mod.run("rules");
    await g.as("alice").run("rules");
    let answer = "";
    for (const setup of setups) answer = await g.mod.say(setup);
    const command = template.replace("{id}", /#(\d+)/.exec(answer)?.[1] ?? "0");
    const before = await snapshot();
    await refuseAuditEntries(true);
    expect(await g.mod.say(command)).toContain("Sorry, something went wrong");
    await refuseAuditEntries(false);
    expect(await snapshot()).toEqual(before);
    // And with the log writable again, the same command goes through and is logged.
    await g.mod.run(command);
    expect(await snapshot()).not.toEqual(before);
  });
});
