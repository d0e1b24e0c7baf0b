import { Writable } from "node:stream";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDiscordBot, discordEnv, shardsOf } from "../../../adapters/discord/bot.js";
import { REPORT_MENU_NAME } from "../../../adapters/discord/commands.js";
import { parseCustomId } from "../../../adapters/discord/views.js";
import { createPeerbridge } from "../../../core/create-peerbridge.js";
import type { Database } from "../../../core/db/database.js";
import { createLogger, silentLogger } from "../../../core/log.js";
import { englishT, translator } from "../../../core/text/i18n.js";
import { FakeDiscord, type RecordedMessage } from "../../fakes/discord-fake.js";
import { BOT_PERMISSIONS, PERMISSIONS } from "../../fakes/discord-payloads.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { createWorld, textOf, type World } from "./discord-world.js";

const TOKEN = "fake-bot-token.discord.test";
const INTERNAL = "something went wrong on our side";
const MOD_ONLY = "Only moderators can use";

let database: Database;
let fake: FakeDiscord;
let w: World;
let logs = "";

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = new FakeDiscord({ token: TOKEN });
  const guild = fake.addGuild("Caregivers Circle");
  await fake.listen();
  const destination = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs += chunk.toString("utf8");
      done();
    },
  });
  w = createWorld(fake, database, guild, { log: createLogger({ level: "debug", destination }) });
  await w.bot.start();
});

afterAll(async () => {
  await w?.bot.stop();
  await fake?.close();
  await database?.close();
});

const owner = () => w.guild.ownerId;
const general = () => fake.channel(w.guild, "general").id;
const components = (m: RecordedMessage) => (m.body.components ?? []).flatMap((row) => row.components);
const latestIn = (channelId: string, needle: string) =>
  fake.messages.findLast((m) => m.channelId === channelId && textOf([m]).includes(needle));

describe("Discord gateway and registration", () => {
  it("identifies with only Guilds, GuildMembers and GuildMessages, gets READY and GUILD_CREATE, and heartbeats are acknowledged", async () => {
    expect(fake.identifies).toEqual([{ intents: 1 | 2 | 512, token: TOKEN, shard: [0, 1] }]);
    expect(w.bot.connected()).toBe(true);
    await until("a heartbeat", () => fake.heartbeats >= 1);
    expect(fake.gatewayReceived.map((p) => p.op)).toContain(1);
  });

  it("registers every registry command with one bulk overwrite, moderators' under /mod with Manage Server", () => {
    expect(fake.commandWrites).toBe(1);
    const names = fake.commands.global.map((c) => c.name);
    for (const command of w.engine.registry.all) {
      if (command.audience === "member") expect(names).toContain(command.path.split(" ")[0]);
    }
    const mod = fake.commands.global.find((c) => c.name === "mod");
    expect(mod?.default_member_permissions).toBe(PERMISSIONS.manageGuild.toString());
    expect(fake.commands.global.find((c) => c.name === "rules")?.default_member_permissions).toBeNull();
    for (const command of fake.commands.global) {
      expect(command.name.length).toBeLessThanOrEqual(32);
      expect((command.options ?? []).length).toBeLessThanOrEqual(25);
    }
  });

  it("localizes command names and descriptions within Discord's rules", () => {
    const rules = fake.commands.global.find((c) => c.name === "rules") as unknown as {
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
    };
    expect(rules.name_localizations).toMatchObject({ "es-ES": "normas", "es-419": "normas", fr: "règles" });
    expect(rules.description_localizations?.fr).toBe(
      "Lire les règles du groupe et voir si vous les avez acceptées",
    );
    const all = fake.commands.global as unknown as {
      name: string;
      type?: number;
      name_localizations?: Record<string, string>;
      description_localizations?: Record<string, string>;
    }[];
    for (const command of all) {
      for (const name of Object.values(command.name_localizations ?? {})) {
        // Slash commands: lowercase words; context menus (types 2 and 3): any 1-32 characters.
        if ((command.type ?? 1) === 1) expect(name).toMatch(/^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u);
        else expect(name.length).toBeLessThanOrEqual(32);
      }
      for (const text of Object.values(command.description_localizations ?? {})) {
        expect(text.length).toBeLessThanOrEqual(100);
      }
    }
    // The context menus too, in the member's language (Discord still sends the English name).
    const report = all.find((c) => c.name === englishT.plain("report.menu"));
    expect(report?.name_localizations).toMatchObject({
      "es-ES": translator({ language: "es" }).plain("report.menu"),
      fr: translator({ language: "fr" }).plain("report.menu"),
    });
  });

  it("logs the invite link with exactly the permissions it needs on a first start", () => {
    const line = logs.split("\n").find((l) => l.includes("oauth2/authorize"));
    const invite = new URL(JSON.parse(line ?? "{}").invite);
    expect(invite.searchParams.get("client_id")).toBe(fake.applicationId);
    expect(invite.searchParams.get("scope")).toBe("bot applications.commands");
    // View Channel, Send Messages, Embed Links, Attach Files, Manage Roles.
    expect(invite.searchParams.get("permissions")).toBe(String(1024 + 2048 + 16384 + 32768 + 268435456));
  });

  it("runs only with a token, and reads its variables with defaults", () => {
    const env = discordEnv.parse({});
    expect(env.DISCORD_API_BASE).toBe("https://discord.com/api");
    expect(
      createDiscordBot(env, { engine: createPeerbridge({ db: database.prisma }), log: silentLogger }),
    ).toBeNull();
    expect(discordEnv.safeParse({ DISCORD_GUILD_ID: "general" }).success).toBe(false);
  });

  it("resumes the session after the connection drops", async () => {
    fake.dropConnection(4000);
    await until("a RESUME", () => fake.resumes === 1);
    await until("connected again", () => w.bot.connected());
    expect(await w.say(owner(), "rules")).toContain("no rules");
  });
});

describe("Discord onboarding", () => {
  let membersRole = "";

  it("sets up rules, the gate and the Members role through /mod", async () => {
    expect(await w.say(owner(), "mod rules add", { rule: "Be kind and patient" })).toContain("Rule 1 added");
    expect(await w.say(owner(), "mod gate on")).toContain("Gate on");
    membersRole = fake.addRole(w.guild, "Members").id;
    expect(await w.say(owner(), "mod gate role", { role: membersRole })).toContain(
      "Members will get that role",
    );
    expect(await w.say(owner(), "mod tags create", { name: "Caregiver" })).toContain("Caregiver");
    expect(await w.say(owner(), "mod tags create", { name: "Epilepsy", type: "condition" })).toContain(
      "Epilepsy",
    );
  });

  it("join → welcome in the system channel → accept → the Members role is granted", async () => {
    const alice = fake.join(w.guild, "alice");
    const welcome = await until("alice's welcome", () => latestIn(general(), "alice"));
    expect(textOf([welcome])).toContain("Be kind and patient");
    expect(welcome.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    const accept = components(welcome).find((c) => c.type === 2 && c.custom_id?.startsWith("rules.accept"));
    expect(accept?.custom_id).toBe(`rules.accept@${alice.user.id}`);
    // Someone else pressing alice's button is refused, and nothing is granted.
    const bob = fake.join(w.guild, "bob");
    await until("bob's welcome", () => latestIn(general(), "bob"));
    expect(
      textOf(await w.answer(fake.press(w.guild, bob.user.id, welcome, accept?.custom_id ?? ""))),
    ).toContain("for someone else");
    const token = fake.press(w.guild, alice.user.id, welcome, accept?.custom_id ?? "");
    const [reply] = await w.answer(token);
    expect(reply?.ephemeral).toBe(true);
    expect(textOf(reply ? [reply] : [])).toContain("Thank you for accepting the rules");
    await until("Members role granted", () => fake.roleCalls.includes(`grant:${alice.user.id}:Members`));
    expect(fake.roleCalls).not.toContain(`grant:${bob.user.id}:Members`);
  });

  it("waits for Discord's Rules Screening before welcoming", async () => {
    const carol = fake.join(w.guild, "carol", { pending: true });
    await w.say(owner(), "rules"); // a round trip: the join event has been handled by now
    expect(latestIn(general(), "carol")).toBeUndefined();
    fake.passScreening(w.guild, carol);
    await until("carol's welcome after screening", () => latestIn(general(), "carol"));
  });

  it("tag select menu: public tags become roles, private ones never do, and unpicking revokes", async () => {
    const dan = fake.join(w.guild, "dan");
    const welcome = await until("dan's welcome", () => latestIn(general(), "dan"));
    const menu = components(welcome).find((c) => c.type === 3);
    expect(menu?.custom_id).toBe(`tags.pick@${dan.user.id}`);
    expect(menu?.min_values).toBe(0);
    const values = Object.fromEntries((menu?.options ?? []).map((o) => [o.label, o.value]));
    const picked = await w.answer(
      fake.select(w.guild, dan.user.id, welcome, menu?.custom_id ?? "", [
        values.Caregiver ?? "",
        values.Epilepsy ?? "",
      ]),
    );
    expect(textOf(picked)).toContain("Saved. Your tags:");
    expect(picked.every((m) => m.ephemeral)).toBe(true);
    await until("Caregiver role", () => fake.roleCalls.includes(`grant:${dan.user.id}:Caregiver`));
    expect(fake.roleCalls).toContain("create:Caregiver");
    expect(fake.roleCalls.some((c) => c.includes("Epilepsy"))).toBe(false);
    await w.answer(fake.select(w.guild, dan.user.id, welcome, menu?.custom_id ?? "", []));
    await until("Caregiver revoked", () => fake.roleCalls.includes(`revoke:${dan.user.id}:Caregiver`));
  });

  it("recreates a tag role deleted by hand, renames it with the tag and removes it with the tag", async () => {
    const role = w.guild.roles.find((r) => r.name === "Caregiver");
    expect(role).toBeDefined();
    fake.deleteRoleByHand(w.guild, role?.id ?? "");
    const erin = fake.join(w.guild, "erin");
    await until("erin's welcome", () => latestIn(general(), "erin"));
    expect(await w.say(erin.user.id, "iam", { tag: "caregiver" })).toContain("You now have the tag");
    await until("recreated role granted", () => fake.roleCalls.includes(`grant:${erin.user.id}:Caregiver`));
    expect(fake.roleCalls.filter((c) => c === "create:Caregiver")).toHaveLength(2);
    const recreated = w.guild.roles.find((r) => r.name === "Caregiver")?.id;
    await w.say(owner(), "mod tags edit", { tag: "caregiver", name: "Carer" });
    expect(fake.roleCalls).toContain(`rename:${recreated}:Carer`);
    await w.say(owner(), "mod tags delete", { tag: "carer" });
    expect(fake.roleCalls).toContain(`remove:${recreated}`);
  });

  it("sends the welcome privately when the community chose private mode; its buttons work from the DM", async () => {
    expect(await w.say(owner(), "mod welcome mode", { mode: "private" })).toBeTruthy();
    const frank = fake.join(w.guild, "frank");
    const dm = await until("frank's DM welcome", () =>
      fake.messages.find(
        (m) => m.via === "channel" && m.channelId !== general() && textOf([m]).includes("frank"),
      ),
    );
    const accept = components(dm).find((c) => c.custom_id?.includes("rules.accept"));
    expect(parseCustomId(accept?.custom_id ?? "")).toEqual({
      groupId: w.guild.id,
      action: `rules.accept@${frank.user.id}`,
    });
    const reply = await w.answer(fake.press(undefined, frank.user.id, dm, accept?.custom_id ?? ""));
    expect(textOf(reply)).toContain("Thank you for accepting the rules");
    await until("Members role from a DM", () => fake.roleCalls.includes(`grant:${frank.user.id}:Members`));
    await w.say(owner(), "mod welcome mode", { mode: "group" });
  });
});

describe("Discord welcome channel", () => {
  it("posts welcomes in the channel moderators chose with /mod welcome channel", async () => {
    const welcomeChannel = fake.channel(w.guild, "welcome").id;
    expect(await w.say(owner(), "mod welcome channel", { channel: welcomeChannel })).toContain(
      "that channel",
    );
    fake.join(w.guild, "pat");
    await until("pat's welcome in #welcome", () => latestIn(welcomeChannel, "pat"));
    await w.say(owner(), "mod welcome channel", { channel: general() });
  });
});

describe("Discord commands", () => {
  it("answers every member command, with no mention parsed", async () => {
    const member = fake.join(w.guild, "gina").user.id;
    await until("gina's welcome", () => latestIn(general(), "gina"));
    await w.say(owner(), "mod tags create", { name: "Patient" });
    const sample = (kind: string, name: string, choices?: readonly string[]): string | number | boolean => {
      if (kind === "integer") return 1;
      if (kind === "flag") return true;
      if (kind === "member") return member;
      if (kind === "channel") return general();
      if (kind === "role") return w.guild.roles.find((r) => r.name === "Members")?.id ?? "";
      if (kind === "choice") return choices?.[0] ?? "";
      if (name === "tag") return "Patient";
      if (name === "url") return "https://example.org/guide";
      return "Sample words";
    };
    const members = w.engine.registry.all.filter((c) => c.audience === "member");
    expect(members.length).toBeGreaterThan(5);
    for (const command of members) {
      const args = Object.fromEntries(
        command.params.filter((p) => p.required).map((p) => [p.name, sample(p.kind, p.name, p.choices)]),
      );
      let token = w.run(member, command.path, command.form ? {} : args);
      if (command.form) {
        // A form command (/ask) answers with its modal; the text comes back in the submission.
        const modal = await until(`${command.path} modal`, () => fake.callbackOf(token));
        expect(modal.type, command.path).toBe(9);
        const customId = (modal.data as { custom_id?: string }).custom_id ?? "";
        token = fake.submitModal(w.guild, member, general(), customId, args as Record<string, string>);
      }
      const answers = await w.answer(token);
      expect(answers.length, command.path).toBeGreaterThan(0);
      expect(textOf(answers), command.path).not.toContain(INTERNAL);
      for (const m of answers) expect(m.body.allowed_mentions?.parse, command.path).toEqual([]);
    }
  });

  it("refuses every /mod command to a member without Manage Server", async () => {
    const member = fake.join(w.guild, "hal").user.id;
    await until("hal's welcome", () => latestIn(general(), "hal"));
    const moderatorCommands = w.engine.registry.all.filter((c) => c.audience === "moderator");
    expect(moderatorCommands.length).toBeGreaterThan(10);
    for (const command of moderatorCommands) {
      const args = Object.fromEntries(
        command.params
          .filter((p) => p.required)
          .map((p) => [
            p.name,
            p.kind === "integer" ? 1 : p.kind === "flag" ? true : (p.choices?.[0] ?? member),
          ]),
      );
      expect(await w.say(member, command.path, args), command.path).toContain(MOD_ONLY);
    }
  });

  it("autocompletes tag names, hiding private tags from members", async () => {
    const member = fake.join(w.guild, "ivy").user.id;
    await until("ivy's welcome", () => latestIn(general(), "ivy"));
    const token = fake.autocomplete(w.guild, member, { name: "iam", focused: "tag", typed: "pat" });
    const callback = await until("autocomplete answer", () => fake.callbackOf(token));
    expect(callback.type).toBe(8);
    expect(callback.data).toEqual({ choices: [{ name: "Patient", value: "Patient" }] });
    await w.say(owner(), "mod tags create", { name: "Staff", self: false, visibility: "private" });
    const hidden = fake.autocomplete(w.guild, member, { name: "iam", focused: "tag", typed: "sta" });
    expect((await until("autocomplete", () => fake.callbackOf(hidden))).data).toEqual({ choices: [] });
  });

  it("reports a message to moderators from the message context menu, asking the reason in a modal", async () => {
    expect(fake.commands.global.some((c) => c.name === REPORT_MENU_NAME && c.type === 3)).toBe(true);
    const modChannel = fake.addPrivateChannel(w.guild, "mods").id;
    await w.say(owner(), "mod channel set", { channel: modChannel });
    const member = fake.join(w.guild, "jo").user.id;
    await until("jo's welcome", () => latestIn(general(), "jo"));
    const token = fake.messageCommand(w.guild, member, REPORT_MENU_NAME, {
      channelId: general(),
      authorId: owner(),
      content: "something hurtful",
    });
    const modal = await until("the reason modal", () => fake.callbackOf(token));
    expect(modal.type).toBe(9);
    const customId = (modal.data as { custom_id?: string }).custom_id ?? "";
    expect(customId).toMatch(new RegExp(`^m\\|report\\|${general()}/\\d{17,20}$`));
    const answers = await w.answer(
      fake.submitModal(w.guild, member, general(), customId, { reason: "Rude to a newcomer @everyone" }),
    );
    expect(answers.every((m) => m.ephemeral)).toBe(true);
    expect(textOf(answers)).not.toContain(INTERNAL);
    const report = await database.prisma.report.findFirst({ orderBy: { id: "desc" } });
    expect(report?.messageRef).toBe(customId.split("|")[2]);
    expect(report?.reason).toBe("Rude to a newcomer @everyone");
    const alert = fake.messages.findLast(
      (m) => m.channelId === modChannel && textOf([m]).includes("New report"),
    );
    expect(textOf(alert ? [alert] : [])).toContain("@\u200beveryone");
    expect(alert?.body.allowed_mentions?.parse).toEqual([]);
  });

  it("survives a 429: discord.js's queue waits and the reply goes through", async () => {
    fake.failNext(
      "POST",
      /^\/interactions\/\d+\/[^/]+\/callback$/,
      429,
      {
        message: "You are being rate limited.",
        retry_after: 0.05,
        global: false,
      },
      {
        "retry-after": "0.05",
        "x-ratelimit-limit": "1",
        "x-ratelimit-remaining": "0",
        "x-ratelimit-reset-after": "0.05",
        "x-ratelimit-bucket": "fake-bucket",
        "x-ratelimit-scope": "user",
      },
    );
    const token = w.run(owner(), "rules");
    expect(textOf(await w.answer(token))).toContain("Be kind and patient");
    expect(fake.calls.filter((c) => c.path.includes(`/${token}/callback`))).toHaveLength(2);
  });

  it("defers when the engine is slow, then edits the answer in", async () => {
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    const respond = w.engine.respond;
    w.engine.respond = async (event, responder) => {
      await gate;
      return respond(event, responder);
    };
    w.options.deferAfterMs = 20;
    try {
      const token = w.run(owner(), "rules");
      const callback = await until("a deferral", () => fake.callbackOf(token));
      expect(callback.type).toBe(5);
      release();
      const answers = await w.answer(token);
      // The rules are public: posted as a follow-up. The caller's own standing with them is
      // private: it fills the ephemeral placeholder, never a public message.
      const posted = answers.filter((m) => m.via === "webhook");
      expect(posted.map((m) => m.ephemeral)).toEqual([false]);
      expect(textOf(posted)).toContain("Be kind and patient");
      for (const edit of answers.filter((m) => m.via === "webhook-edit")) expect(edit.ephemeral).toBe(true);
    } finally {
      w.engine.respond = respond;
      delete w.options.deferAfterMs;
    }
  });
});

describe("Discord rendering of hostile input", () => {
  it("never parses a mention or markup from user text", async () => {
    const hostile =
      "@everyone @here <@&123456789012345678> <@123456789012345678> **bold** [x](https://evil.example) # Big";
    expect(await w.say(owner(), "mod rules add", { rule: hostile })).toContain("added");
    const member = fake.join(w.guild, "kim").user.id;
    await until("kim's welcome", () => latestIn(general(), "kim"));
    const answers = await w.answer(w.run(member, "rules"));
    const text = textOf(answers);
    expect(text).not.toMatch(/(^|[^\u200b])@everyone/);
    expect(text).toContain("@\u200beveryone");
    expect(text).toContain("@\u200bhere");
    expect(text).toContain("\\<@&123456789012345678>");
    expect(text).toContain("\\<@123456789012345678>");
    expect(text).toContain("\\*\\*bold\\*\\*");
    // A masked link escaped the way Discord documents: shown as typed, not as a link.
    expect(text).toContain("\\[x](https://evil.example)");
    expect(text).not.toMatch(/[^\\]\[x\]\(/);
    for (const m of answers) expect(m.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });

  it("refuses a 6,000-character argument with its usage, under Discord's limits", async () => {
    // Past the engine's cap (4,000) the event is refused before parsing; below it, by the parameter.
    const answers = await w.answer(w.run(owner(), "mod rules add", { rule: "x".repeat(6000) }));
    expect(textOf(answers)).toContain("at most 4,000 characters");
    const shorter = await w.answer(w.run(owner(), "mod rules add", { rule: "x".repeat(1000) }));
    expect(textOf(shorter)).toContain("at most 500 characters");
    answers.push(...shorter);
    for (const m of answers) {
      for (const e of m.body.embeds ?? []) expect((e.description ?? "").length).toBeLessThanOrEqual(4096);
    }
    expect(textOf(await w.answer(w.run(owner(), "rules")))).not.toContain("xxxxxxxxxx");
  });
});

describe("Discord resilience", () => {
  it("tells moderators once when it cannot post the welcome, and keeps working", async () => {
    for (let i = 0; i < 2; i++) {
      fake.failNext("POST", new RegExp(`^/channels/${general()}/messages$`), 403, {
        message: "Missing Permissions",
        code: 50013,
      });
    }
    fake.join(w.guild, "lee");
    fake.join(w.guild, "max");
    const notice = await until("a notice to the owner", () =>
      fake.messages.find((m) => textOf([m]).includes("I can't post in a channel here")),
    );
    expect(notice.channelId).not.toBe(general());
    await w.say(owner(), "rules");
    expect(fake.messages.filter((m) => textOf([m]).includes("I can't post in a channel here"))).toHaveLength(
      1,
    );
  });

  it("tells moderators once when it cannot manage roles, and the tag is still given", async () => {
    const guild = fake.addGuildAtRuntime("No Roles Here", {
      botPermissions: BOT_PERMISSIONS & ~PERMISSIONS.manageRoles,
    });
    const mod = guild.ownerId;
    expect(await w.say(mod, "mod tags create", { name: "Caregiver" }, guild)).toContain("Caregiver");
    const a = fake.join(guild, "nia").user.id;
    const b = fake.join(guild, "oto").user.id;
    await until("welcomes", () => fake.messages.filter((m) => /nia|oto/.test(textOf([m]))).length >= 2);
    expect(await w.say(a, "iam", { tag: "caregiver" }, guild)).toContain("You now have the tag");
    expect(await w.say(b, "iam", { tag: "caregiver" }, guild)).toContain("You now have the tag");
    const notices = fake.messages.filter((m) => textOf([m]).includes("I can't manage roles here"));
    expect(notices).toHaveLength(1);
    expect(guild.roles.map((r) => r.name)).toEqual(["@everyone", "peerbridge"]);
  });

  it("works in a guild added at runtime and lets go of a guild it was removed from", async () => {
    const guild = fake.addGuildAtRuntime("Late Arrivals");
    expect(await w.say(guild.ownerId, "mod rules add", { rule: "Welcome, late arrivals" }, guild)).toContain(
      "added",
    );
    fake.removeGuild(guild);
    const port = w.engine.services.ports.get("discord");
    await expect(
      port?.post({ groupId: guild.id, channelId: fake.channel(guild, "general").id }, { blocks: [] }),
    ).rejects.toMatchObject({ name: "PlatformError" });
    expect(w.bot.connected()).toBe(true);
  });

  it("ignores a malformed component payload without crashing", async () => {
    const welcome = fake.messages.find((m) => m.channelId === general() && components(m).length > 0);
    expect(welcome).toBeDefined();
    if (!welcome) return;
    const bad = fake.press(w.guild, owner(), welcome, "x".repeat(101));
    expect(await w.say(owner(), "rules")).toContain("Be kind and patient");
    expect(fake.callbackOf(bad)).toBeUndefined();
    expect(w.bot.connected()).toBe(true);
  });

  it("never logs the token or a user id in clear", () => {
    expect(logs.length).toBeGreaterThan(0);
    expect(logs).not.toContain(TOKEN);
    for (const user of fake.users.values()) if (user.id !== fake.bot.id) expect(logs).not.toContain(user.id);
  });

  it("skips the bulk overwrite on a restart with unchanged commands", async () => {
    await w.bot.stop();
    expect(w.bot.connected()).toBe(false);
    const again = createWorld(fake, database, w.guild);
    await again.bot.start();
    try {
      expect(fake.commandWrites).toBe(1);
      expect(await again.say(owner(), "rules")).toContain("Be kind and patient");
    } finally {
      await again.bot.stop();
    }
  });

  it("runs only its shards, which see only their own guilds", async () => {
    const shard = Number((BigInt(w.guild.id) >> 22n) % 2n);
    const sharded = createWorld(fake, database, w.guild, { shards: { ids: [1 - shard], count: 2 } });
    await sharded.bot.start();
    try {
      expect(fake.identifies.at(-1)?.shard).toEqual([1 - shard, 2]);
      expect(sharded.bot.connected()).toBe(true);
    } finally {
      await sharded.bot.stop();
    }
    expect(shardsOf({ DISCORD_API_BASE: "x", DISCORD_SHARD_COUNT: 4 })).toEqual({
      ids: [0, 1, 2, 3],
      count: 4,
    });
    const env = discordEnv.parse({ DISCORD_SHARD_COUNT: "4", DISCORD_SHARD_IDS: "2, 3" });
    expect(shardsOf(env)).toEqual({ ids: [2, 3], count: 4 });
    expect(() => shardsOf(discordEnv.parse({ DISCORD_SHARD_COUNT: "2", DISCORD_SHARD_IDS: "2" }))).toThrow(
      /DISCORD_SHARD_IDS/,
    );
  });

  it("registers to one guild with DISCORD_GUILD_ID", async () => {
    const dev = createWorld(fake, database, w.guild, {
      guildId: w.guild.id,
      applicationId: fake.applicationId,
    });
    await dev.bot.start();
    try {
      expect(fake.commandWrites).toBe(2);
      expect(
        fake.calls.some((c) => c.method === "PUT" && c.path.endsWith(`/guilds/${w.guild.id}/commands`)),
      ).toBe(true);
      expect(fake.commands.guilds.get(w.guild.id)?.map((c) => c.name)).toEqual(
        fake.commands.global.map((c) => c.name),
      );
    } finally {
      await dev.bot.stop();
    }
  });
});
