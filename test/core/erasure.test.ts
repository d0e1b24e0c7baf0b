import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { allFeatures } from "../../core/features/index.js";
import type { Actor, InboundEvent, Place, Platform } from "../../core/ports.js";
import { buttonsOf, textOf } from "../helpers/harness.js";
import { useHarness } from "../helpers/use-harness.js";

const t = useHarness();

/**
 * The columns that hold a platform user id (by name: `platformUserId`, `actorId`, `…By`) or link
 * to a member row (a relation to Member), read from the schema itself, so a new one cannot be
 * added without a feature exporting and erasing it. A doc comment saying "(not a person)" exempts
 * a column named like one (a process's name).
 */
function personalColumnsOfSchema(): string[] {
  const schema = readFileSync(new URL("../../prisma/schema.prisma", import.meta.url), "utf8");
  const columns: string[] = [];
  for (const [, model = "", body = ""] of schema.matchAll(/^model (\w+) \{([\s\S]*?)^\}/gm)) {
    let doc = "";
    for (const line of body.split("\n")) {
      const comment = /^\s+\/\/\/(.*)/.exec(line);
      if (comment) {
        doc += comment[1];
        continue;
      }
      const field = /^\s+(\w+)\s+(\w+)(\??)/.exec(line);
      const exempt = /\(not a person\)/.test(doc);
      doc = "";
      if (!field || exempt) continue;
      const [, name = "", type = ""] = field;
      if (type === "String" && /^(platformUserId|actorId|\w+By)$/.test(name))
        columns.push(`${model}.${name}`);
      const link = /@relation\([^)]*fields: \[(\w+)\]/.exec(line);
      if (type === "Member" && link) columns.push(`${model}.${link[1]}`);
    }
  }
  return columns;
}

describe("erasure coverage", () => {
  it("every column that holds a person is claimed by a feature's export and erase", () => {
    const columns = personalColumnsOfSchema();
    expect(columns.length).toBeGreaterThan(8);
    const claimed = new Map<string, string>();
    for (const feature of allFeatures) {
      for (const column of feature.personalColumns ?? []) {
        claimed.set(column, feature.name);
        expect(feature.exportData, `${feature.name} claims ${column} but exports nothing`).toBeDefined();
        expect(feature.erase, `${feature.name} claims ${column} but erases nothing`).toBeDefined();
      }
    }
    expect(columns.filter((c) => !claimed.has(c))).toEqual([]);
  });
});

describe("erasure across platforms", () => {
  const tg: Place = { platform: "telegram", groupId: "-100777", groupName: "TG", channelId: "-100777" };
  const dc: Place = { platform: "discord", groupId: "g-dc-1", groupName: "DC", channelId: "c-general" };
  const actor = (id: string, isPlatformAdmin = false): Actor => ({ id, isPlatformAdmin });
  const run = (place: Place, who: Actor, text: string) =>
    t.h.engine.dispatch({ type: "command", place, actor: who, text });
  const press = (place: Place, who: Actor, action: string) =>
    t.h.engine.dispatch({ type: "action", place, actor: who, action } satisfies InboundEvent);

  /** Every row of every table as text, to find an id wherever it hides. */
  async function everyRow(): Promise<string[]> {
    const tables = await t.db.$queryRawUnsafe<{ name: string }[]>(
      `SELECT table_name AS name FROM information_schema.tables
        WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`,
    );
    const rows: string[] = [];
    for (const { name } of tables) {
      const found = await t.db.$queryRawUnsafe<{ row: string }[]>(
        `SELECT to_jsonb(x)::text AS row FROM "${name}" x`,
      );
      rows.push(...found.map((f) => `${name} ${f.row}`));
    }
    return rows;
  }

  it("finds a Telegram moderator's id in no row after they worked in a linked community, which was unlinked", async () => {
    const id = "tg-moderator-90210";
    const tgMod = actor(id, true);
    const dcMod = actor("dc-admin", true);
    const member = actor("dc-member");
    await run(tg, tgMod, "mod rules add Be kind");
    const code = /Link code: (\w+)/.exec(textOf(await run(tg, tgMod, "mod link")))?.[1] ?? "";
    expect(textOf(await run(dc, dcMod, `mod link ${code}`))).toContain("Linked.");

    await t.h.engine.dispatch({ type: "join", place: dc, actor: member });
    await run(dc, member, "suggest https://example.org/diary Seizure diary");
    await run(dc, member, "report spam");
    const review = await run(tg, tgMod, "mod resources review");
    const approve = buttonsOf(review).find((b) => b.label.includes("Approve"));
    expect(textOf(await press(tg, tgMod, approve?.action ?? ""))).toContain("Approved");
    const reports = await run(tg, tgMod, "mod reports");
    const resolve = buttonsOf(reports).find((b) => b.label.includes("Resolve"));
    expect(textOf(await press(tg, tgMod, resolve?.action ?? ""))).toContain("resolved");
    await t.h.engine.dispatch({ type: "join", place: tg, actor: actor("tg-member") });
    expect(textOf(await run(tg, tgMod, "mod warn tg-member Please be gentle"))).toContain("warn");
    await run(tg, tgMod, "mod link");
    await run(tg, tgMod, "mod moderators add tg-member");
    expect(textOf(await run(dc, dcMod, "mod unlink"))).toContain("community of its own");

    expect((await everyRow()).filter((row) => row.includes(id)).length).toBeGreaterThan(4);
    const confirm = await run({ platform: "telegram", channelId: id }, tgMod, "forgetme");
    const [forget] = buttonsOf(confirm);
    await press({ platform: "telegram", channelId: id }, tgMod, forget?.action ?? "");
    expect((await everyRow()).filter((row) => row.includes(id))).toEqual([]);

    // The community keeps the record of what was done, by a stable pseudonym.
    const audit = textOf(await run(tg, actor("tg-admin-2", true), "mod audit"));
    expect(audit).toContain("former moderator 1");
    expect(audit).not.toContain(id);
    // What others need stays: the approved link and the warning given to the member.
    expect(textOf(await run(dc, member, "resources"))).toContain("Seizure diary");
  });

  it("creates nothing for a read-only command after erasure", async () => {
    const place: Place = { platform: "telegram" as Platform, groupId: "-100888", channelId: "-100888" };
    const erin = actor("erin-1");
    await t.h.engine.dispatch({ type: "join", place, actor: erin });
    const confirm = await run(place, erin, "forgetme");
    await press(place, erin, buttonsOf(confirm)[0]?.action ?? "");
    expect(await t.db.member.count({ where: { platformUserId: "erin-1" } })).toBe(0);
    await run(place, erin, "rules");
    await run(place, erin, "tags");
    await run(place, erin, "resources");
    expect(await t.db.member.count({ where: { platformUserId: "erin-1" } })).toBe(0);
  });

  it("exports every column erase touches: approvals, resolutions, warnings issued, grants given, codes", async () => {
    const place: Place = { platform: "telegram", groupId: "-100999", channelId: "-100999" };
    const mod = actor("tg-mod-2", true);
    await t.h.engine.dispatch({ type: "join", place, actor: actor("m1") });
    await run(place, actor("m1"), "suggest https://example.org/x Link");
    await run(place, actor("m1"), "report hi");
    const approve = buttonsOf(await run(place, mod, "mod resources review")).find((b) =>
      b.label.includes("Approve"),
    );
    await press(place, mod, approve?.action ?? "");
    const resolve = buttonsOf(await run(place, mod, "mod reports")).find((b) => b.label.includes("Resolve"));
    await press(place, mod, resolve?.action ?? "");
    await run(place, mod, "mod warn m1 Gently");
    await run(place, mod, "mod moderators add m1");
    await run(place, mod, "mod link");
    const views = await run({ platform: "telegram", channelId: "tg-mod-2" }, mod, "mydata");
    const file = views[0]?.blocks.find((b) => b.kind === "file");
    const data = JSON.parse(file?.kind === "file" ? file.content : "{}");
    expect(data.resources.approvals).toHaveLength(1);
    expect(data.moderation.reportsClosed).toHaveLength(1);
    expect(data.moderation.warningsIssued).toHaveLength(1);
    expect(data.moderation.grantsGiven).toHaveLength(1);
    expect(data.moderation.moderatorActions.length).toBeGreaterThan(3);
    expect(data.linking.linkCodesCreated).toHaveLength(1);
  });
});
