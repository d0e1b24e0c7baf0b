import { describe, expect, it } from "vitest";
import type { TelegramChat, TelegramUser } from "../../fakes/telegram-bot-api.js";
import { until } from "../../helpers/until.js";
import { button, groupId, handled, nextMessage, user, useTelegram } from "./telegram-setup.js";

const t = useTelegram("polling");

function newGroup(title: string) {
  const mod = user("Mona", { username: `mona_${Math.abs(groupId())}` });
  const chat = t.fake.group({ id: groupId(), title, admins: [mod] });
  return { chat, mod };
}

async function say(chat: TelegramChat, from: TelegramUser, text: string) {
  return handled(t, () => t.fake.message(chat, from, text));
}

/** Presses a button whose answer is short enough to come as the button's own answer. */
async function pressOnly(
  from: TelegramUser,
  message: Awaited<ReturnType<typeof nextMessage>>,
  label: string,
) {
  const id = t.fake.press(from, message, button(message, label).callback_data ?? "");
  await until(`answer to ${label}`, () =>
    t.fake.callsTo("answerCallbackQuery").some((c) => c.payload.callback_query_id === id),
  );
}

/** Presses a button of a message in a private chat and returns the bot's next message there. */
async function press(
  from: TelegramUser,
  message: Awaited<ReturnType<typeof nextMessage>>,
  label: string | RegExp,
) {
  const before = t.fake.sentTo(from.id).length;
  const data = button(message, label).callback_data ?? "";
  t.fake.press(from, message, data);
  return nextMessage(t.fake, from.id, before, `after ${label}`);
}

describe("Telegram: safe from the first minute", () => {
  it("added by an admin who never started the bot: a short note in the group, naming no one", async () => {
    const { chat, mod } = newGroup("Arrival group");
    const sent = await handled(t, () =>
      t.fake.addBot(chat, mod, { can_delete_messages: false, can_restrict_members: true }),
    );
    const note = sent.find((m) => m.chatId === chat.id && m.text.includes("/mod_setup"));
    expect(note?.text).toContain("peerbridge is here");
    expect(note?.text).not.toContain("Mona");
  });

  it("added by an admin who started the bot: the arrival message privately, with the rights it lacks", async () => {
    const { chat, mod } = newGroup("Private arrival");
    await say(t.fake.privateChat(mod), mod, "/start");
    const before = t.fake.sentTo(mod.id).length;
    await handled(t, () =>
      t.fake.addBot(chat, mod, { can_delete_messages: false, can_restrict_members: false }),
    );
    const arrival = await nextMessage(t.fake, mod.id, before, "arrival");
    expect(arrival.text).toContain("Thanks for adding peerbridge to Private arrival");
    expect(arrival.text).toContain("Delete messages");
    expect(arrival.text).toContain("Restrict members");
    expect(arrival.text).toContain("/mod_setup");
  });

  it("mod setup with the starter set gives rules, tags, crisis text and trusted domains in one sitting", async () => {
    const { chat, mod } = newGroup("Setup group");
    await say(t.fake.privateChat(mod), mod, "/start");
    const before = t.fake.sentTo(mod.id).length;
    await say(chat, mod, "/mod_setup");
    let message = await nextMessage(t.fake, mod.id, before, "checklist");
    expect(message.text).toContain("0 of 11 steps done");
    message = await press(mod, message, "Continue: Welcome text");
    message = await press(mod, message, "Use the starter welcome");
    message = await press(mod, message, "Use the starter rules");
    message = await press(mod, message, "Create the starter tags");
    message = await press(mod, message, /GB$/);
    expect(message.text).toContain("Country set to GB");
    message = await press(mod, message, "Add the shipped list");
    expect(message.text).toContain("trusted health sites");
    const rules = await say(chat, mod, "/rules");
    expect(rules.map((m) => m.text).join("\n")).toContain("What is shared here stays here");
    const tags = await say(chat, mod, "/tags");
    expect(tags.map((m) => m.text).join("\n")).toContain("Caregiver");
    const crisisBefore = t.fake.sentTo(mod.id).length;
    await say(chat, mod, "/crisis");
    const crisis = await nextMessage(t.fake, mod.id, crisisBefore, "crisis");
    expect(crisis.text).toContain("Samaritans: 116 123");
  });

  it("a join request: questions in the private chat, approved, and the newcomer is in; answers gone", async () => {
    const { chat, mod } = newGroup("Screened group");
    await say(chat, mod, "/mod_screening_questions Why are you joining? | Patient or caregiver?");
    await say(chat, mod, "/mod_screening_on");
    await say(t.fake.privateChat(mod), mod, "/start");
    const nina = user("Nina");
    const before = t.fake.sentTo(nina.id).length;
    await handled(t, () => t.fake.joinRequest(chat, nina));
    const question = await nextMessage(t.fake, nina.id, before, "first question");
    expect(question.text).toContain("Question 1 of 2: Why are you joining?");
    const dm = t.fake.privateChat(nina);
    await say(dm, nina, "/answer I was diagnosed last year");
    await say(dm, nina, "/answer Patient");
    const reviewBefore = t.fake.sentTo(mod.id).length;
    await say(chat, mod, "/mod_screening_review");
    const review = await nextMessage(t.fake, mod.id, reviewBefore, "review");
    expect(review.text).toContain("I was diagnosed last year");
    await pressOnly(mod, review, "Approve");
    await until("approved", () => t.fake.callsTo("approveChatJoinRequest").length > 0);
    expect(t.fake.isMemberOf(chat.id, nina.id)).toBe(true);
    expect(await t.db.prisma.applicant.count({ where: { platformUserId: String(nina.id) } })).toBe(0);
  });

  it("a declined join request stays out", async () => {
    const { chat, mod } = newGroup("Declining group");
    await say(chat, mod, "/mod_screening_questions Why are you joining?");
    await say(chat, mod, "/mod_screening_on");
    await say(t.fake.privateChat(mod), mod, "/start");
    const sam = user("Sam");
    await handled(t, () => t.fake.joinRequest(chat, sam));
    await say(t.fake.privateChat(sam), sam, "/answer To sell things");
    const reviewBefore = t.fake.sentTo(mod.id).length;
    await say(chat, mod, "/mod_screening_review");
    const review = await nextMessage(t.fake, mod.id, reviewBefore, "review");
    await pressOnly(mod, review, "Decline");
    await until("declined", () => t.fake.callsTo("declineChatJoinRequest").length > 0);
    expect(t.fake.isMemberOf(chat.id, sam.id)).toBe(false);
    expect(t.fake.hasPendingRequest(chat.id, sam.id)).toBe(false);
    expect(await t.db.prisma.applicant.count({ where: { platformUserId: String(sam.id) } })).toBe(0);
  });
});
