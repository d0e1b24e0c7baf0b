import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WORRIED_MENU_NAME } from "../../../adapters/discord/commands.js";
import type { Database } from "../../../core/db/database.js";
import { FakeDiscord, type RecordedMessage } from "../../fakes/discord-fake.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { createWorld, textOf, type World } from "./discord-world.js";

let database: Database;
let fake: FakeDiscord;
let w: World;
let mods: string;
let general: string;
let asker: string;
let helper: string;
let mod2: string;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = new FakeDiscord({ token: "fake-bot-token.discord.support" });
  const guild = fake.addGuild("Support Circle");
  await fake.listen();
  w = createWorld(fake, database, guild);
  await w.bot.start();
  general = fake.channel(guild, "general").id;
  mods = fake.addPrivateChannel(guild, "mods").id;
  await w.say(guild.ownerId, "mod channel set", { channel: mods });
  asker = fake.join(guild, "ana").user.id;
  helper = fake.join(guild, "ben").user.id;
  mod2 = fake.join(guild, "moe").user.id;
  // Joining makes them known members (their welcomes say so).
  for (const name of ["ana", "ben", "moe"]) await latestIn(general, name);
  await w.say(guild.ownerId, "mod moderators add", { member: mod2 });
});

afterAll(async () => {
  await w?.bot.stop();
  await fake?.close();
  await database?.close();
});

const owner = () => w.guild.ownerId;
const buttonsOf = (m: RecordedMessage | undefined) =>
  (m?.body.components ?? []).flatMap((row) => row.components) as { custom_id?: string; label?: string }[];
const latestIn = (channelId: string, needle: string) =>
  until(`"${needle}" in ${channelId}`, () =>
    fake.messages.findLast((m) => m.channelId === channelId && textOf([m]).includes(needle)),
  );
async function press(userId: string, message: RecordedMessage | undefined, label: string) {
  const button = buttonsOf(message).find((b) => b.label === label);
  if (!message || !button?.custom_id) throw new Error(`no button ${label}`);
  return w.answer(fake.press(w.guild, userId, message, button.custom_id));
}

describe("Discord: anonymous questions", () => {
  it("approved, posted, answered by reply, relayed, answered back under the pseudonym, revealed by two moderators", async () => {
    // /ask has no slash option: it opens a modal, and the question is typed there.
    expect(fake.commands.global.find((c) => c.name === "ask")?.options ?? []).toEqual([]);
    const opened = w.run(asker, "ask");
    const modal = await until("the question modal", () => fake.callbackOf(opened));
    expect(modal.type).toBe(9);
    const customId = (modal.data as { custom_id?: string }).custom_id ?? "";
    expect(customId).toBe("m|ask|");
    const asked = await w.answer(
      fake.submitModal(w.guild, asker, general, customId, {
        question: "Does anyone else get tired after infusions?",
      }),
    );
    expect(asked.every((m) => m.ephemeral)).toBe(true);
    expect(textOf(asked)).toContain("goes to the moderators first");
    const review = await latestIn(mods, "infusions");
    expect(JSON.stringify(review.body)).not.toContain(asker);
    const id = Number(/question (\d+)/i.exec(textOf([review]))?.[1]);

    await press(owner(), review, `Approve ${id}`);
    const post = await latestIn(general, `Anonymous member · question ${id}`);
    expect(JSON.stringify(post.body)).not.toContain(asker);

    const dmsBefore = fake.messages.length;
    fake.replyTo(w.guild, helper, post, "Yes, I nap after mine.");
    const relayed = await until("the relayed reply", () =>
      fake.messages.slice(dmsBefore).find((m) => textOf([m]).includes("Yes, I nap after mine.")),
    );
    expect(relayed.channelId).not.toBe(general);
    expect(fake.dmChannelOf(asker)).toBe(relayed.channelId);

    await w.answer(w.run(asker, "followup", { question: id, text: "Thank you, that helps." }));
    const answer = await latestIn(general, "Thank you, that helps.");
    expect(
      (answer.body as { message_reference?: { message_id?: string } }).message_reference?.message_id,
    ).toBe(post.id);
    expect(JSON.stringify(answer.body)).not.toContain(asker);

    expect(await w.say(owner(), "mod ask reveal", { question: id })).toContain(
      "Another moderator must agree",
    );
    const revealed = await w.answer(w.run(mod2, "mod ask reveal", { question: id }));
    expect(revealed.every((m) => m.ephemeral)).toBe(true);
    expect(textOf(revealed)).toContain(`<@${asker}>`);
    expect(
      await database.prisma.auditEntry.count({ where: { action: "questions.reveal", actorId: mod2 } }),
    ).toBe(1);

    // /forgetme's erasure of the link is the core's (test/core/support.test.ts, Telegram's test).
  });
});

describe("Discord: worried, content warnings, crisis follow-up", () => {
  it("the member's context menu sends a worried message that never names the sender", async () => {
    expect(fake.commands.global.some((c) => c.name === WORRIED_MENU_NAME && c.type === 2)).toBe(true);
    const before = fake.messages.length;
    const thanks = await w.answer(fake.userCommand(w.guild, helper, WORRIED_MENU_NAME, mod2, general));
    expect(thanks.every((m) => m.ephemeral)).toBe(true);
    expect(textOf(thanks)).toContain("Thank you for looking out for them");
    const sent = await until("the worried message", () =>
      fake.messages.slice(before).find((m) => textOf([m]).includes("asked us to check in")),
    );
    expect(sent.channelId).toBe(fake.dmChannelOf(mod2));
    expect(JSON.stringify(sent.body)).not.toContain(helper);
    expect(JSON.stringify(sent.body)).not.toContain("ben");
  });

  it("a content warning is posted behind ||spoiler|| with the topic as its label", async () => {
    const posted = await w.answer(
      w.run(helper, "cw", { topic: "surgery", text: "The scar opened || again." }),
    );
    const shown = posted.find((m) => !m.ephemeral);
    expect(textOf(shown ? [shown] : [])).toContain("Content warning: surgery");
    expect(textOf(shown ? [shown] : [])).toContain("||The scar opened \\|\\| again.||");
  });

  it("a crisis heads-up is re-sent while unclaimed and claimed by one moderator", async () => {
    await w.say(owner(), "mod crisis alert", { state: "on" });
    await w.say(helper, "crisis");
    const alert = await latestIn(mods, "asked for crisis resources");
    await database.prisma.headsUp.updateMany({ data: { createdAt: new Date(Date.now() - 31 * 60_000) } });
    await w.engine.tick();
    const resent = await latestIn(mods, "nobody has said they will reach out");
    const claimed = await press(owner(), alert, "I'll reach out");
    expect(textOf(claimed)).toContain("see that you are reaching out");
    await latestIn(mods, "reaching out is");
    expect(textOf(await press(mod2, resent, "I'll reach out"))).toContain("already being followed up by");
  });
});
