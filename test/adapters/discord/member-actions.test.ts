import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { FakeDiscord, type FakeGuild } from "../../fakes/discord-fake.js";
import { BOT_PERMISSIONS, PERMISSIONS } from "../../fakes/discord-payloads.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { createWorld, textOf, type World } from "./discord-world.js";

let database: Database;
let fake: FakeDiscord;
let w: World;
let plain: FakeGuild;
const MODERATION = PERMISSIONS.moderateMembers | PERMISSIONS.kickMembers | PERMISSIONS.banMembers;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = new FakeDiscord({ token: "fake-bot-token.discord.members" });
  const guild = fake.addGuild("Peers", { botPermissions: BOT_PERMISSIONS | MODERATION });
  // A server where the bot was invited without the moderation rights.
  plain = fake.addGuild("Plain");
  await fake.listen();
  w = createWorld(fake, database, guild);
  await w.bot.start();
});

afterAll(async () => {
  await w?.bot.stop();
  await fake?.close();
  await database?.close();
});

async function joined(guild: FakeGuild, name: string): Promise<string> {
  const id = fake.join(guild, name).user.id;
  const general = fake.channel(guild, "general").id;
  await until(`welcome of ${name}`, () =>
    fake.messages.some((m) => m.channelId === general && textOf([m]).includes(name)),
  );
  return id;
}

const dmsTo = (userId: string) => fake.messages.filter((m) => m.channelId === fake.dmChannelOf(userId));

describe("Discord: timeouts, kicks and bans", () => {
  it("times out until a date and lifts it, with the reason in Discord's audit log and told privately", async () => {
    const milo = await joined(w.guild, "milo");
    const owner = w.guild.ownerId;
    const answer = await w.say(owner, "mod mute", { member: milo, duration: "2h", reason: "Shouting" });
    expect(answer).toContain("is muted until");
    const call = fake.memberCalls.at(-1) ?? "";
    expect(call).toMatch(new RegExp(`^timeout:${milo}:\\d{4}-\\d{2}-\\d{2}T`));
    const until = Date.parse(call.split(`timeout:${milo}:`)[1] ?? "");
    expect(until - Date.now()).toBeGreaterThan(7_000_000);
    expect(fake.auditReasons).toContain("Shouting");
    expect(textOf(dmsTo(milo))).toMatch(/The moderators of Peers muted you until .+ Reason: Shouting/);

    await w.say(owner, "mod unmute", { member: milo });
    expect(fake.memberCalls.at(-1)).toBe(`timeout:${milo}:null`);
    expect(w.guild.members.get(milo)?.communication_disabled_until).toBeNull();
  });

  it("kicks, bans and unbans through the guild member and ban endpoints", async () => {
    const owner = w.guild.ownerId;
    const kim = await joined(w.guild, "kim");
    expect(await w.say(owner, "mod kick", { member: kim, reason: "Spam" })).toContain("was removed");
    expect(w.guild.members.has(kim)).toBe(false);
    const ben = await joined(w.guild, "ben");
    expect(await w.say(owner, "mod ban", { member: ben, reason: "Scams" })).toContain("was banned");
    expect(w.guild.bans.has(ben)).toBe(true);
    expect(textOf(dmsTo(ben))).toContain("banned you from the group. Reason: Scams");
    expect(await w.say(owner, "mod unban", { member: ben })).toContain("may join the group again");
    expect(w.guild.bans.has(ben)).toBe(false);
    expect(fake.memberCalls.slice(-3)).toEqual([`kick:${kim}`, `ban:${ben}`, `unban:${ben}`]);
  });

  it("refuses clearly without the right, and for a member ranked above the bot; nothing is told", async () => {
    const ann = await joined(plain, "ann");
    const noRight = await w.say(plain.ownerId, "mod ban", { member: ann }, plain);
    expect(noRight).toContain("I don't have the right to do that here");
    expect(plain.bans.has(ann)).toBe(false);

    const senior = await joined(w.guild, "senior");
    const role = fake.addRole(w.guild, "Senior", 20);
    w.guild.members.get(senior)?.roles.push(role.id);
    const refused = await w.say(w.guild.ownerId, "mod kick", { member: senior });
    expect(refused).toContain("is an admin or ranks above me here");
    expect(w.guild.members.has(senior)).toBe(true);
    expect(dmsTo(senior)).toEqual([]);
    expect(dmsTo(ann)).toEqual([]);
  });
});
