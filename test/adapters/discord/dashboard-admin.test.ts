// The dashboard re-checks on every request that a Discord admin still is one: the member is
// fetched from Discord's REST API (the fake), not read from the bot's cache.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { createDashboard } from "../../../core/features/dashboard/dashboard-desk.js";
import { createLink } from "../../../core/features/dashboard/dashboard-service.js";
import type { PlatformPort } from "../../../core/ports.js";
import { FakeDiscord, type FakeGuild } from "../../fakes/discord-fake.js";
import { PERMISSIONS } from "../../fakes/discord-payloads.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { createWorld, type World } from "./discord-world.js";

let database: Database;
let fake: FakeDiscord;
let guild: FakeGuild;
let w: World;
let port: PlatformPort;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = new FakeDiscord({ token: "fake-bot-token.dashboard.test" });
  guild = fake.addGuild("Lupus Circle");
  await fake.listen();
  w = createWorld(fake, database, guild);
  await w.bot.start();
  const attached = w.engine.services.ports.get("discord");
  if (!attached?.isPlatformAdmin) throw new Error("the Discord port does not check admins");
  port = attached;
  // The guild reaches the bot's cache over the gateway (GUILD_CREATE) after READY.
  await until("the guild in the bot's cache", () => port.isPlatformAdmin?.(guild.id, guild.ownerId));
});

afterAll(async () => {
  await w?.bot.stop();
  await fake?.close();
  await database?.close();
});

const memberFetches = (userId: string) =>
  fake.calls.filter((c) => c.method === "GET" && c.path === `/guilds/${guild.id}/members/${userId}`).length;

describe("Discord admin re-check for the dashboard", () => {
  it("asks Discord each time: the owner, Manage Server and Administrator are admins; others and the departed not", async () => {
    const isAdmin = (userId: string, groupId = guild.id) => port.isPlatformAdmin?.(groupId, userId);
    expect(await isAdmin(guild.ownerId)).toBe(true);
    const ann = fake.join(guild, "ann");
    const stewards = fake.addRole(guild, "Stewards", 2, PERMISSIONS.manageGuild);
    const admins = fake.addRole(guild, "Admins", 3, PERMISSIONS.administrator);
    const helpers = fake.addRole(guild, "Helpers", 4, PERMISSIONS.manageRoles);
    expect(await isAdmin(ann.user.id)).toBe(false);

    // Roles given and taken away by hand in Discord, with no gateway event: only a fresh fetch sees them.
    ann.roles = [stewards.id];
    await until("the Stewards role in the bot's cache", () => isAdmin(ann.user.id));
    ann.roles = [helpers.id];
    const before = memberFetches(ann.user.id);
    expect(await isAdmin(ann.user.id)).toBe(false);
    expect(memberFetches(ann.user.id)).toBe(before + 1);
    ann.roles = [admins.id];
    expect(await isAdmin(ann.user.id)).toBe(true);

    guild.members.delete(ann.user.id); // Left the server: Discord answers 10007 Unknown Member.
    expect(await isAdmin(ann.user.id)).toBe(false);
    expect(await isAdmin(guild.ownerId, "123456789012345678")).toBe(false);

    // A refusal that says nothing about the person is an error, which the dashboard takes as "no".
    fake.failNext("GET", /^\/guilds\/\d+\/members\/\d+$/, 403, { code: 50001, message: "Missing Access" });
    await expect(isAdmin(guild.ownerId)).rejects.toThrow();
    expect(await isAdmin(guild.ownerId)).toBe(true);
  });

  it("ends a dashboard session at the next request once Discord takes the right away", async () => {
    const stewards = fake.addRole(guild, "Wardens", 2, PERMISSIONS.manageGuild);
    const bea = fake.join(guild, "bea");
    bea.roles = [stewards.id];
    await until("the Wardens role in the bot's cache", () => port.isPlatformAdmin?.(guild.id, bea.user.id));
    const ctx = await w.engine.moderatorContext({
      place: { platform: "discord", groupId: guild.id, channelId: fake.channel(guild, "general").id },
      actor: { id: bea.user.id, isPlatformAdmin: true },
    });
    if (!ctx) throw new Error("bea is no moderator");
    const dashboard = createDashboard(w.engine);
    const signedIn = await dashboard.signIn(await createLink(ctx));
    if (!signedIn.ok) throw new Error(`sign-in refused: ${signedIn.reason}`);
    expect(await dashboard.open(signedIn.secret)).not.toBeNull();

    bea.roles = [];
    expect(await dashboard.open(signedIn.secret)).toBeNull();
    // And a link she got while still an admin no longer signs her in.
    bea.roles = [stewards.id];
    const link = await createLink(ctx);
    bea.roles = [];
    expect(await dashboard.signIn(link)).toEqual({ ok: false, reason: "notModerator" });
  });
});
