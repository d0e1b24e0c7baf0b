import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseActionId } from "../../core/commands/define.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Database } from "../../core/db/database.js";
import { allFeatures } from "../../core/features/index.js";
import { PLATFORMS } from "../../core/ports.js";
import { textOf } from "../helpers/harness.js";
import { createTestDatabase } from "../helpers/test-database.js";

// Every moderator command × every platform × a non-moderator caller: refused, nothing changed.
// Generated from the registry, so a new command is covered the day it is added.
let database: Database;
beforeAll(async () => {
  database = await createTestDatabase("pglite");
});
afterAll(async () => database.close());

const moderatorCommands = allFeatures.flatMap((f) => f.commands).filter((c) => c.audience === "moderator");
const moderatorActions = allFeatures
  .flatMap((f) => f.actions ?? [])
  .filter((a) => a.audience === "moderator");

async function fingerprint(groupId: string) {
  const rows = await database.prisma.$queryRawUnsafe<{ n: string }[]>(
    `SELECT md5(string_agg(t, '|' ORDER BY t)) AS n FROM (
       SELECT to_jsonb(c)::text t FROM "Community" c UNION ALL SELECT to_jsonb(r)::text FROM "RuleSet" r UNION ALL
       SELECT to_jsonb(g)::text FROM "Group" g UNION ALL SELECT to_jsonb(m)::text FROM "Member" m UNION ALL
       SELECT to_jsonb(x)::text FROM "Tag" x UNION ALL SELECT to_jsonb(w)::text FROM "Warning" w UNION ALL
       SELECT to_jsonb(a)::text FROM "AuditEntry" a UNION ALL SELECT to_jsonb(d)::text FROM "DigestSchedule" d UNION ALL
       SELECT to_jsonb(k)::text FROM "LinkCode" k UNION ALL SELECT to_jsonb(s)::text FROM "Resource" s) q`,
  );
  return `${groupId}:${rows[0]?.n}`;
}

describe.each(PLATFORMS)("on %s", (platform) => {
  it("refuses every moderator command and button to a member", async () => {
    const engine = createPeerbridge({ db: database.prisma });
    const place = { platform, groupId: `matrix-${platform}`, channelId: "c" };
    const admin = { id: "admin", isPlatformAdmin: true };
    const member = { id: "member", isPlatformAdmin: false };
    for (const text of [
      "mod rules add Be kind",
      "mod tags create Patient",
      "mod resources add https://a.org/ A",
    ]) {
      await engine.dispatch({ type: "command", place, actor: admin, text });
    }
    await engine.dispatch({ type: "command", place, actor: member, text: "agree" });
    const before = await fingerprint(place.groupId);
    for (const command of moderatorCommands) {
      const reply = await engine.dispatch({
        type: "command",
        place,
        actor: member,
        text: `${command.path} member 1 x`,
      });
      expect(textOf(reply), `${platform} ${command.path}`).toMatch(/^Only moderators can use/);
      expect(reply[0]?.private).toBe(true);
    }
    for (const action of moderatorActions) {
      const reply = await engine.dispatch({
        type: "action",
        place,
        actor: member,
        action: `${action.name}:1`,
      });
      expect(textOf(reply), `${platform} ${parseActionId(action.name).name}`).toMatch(
        /^Only moderators can use/,
      );
    }
    expect(await fingerprint(place.groupId)).toBe(before);
    expect(moderatorCommands.length).toBeGreaterThan(40);
  });
});
