import { afterEach, describe, expect, it } from "vitest";
import { MODERATOR_CHANGES, prepareChange } from "../helpers/moderator-changes.js";
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

describe("moderator changes and their audit entries", () => {
  it.each(MODERATOR_CHANGES)(
    "%s: neither is stored when the entry cannot be written",
    async (template, before) => {
      const g = t.h.group();
      const command = await prepareChange(g, template, before);
      const stored = await snapshot();
      await refuseAuditEntries(true);
      expect(await g.mod.say(command)).toContain("Sorry, something went wrong");
      await refuseAuditEntries(false);
      expect(await snapshot()).toEqual(stored);
      // And with the log writable again, the same command goes through and is logged.
      await g.mod.run(command);
      expect(await snapshot()).not.toEqual(stored);
    },
  );
});
