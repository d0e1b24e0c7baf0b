import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Database } from "../../../core/db/database.js";
import { FakeDiscord, type FakeGuild, type RecordedMessage } from "../../fakes/discord-fake.js";
import { BOT_PERMISSIONS, PERMISSIONS } from "../../fakes/discord-payloads.js";
import { createTestDatabase } from "../../helpers/test-database.js";
import { until } from "../../helpers/until.js";
import { createWorld, textOf, type World } from "./discord-world.js";

let database: Database;
let fake: FakeDiscord;
let w: World;

beforeAll(async () => {
  database = await createTestDatabase("pglite");
  fake = new FakeDiscord({ token: "fake-bot-token.first-minute.test" });
  const guild = fake.addGuild("Screened Circle");
  await fake.listen();
  w = createWorld(fake, database, guild);
  await w.bot.start();
});

afterAll(async () => {
  await w?.bot.stop();
  await fake?.close();
  await database?.close();
});

const components = (m: RecordedMessage) => (m.body.components ?? []).flatMap((row) => row.components);
const buttonId = (messages: RecordedMessage[], label: string) => {
  const found = messages.flatMap(components).find((c) => c.type === 2 && c.label === label);
  if (!found?.custom_id) throw new Error(`no button ${label} in ${textOf(messages)}`);
  return found.custom_id;
};
async function press(guild: FakeGuild, userId: string, messages: RecordedMessage[], label: string) {
  const message = messages.find((m) => components(m).some((c) => c.type === 2 && c.label === label));
  if (!message) throw new Error(`no button ${label}`);
  return w.answer(fake.press(guild, userId, message, buttonId(messages, label)));
}

describe("Discord: safe from the first minute", () => {
  it("added to a new server: its owner is told privately what it does and that it lacks Manage Roles", async () => {
    const guild = fake.addGuildAtRuntime("Arrival Server", {
      botPermissions: BOT_PERMISSIONS & ~PERMISSIONS.manageRoles,
    });
    const arrival = await until("the arrival message", () =>
      fake.messages.find((m) => textOf([m]).includes("Thanks for adding peerbridge to Arrival Server")),
    );
    expect(guild.channels.some((c) => c.id === arrival.channelId)).toBe(false);
    expect(textOf([arrival])).toContain("Manage Roles");
    expect(textOf([arrival])).toMatch(/\/mod[ -]setup/);
  });

  it("mod setup with the starter set in one sitting: rules, tags, crisis text, trusted domains", async () => {
    const guild = fake.addGuildAtRuntime("Setup Server");
    const owner = guild.ownerId;
    let answer = await w.answer(w.run(owner, "mod setup", {}, guild));
    expect(answer[0]?.ephemeral).toBe(true);
    expect(textOf(answer)).toContain("0 of 11 steps done");
    answer = await press(guild, owner, answer, "Continue: Welcome text");
    answer = await press(guild, owner, answer, "Use the starter welcome");
    answer = await press(guild, owner, answer, "Use the starter rules");
    answer = await press(guild, owner, answer, "Create the starter tags");
    expect(textOf(answer)).toContain("Starter tags created");
    expect(await w.say(owner, "mod country", { country: "US" }, guild)).toContain("Country set to **US**");
    expect(await w.say(owner, "mod resources trusted defaults", { state: "on" }, guild)).toContain(
      "Added the shipped list",
    );
    expect(await w.say(owner, "rules", {}, guild)).toContain("Share your experience, not medical advice");
    const crisis = await w.say(owner, "crisis", {}, guild);
    expect(crisis).toContain("Crisis Lifeline");
    expect(crisis).toContain("emergency number **911**");
    expect(await w.say(owner, "mod setup", {}, guild)).toContain("5 of 11 steps done");
  });

  it("screening with the gate role: granted only on approval, never to a declined newcomer; answers gone", async () => {
    const owner = w.guild.ownerId;
    const members = fake.addRole(w.guild, "Members").id;
    await w.say(owner, "mod gate role", { role: members });
    await w.say(owner, "mod screening questions", { questions: "Why are you joining?" });
    expect(await w.say(owner, "mod screening on")).toContain("Screening on");
    const ada = fake.join(w.guild, "ada");
    const ben = fake.join(w.guild, "ben");
    await until(
      "questions sent",
      () => fake.messages.filter((m) => textOf([m]).includes("Question 1 of 1")).length >= 2,
    );
    expect(await w.say(ada.user.id, "answer", { answer: "My mum has MS" })).toContain("look at your answers");
    expect(await w.say(ben.user.id, "answer", { answer: "Selling supplements" })).toContain(
      "look at your answers",
    );
    let review = await w.answer(w.run(owner, "mod screening review"));
    expect(textOf(review)).toContain("My mum has MS");
    expect(textOf(review)).toContain("Account created");
    review = await press(w.guild, owner, review, "Approve");
    expect(textOf(review)).toContain("Approved");
    expect(textOf(review)).toContain("Selling supplements");
    review = await press(w.guild, owner, review, "Decline");
    expect(textOf(review)).toContain("Declined");
    await until("ada gets the Members role", () => fake.roleCalls.includes(`grant:${ada.user.id}:Members`));
    expect(fake.roleCalls).not.toContain(`grant:${ben.user.id}:Members`);
    expect(await database.prisma.applicant.count()).toBe(0);
  });
});
