// Privacy at the Discord edge: personal views only ever with the ephemeral flag (or by direct
// message), no one's choices in a public menu, moderator alerts only in a channel members cannot
// view (checked again before each alert), and direct-message buttons only for the server's members.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { customIdOf } from "../../../adapters/discord/views.js";
import type { Database } from "../../../core/db/database.js";
import { FakeDiscord, type RecordedMessage } from "../../fakes/discord-fake.js";
import { snowflake } from "../../fakes/discord-payloads.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { createWorld, textOf, type World } from "./discord-world.js";

const TAG = "Epilepsy";
const REASON = "Posts her seizure diary without asking";

let database: Database;
let fake: FakeDiscord;
let w: World;
let general: string;
let ann: string;
let ben: string;

const owner = () => w.guild.ownerId;
/** What others in a channel can read there: every message the bot left without the ephemeral flag. */
const inChannel = (channelId: string) =>
  fake.messages.filter((m) => m.channelId === channelId && !m.ephemeral);
const options = (m: RecordedMessage) =>
  (m.body.components ?? []).flatMap((row) => row.components).flatMap((c) => c.options ?? []);

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = new FakeDiscord({ token: "fake-bot-token.discord.privacy" });
  const guild = fake.addGuild("Seizure Support");
  await fake.listen();
  w = createWorld(fake, database, guild);
  await w.bot.start();
  general = fake.channel(guild, "general").id;
  await w.say(owner(), "mod rules add", { rule: "Be kind" });
  await w.say(owner(), "mod tags create", { name: TAG, type: "condition" });
  ann = (await w.joinMember("annabel")).user.id;
  ben = (await w.joinMember("benedikt")).user.id;
});

afterAll(async () => {
  await w?.bot.stop();
  await fake?.close();
  await database?.close();
});

describe("Discord privacy", () => {
  it("answers every personal command only with the ephemeral flag, and no public menu shows anyone's tags", async () => {
    const runs: [string, string, Record<string, string>][] = [
      [ann, "iam", { tag: TAG }],
      [ann, "mytags", {}],
      [ann, "report", { reason: REASON }],
      [ann, "crisis", {}],
      [owner(), "mod warn", { member: ann, reason: "Shared a diagnosis" }],
      [owner(), "mod tags give", { member: ben, tag: TAG }],
      [owner(), "mod reports", {}],
      [owner(), "mod pending", {}],
      [owner(), "mod audit", {}],
    ];
    for (const [who, path, args] of runs) {
      const answers = await w.answer(w.run(who, path, args));
      expect(answers.length, path).toBeGreaterThan(0);
      expect(
        answers.every((m) => m.ephemeral),
        path,
      ).toBe(true);
    }
    const shown = textOf(inChannel(general));
    for (const secret of [TAG, REASON, "Shared a diagnosis"]) expect(shown).not.toContain(secret);

    // Annabel comes back: her welcome in the channel offers the tags with none of hers picked.
    const before = inChannel(general).length;
    const member = w.guild.members.get(ann);
    fake.dispatch("GUILD_MEMBER_ADD", { ...member, guild_id: w.guild.id });
    const welcome = await until("annabel's second welcome", () =>
      inChannel(general)
        .slice(before)
        .find((m) => textOf([m]).includes("annabel")),
    );
    expect(welcome.ephemeral).toBe(false);
    expect(options(welcome).map((o) => o.label)).toContain(TAG);
    expect(options(welcome).some((o) => o.default)).toBe(false);
  });

  it("alerts only in a channel members cannot view; once it is opened to them, moderators hear privately", async () => {
    const refused = await w.say(owner(), "mod channel set", { channel: general });
    expect(refused).toContain("Members can read that channel");
    const mods = fake.addPrivateChannel(w.guild, "mods").id;
    expect(await w.say(owner(), "mod channel set", { channel: mods })).toContain(
      "Moderator alerts will be posted in that channel",
    );
    await w.say(ben, "report", { reason: "First worry" });
    await until("the alert in #mods", () => inChannel(mods).find((m) => textOf([m]).includes("First worry")));

    // An admin opens #mods to everyone: the next alert notices it and goes to the owner's DMs.
    fake.setOverwrites(w.guild, mods, []);
    await w.say(ben, "report", { reason: "Second worry" });
    const dm = await until("the owner's direct alert", () => {
      const channel = fake.dmChannelOf(owner());
      return channel ? inChannel(channel).find((m) => textOf([m]).includes("Second worry")) : undefined;
    });
    expect(textOf([dm])).toContain("New report");
    expect(textOf(inChannel(mods))).not.toContain("Second worry");
    expect(textOf(inChannel(general))).not.toContain("worry");
  });

  it("refuses a direct-message button to someone who is not a member of its server, kindly", async () => {
    const stranger = fake.addUser("stranger").id;
    const dm = (): RecordedMessage => ({
      id: snowflake(),
      channelId: snowflake(),
      body: {},
      files: [],
      via: "channel",
      ephemeral: false,
    });
    const forged = customIdOf(`rules.accept@${stranger}`, 0, w.guild.id);
    const [refusal] = await w.answer(fake.press(undefined, stranger, dm(), forged));
    expect(refusal?.ephemeral).toBe(true);
    expect(textOf(refusal ? [refusal] : [])).toContain("You are not a member of that server");
    const accepted = await w.answer(
      fake.press(undefined, ann, dm(), customIdOf(`rules.accept@${ann}`, 0, w.guild.id)),
    );
    expect(textOf(accepted)).not.toContain("not a member");
    expect(textOf(accepted)).toContain("Thank you for accepting the rules");
  });
});
