// The dashboard re-checks on every request that a Slack workspace admin still is one: users.info
// on the fake Web API each time, not the minute-long cache chat clicks use.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { createDashboard } from "../../../core/features/dashboard/dashboard-desk.js";
import { createLink } from "../../../core/features/dashboard/dashboard-service.js";
import type { PlatformPort } from "../../../core/ports.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { ADMIN, GENERAL, MEMBER, type SlackWorld, startSlackWorld, TEAM } from "./slack-world.js";

let database: Database;
let world: SlackWorld;
let port: PlatformPort;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  world = await startSlackWorld({ db: database.prisma });
  const slack = world.engine.services.ports.get("slack");
  if (!slack?.isPlatformAdmin) throw new Error("the Slack port does not check admins");
  port = slack;
});
afterAll(async () => {
  await world?.close();
  await database?.close();
});

const isAdmin = (userId: string) => port.isPlatformAdmin?.(TEAM, userId);
const lookups = () => world.fake.callsTo("users.info").length;

describe("Slack admin re-check for the dashboard", () => {
  it("asks users.info each time: admins and owners are admins; members, the deactivated and the unknown not", async () => {
    world.fake.addUser({ id: "U0OWNER", name: "olu", isOwner: true });
    world.fake.addUser({ id: "U0GONE", name: "gil", isAdmin: true, deleted: true });
    expect(await isAdmin(ADMIN)).toBe(true);
    expect(await isAdmin("U0OWNER")).toBe(true);
    expect(await isAdmin(MEMBER)).toBe(false);
    expect(await isAdmin("U0GONE")).toBe(false);
    expect(await isAdmin("U0NOBODY")).toBe(false);

    // A command caches Ada for a minute; the dashboard's check does not go by that cache.
    await world.command(ADMIN, "rules");
    const before = lookups();
    const ada = world.fake.users.get(ADMIN);
    if (!ada) throw new Error("no Ada");
    ada.isAdmin = false;
    expect(await isAdmin(ADMIN)).toBe(false);
    expect(lookups()).toBe(before + 1);
    ada.isAdmin = true;
    expect(await isAdmin(ADMIN)).toBe(true);

    // users.info refused (rate limit exhausted, Slack down): unknown is not admin.
    world.fake.failNext("users.info", "internal_error");
    expect(await isAdmin(ADMIN)).toBe(false);
  });

  it("ends a dashboard session at the next request once Slack takes the admin right away", async () => {
    world.fake.addUser({ id: "U0BEA", name: "bea", isAdmin: true });
    const ctx = await world.engine.moderatorContext({
      place: { platform: "slack", groupId: TEAM, channelId: GENERAL },
      actor: { id: "U0BEA", isPlatformAdmin: true },
    });
    if (!ctx) throw new Error("bea is no moderator");
    const dashboard = createDashboard(world.engine);
    const signedIn = await dashboard.signIn(await createLink(ctx));
    if (!signedIn.ok) throw new Error(`sign-in refused: ${signedIn.reason}`);
    expect(await dashboard.open(signedIn.secret)).not.toBeNull();

    const bea = world.fake.users.get("U0BEA");
    if (!bea) throw new Error("no Bea");
    bea.isAdmin = false;
    expect(await dashboard.open(signedIn.secret)).toBeNull();
    bea.isAdmin = true;
    const link = await createLink(ctx);
    bea.isAdmin = false;
    expect(await dashboard.signIn(link)).toEqual({ ok: false, reason: "notModerator" });
  });
});
