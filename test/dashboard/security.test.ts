// Sign-in links, sessions and every kind of bad request: each refused with a clear page, nothing changed.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { manualClock } from "../../core/clock.js";
import type { Database } from "../../core/db/database.js";
import {
  LINK_TTL_MS,
  SESSION_IDLE_MS,
  SESSION_MAX_MS,
} from "../../core/features/dashboard/dashboard-service.js";
import { createTestDatabase } from "../helpers/test-database.js";
import { dashboardHarness } from "./dashboard-app.js";

let database: Database;
const clock = manualClock(new Date("2026-03-02T10:00:00Z"));
let d: ReturnType<typeof dashboardHarness>;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  d = dashboardHarness(database.prisma, { clock, signInLimit: 1000 });
});
afterAll(async () => database.close());

async function changesOf(communityId: number) {
  const [audit, resources, reports] = await Promise.all([
    database.prisma.auditEntry.count({ where: { communityId } }),
    database.prisma.resource.findMany({ where: { communityId }, orderBy: { id: "asc" } }),
    database.prisma.report.findMany({ where: { communityId }, orderBy: { id: "asc" } }),
  ]);
  return JSON.stringify({ audit, resources, reports });
}

async function communityOf(groupId: string) {
  return (await database.prisma.group.findFirstOrThrow({ where: { platformGroupId: groupId } })).communityId;
}

describe("sign-in links", () => {
  it("stores only a hash, sends the link privately, and works once", async () => {
    const g = d.h.group("Asthma peers");
    const reply = await g.mod.say("mod dashboard");
    expect(reply).toContain("I sent you a sign-in link privately");
    expect(reply).not.toContain("/dashboard/signin/");
    const token = await d.linkFor(g, "mod", true);
    const stored = await database.prisma.dashboardLink.findMany();
    expect(stored.some((l) => l.tokenHash.includes(token) || token.includes(l.tokenHash))).toBe(false);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);

    // A GET (a chat app's link preview) changes nothing; the POST signs in.
    expect((await d.request(`/dashboard/signin/${token}`)).status).toBe(200);
    const first = await d.signIn(token);
    expect(first.status).toBe(303);
    expect(first.headers.get("set-cookie")).toMatch(/pb_session=[^;]+;.*HttpOnly/);
    expect(first.headers.get("set-cookie")).toMatch(/SameSite=Strict/);
    expect(first.headers.get("set-cookie")).toMatch(/Secure/);
    const again = await d.signIn(token);
    expect(again.status).toBe(403);
    expect(await again.text()).toContain("already used");
    const direct = d.h.port.recorded.direct
      .filter((m) => m.userId === "mod")
      .map((m) => JSON.stringify(m.view));
    expect(direct.at(-1)).toContain("Someone signed in to your moderator dashboard");
    const audit = await database.prisma.auditEntry.findMany({
      where: { communityId: await communityOf(g.groupId) },
    });
    expect(audit.map((a) => a.action)).toContain("dashboard.signin");
  });

  it("refuses expired, forged and malformed links", async () => {
    const g = d.h.group();
    const token = await d.linkFor(g, "mod", true);
    clock.advance(LINK_TTL_MS + 1000);
    expect(await (await d.signIn(token)).text()).toContain("has expired, was already used");
    for (const forged of ["A".repeat(43), "../../etc/passwd", "", "x".repeat(99)]) {
      const response = await d.signIn(forged);
      expect(response.status, forged).toBe(forged.length > 100 ? 400 : 403);
    }
    expect((await d.request("/dashboard/signin", { method: "POST", body: "{}" })).status).toBe(400);
    expect(
      await database.prisma.dashboardSession.count({ where: { communityId: await communityOf(g.groupId) } }),
    ).toBe(0);
  });

  it("refuses a link whose holder is no moderator any more, and ends a session when the right goes", async () => {
    const g = d.h.group();
    await g.mod.run("mod rules add Be kind");
    await g.as("helper").run("agree");
    await g.mod.run("mod moderators add helper");
    const early = await d.linkFor(g, "helper", false);
    const later = await d.linkFor(g, "helper", false);
    const session = await d.session(early);
    expect((await session.get("/dashboard/rules")).status).toBe(200);
    await g.mod.run("mod moderators remove helper");
    expect((await session.get("/dashboard/rules")).status).toBe(401);
    const refused = await d.signIn(later);
    expect(refused.status).toBe(403);
    expect(await refused.text()).toContain("not a moderator of the group now");
  });

  it("ends idle sessions and every session after its absolute limit", async () => {
    const g = d.h.group();
    const idle = await d.session(await d.linkFor(g, "mod", true));
    clock.advance(SESSION_IDLE_MS + 1000);
    expect((await idle.get("/dashboard")).status).toBe(401);
    const busy = await d.session(await d.linkFor(g, "mod", true));
    for (let spent = 0; spent < SESSION_MAX_MS; spent += SESSION_IDLE_MS / 2) {
      clock.advance(SESSION_IDLE_MS / 2);
      if (spent + SESSION_IDLE_MS / 2 < SESSION_MAX_MS)
        expect((await busy.get("/dashboard")).status).toBe(200);
    }
    expect((await busy.get("/dashboard")).status).toBe(401);
  });

  it("limits sign-in attempts", async () => {
    const limited = dashboardHarness(database.prisma, { signInLimit: 3 });
    const statuses = [];
    for (let i = 0; i < 5; i++) statuses.push((await limited.signIn("B".repeat(43))).status);
    expect(statuses).toEqual([403, 403, 403, 429, 429]);
  });
});

describe("requests that change something", () => {
  it("refuses missing and wrong CSRF tokens, another community's ids, big and malformed bodies", async () => {
    const g = d.h.group();
    const other = d.h.group();
    await g.as("bob").run("suggest https://example.org/a A");
    await g.as("bob").run("report spam");
    await other.as("eve").run("suggest https://example.org/b B");
    const theirs = await database.prisma.resource.findFirstOrThrow({
      where: { communityId: await communityOf(other.groupId) },
    });
    const ours = await database.prisma.resource.findFirstOrThrow({
      where: { communityId: await communityOf(g.groupId) },
    });
    const s = await d.session(await d.linkFor(g, "mod", true));
    const community = await communityOf(g.groupId);
    const before = [await changesOf(community), await changesOf(theirs.communityId)];

    const missing = await s.post(`/dashboard/queue/${ours.id}/approve`, {}, { csrf: null });
    expect(missing.status).toBe(403);
    expect(await missing.text()).toContain("so nothing was changed");
    expect((await s.post(`/dashboard/queue/${ours.id}/approve`, {}, { csrf: "A".repeat(43) })).status).toBe(
      403,
    );

    const foreign = await s.post(`/dashboard/queue/${theirs.id}/approve`);
    expect(foreign.status).toBe(409);
    expect(await foreign.text()).toContain("Nothing was changed");

    const big = await s.post("/dashboard/rules/add", { version: "0", text: "x".repeat(20_000) });
    expect(big.status).toBe(413);
    for (const [path, fields] of [
      ["/dashboard/rules/add", { version: "abc", text: "Be kind" }],
      ["/dashboard/rules/1/edit", { version: "0", text: "" }],
      ["/dashboard/queue/0/approve", {}],
      ["/dashboard/queue/1e3/approve", {}],
      ["/dashboard/settings/general", { gate: "maybe", retention: "3", warnings: "x" }],
      [
        "/dashboard/tags/create",
        { name: "x".repeat(40), visibility: "public", self: "yes", description: "" },
      ],
    ] as const) {
      const response = await s.post(path, fields);
      expect([400, 409], path).toContain(response.status);
    }
    const json = await d.request(`/dashboard/queue/${ours.id}/approve`, {
      method: "POST",
      headers: { cookie: `pb_session=${s.cookie}`, "content-type": "application/json" },
      body: JSON.stringify({ csrf: s.csrf }),
    });
    expect(json.status).toBe(415);
    const twice = await d.request(`/dashboard/queue/${ours.id}/approve`, {
      method: "POST",
      headers: { cookie: `pb_session=${s.cookie}`, "content-type": "application/x-www-form-urlencoded" },
      body: `csrf=${s.csrf}&csrf=${s.csrf}`,
    });
    expect(twice.status).toBe(415);
    expect([await changesOf(community), await changesOf(theirs.communityId)]).toEqual(before);

    // With everything right, the change goes through the same service and audit entry as chat.
    const ok = await s.post(`/dashboard/queue/${ours.id}/approve`);
    expect(ok.status).toBe(303);
    expect(ok.headers.get("location")).toBe("/dashboard/queue?done=approved");
    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { communityId: community },
      orderBy: { id: "desc" },
    });
    expect(entry).toMatchObject({
      action: "resources.approve",
      detail: `resource ${ours.id}`,
      actorId: "mod",
    });
  });

  it("searches the library, including a suggestion approved without topics", async () => {
    const g = d.h.group();
    await g.as("bob").run("suggest https://example.org/asthma-guide Asthma action plan");
    const suggested = await database.prisma.resource.findFirstOrThrow({
      where: { communityId: await communityOf(g.groupId), status: "suggested" },
    });
    const s = await d.session(await d.linkFor(g, "mod", true));
    expect((await s.post(`/dashboard/queue/${suggested.id}/approve`)).status).toBe(303);
    for (const path of ["/dashboard/library?q=asthma", "/dashboard/library"]) {
      const response = await s.get(path);
      expect(response.status, path).toBe(200);
      expect(await response.text(), path).toContain("Asthma action plan");
    }
    const none = await s.get("/dashboard/library?q=zebra");
    expect(none.status).toBe(200);
    expect(await none.text()).not.toContain("Asthma action plan");
  });

  it("sends a strict Content-Security-Policy and no-store on every page", async () => {
    const response = await d.request("/dashboard");
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain("unsafe");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("x-frame-options")).toBe("DENY");
  });

  it("exports the audit log as CSV with formula-looking cells made inert", async () => {
    const g = d.h.group();
    const s = await d.session(await d.linkFor(g, "mod", true));
    await database.prisma.auditEntry.create({
      data: {
        communityId: await communityOf(g.groupId),
        platform: "console",
        actorId: "@mod",
        action: "resources.trust",
        detail: "=HYPERLINK(1)",
      },
    });
    const csv = await (await s.get("/dashboard/audit.csv?kind=resources.")).text();
    expect(csv.split("\r\n")[0]).toBe('"time","platform","moderator","action","detail"');
    expect(csv).toContain('"resources.trust"');
    expect(csv).toContain(`"'=HYPERLINK(1)"`);
    expect(csv).toContain(`"'@mod"`);
    expect((await s.get("/dashboard/audit?from=yesterday")).status).toBe(409);
  });

  it("grants and removes moderators through the same change as the chat command", async () => {
    const g = d.h.group();
    await g.as("carol").run("agree");
    const s = await d.session(await d.linkFor(g, "mod", true));
    expect((await s.post("/dashboard/moderators/add", { member: "carol" })).status).toBe(303);
    expect(await g.mod.say("mod moderators list")).toContain("carol");
    expect((await s.post("/dashboard/moderators/remove", { member: "mod" })).status).toBe(409);
    expect((await s.post("/dashboard/moderators/remove", { member: "carol" })).status).toBe(303);
    expect(await g.mod.say("mod moderators list")).not.toContain("carol");
    const actions = await database.prisma.auditEntry.findMany({
      where: { communityId: await communityOf(g.groupId), action: { startsWith: "moderators." } },
      orderBy: { id: "asc" },
    });
    expect(actions.map((a) => a.action)).toEqual(["moderators.add", "moderators.remove"]);
  });

  it("signs out everywhere: every session of the moderator ends, audited", async () => {
    const g = d.h.group();
    const one = await d.session(await d.linkFor(g, "mod", true));
    const two = await d.session(await d.linkFor(g, "mod", true));
    expect((await one.post("/dashboard/signout-everywhere")).status).toBe(401);
    expect((await two.get("/dashboard")).status).toBe(401);
    const entry = await database.prisma.auditEntry.findFirstOrThrow({
      where: { action: "dashboard.signout" },
    });
    expect(entry.detail).toMatch(/^\d+ sessions$/);
  });
});
