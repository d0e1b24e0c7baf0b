import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDashboardApp } from "../../adapters/dashboard/index.js";
import { parseActionId } from "../../core/commands/define.js";
import { createPeerbridge } from "../../core/create-peerbridge.js";
import type { Database } from "../../core/db/database.js";
import { createDashboard } from "../../core/features/dashboard/dashboard-desk.js";
import { createLink, startSession } from "../../core/features/dashboard/dashboard-service.js";
import { allFeatures } from "../../core/features/index.js";
import { groupContext } from "../../core/group-context-service.js";
import { silentLogger } from "../../core/log.js";
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
       SELECT to_jsonb(k)::text FROM "LinkCode" k UNION ALL SELECT to_jsonb(s)::text FROM "Resource" s UNION ALL
       SELECT to_jsonb(p)::text FROM "Report" p UNION ALL SELECT to_jsonb(v)::text FROM "RuleVersion" v UNION ALL
       SELECT to_jsonb(o)::text FROM "ModeratorGrant" o UNION ALL
       SELECT to_jsonb(td)::text FROM "TrustedDomain" td UNION ALL SELECT to_jsonb(sc)::text FROM "Screening" sc UNION ALL
       SELECT to_jsonb(ap)::text FROM "Applicant" ap UNION ALL SELECT to_jsonb(ss)::text FROM "SetupStep" ss UNION ALL
       SELECT to_jsonb(hu)::text FROM "HeadsUp" hu UNION ALL SELECT to_jsonb(aq)::text FROM "AnonymousQuestion" aq UNION ALL
       SELECT to_jsonb(su)::text FROM "SupportSettings" su) q`,
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
      "mod screening questions Why are you here?",
      "mod screening on",
    ]) {
      await engine.dispatch({ type: "command", place, actor: admin, text });
    }
    await engine.dispatch({ type: "command", place, actor: member, text: "agree" });
    // A newcomer waiting for review, so the screening decisions have someone to decide about.
    await engine.dispatch({ type: "joinRequest", place, actor: { id: "newcomer", isPlatformAdmin: false } });
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
      const text = textOf(reply);
      expect(text, `${platform} ${parseActionId(action.name).name}`).toMatch(/^Only moderators can /);
      // What the button does, never its internal id.
      expect(text).not.toContain(action.name);
    }
    expect(await fingerprint(place.groupId)).toBe(before);
    expect(moderatorCommands.length).toBeGreaterThan(40);
  });
});

// Every dashboard page and action × every platform × a non-moderator: a member's link signs no
// one in, and a session whose holder is not a moderator (now) is refused on every route, nothing
// changed. Generated from the app's routes, so a new page or form is covered the day it is added.
describe.each(PLATFORMS)("dashboard on %s", (platform) => {
  it("refuses every dashboard page and action to a non-moderator", async () => {
    const engine = createPeerbridge({ db: database.prisma, dashboardUrl: "https://dash.example" });
    const app = createDashboardApp({ dashboard: createDashboard(engine), log: silentLogger, secure: true });
    const place = { platform, groupId: `dash-matrix-${platform}`, channelId: "c" };
    const admin = { id: "admin", isPlatformAdmin: true };
    const member = { id: "member", isPlatformAdmin: false };
    for (const text of [
      "mod rules add Be kind",
      "mod tags create Patient",
      "mod resources add https://a.org/ A",
    ]) {
      await engine.dispatch({ type: "command", place, actor: admin, text });
    }
    await engine.dispatch({ type: "command", place, actor: member, text: "suggest https://b.org/ B" });
    await engine.dispatch({ type: "command", place, actor: member, text: "report spam" });
    const ctx = await groupContext(
      { ...engine.services, actor: member, place, platform, cmd: (p) => `/${p}` },
      place,
    );
    const link = await createLink(ctx);
    const session = await startSession(engine.services, {
      communityId: ctx.community.id,
      groupId: ctx.group.id,
      platform,
      platformUserId: member.id,
      platformAdmin: false,
    });
    const before = await fingerprint(place.groupId);

    const signIn = await app.request("https://dash.example/dashboard/signin", {
      method: "POST",
      headers: { "content-type": "application/x-www-form-urlencoded" },
      body: new URLSearchParams({ token: link }).toString(),
    });
    expect(signIn.status).toBe(403);
    expect(signIn.headers.get("set-cookie")).toBeNull();

    const routes = app.routes.filter(
      (r) => (r.method === "GET" || r.method === "POST") && !/\*|signin|assets/.test(r.path),
    );
    expect(routes.filter((r) => r.method === "POST").length).toBeGreaterThanOrEqual(15);
    for (const route of routes) {
      const path = route.path.replace(/:\w+/g, "1");
      const response = await app.request(`https://dash.example${path}`, {
        method: route.method,
        headers: { cookie: `pb_session=${session}`, "content-type": "application/x-www-form-urlencoded" },
        ...(route.method === "POST" ? { body: "text=x&version=1&to=1&name=x&reason=x" } : {}),
      });
      expect(response.status, `${platform} ${route.method} ${route.path}`).toBe(401);
    }
    expect(await fingerprint(place.groupId)).toBe(before);
  });
});
